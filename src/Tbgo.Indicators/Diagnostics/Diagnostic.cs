namespace Tbgo.Indicators.Diagnostics;

/// <summary>
/// One problem (or remark) found in input: a stable code, a severity, a whole-sentence message that
/// quotes the bad value, where it is, and a hint on how to fix it.
/// </summary>
/// <param name="Code">Stable code such as <c>TBGO2001</c>; never reused. See <see cref="DiagnosticDescriptors"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">The message: one or more whole sentences.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Hint">A suggestion on how to fix it, or <see langword="null"/>.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location, string? Hint = null)
{
    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>file:line:col: CODE: message</c>, with the severity after the code for non-errors.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => string.Empty,
            DiagnosticSeverity.Warning => "warning: ",
            _ => "info: ",
        };
        return $"{Location}: {Code}: {severity}{Message}";
    }
}
