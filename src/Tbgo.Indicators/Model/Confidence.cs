namespace Tbgo.Indicators.Model;

/// <summary>How firmly a value is backed by its cited source.</summary>
public enum Confidence
{
    /// <summary>Read in the cited source (<c>confirmed</c>).</summary>
    Confirmed = 0,

    /// <summary>Partly confirmed (<c>partly</c>).</summary>
    Partly = 1,

    /// <summary>From secondary knowledge, not yet checked against the primary document (<c>unconfirmed</c>).</summary>
    Unconfirmed = 2,
}
