namespace Tbgo.Indicators.Model;

/// <summary>The ESG pillar of an indicator.</summary>
public enum Pillar
{
    /// <summary>Environmental (code <c>env</c>).</summary>
    Environmental = 0,

    /// <summary>Social (code <c>soc</c>).</summary>
    Social = 1,

    /// <summary>Governance (code <c>gov</c>).</summary>
    Governance = 2,
}
