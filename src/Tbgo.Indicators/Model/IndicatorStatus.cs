namespace Tbgo.Indicators.Model;

/// <summary>The life-cycle status of an indicator definition.</summary>
public enum IndicatorStatus
{
    /// <summary>Being drafted (<c>draft</c>).</summary>
    Draft = 0,

    /// <summary>Proposed for the core set (<c>candidate</c>).</summary>
    Candidate = 1,

    /// <summary>A core indicator, kernindicator (<c>core</c>).</summary>
    Core = 2,

    /// <summary>No longer to be used; see the replacement (<c>deprecated</c>).</summary>
    Deprecated = 3,
}
