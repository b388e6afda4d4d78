namespace Tbgo.Indicators.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information only, such as a value whose source is not yet confirmed.</summary>
    Info = 0,

    /// <summary>Something that works but deserves attention, such as a deprecated indicator.</summary>
    Warning = 1,

    /// <summary>Something that is wrong; the input is not accepted.</summary>
    Error = 2,
}
