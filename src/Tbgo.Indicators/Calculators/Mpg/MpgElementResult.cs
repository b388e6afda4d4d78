namespace Tbgo.Indicators.Calculators;

/// <summary>One element's MKI in an MPG result.</summary>
/// <param name="Id">The element id.</param>
/// <param name="DataCategory">Its NMD data category.</param>
/// <param name="Uplift">The factor its MKI was multiplied by (1.3 for category 3).</param>
/// <param name="Mki">Its MKI in EUR over the study period, uplift included, weighted categories only.</param>
public sealed record MpgElementResult(string Id, NmdDataCategory DataCategory, double Uplift, double Mki)
{
    /// <summary>Its MKI in EUR before the data-category uplift, weighted categories only.</summary>
    public double MkiBeforeUplift { get; init; }

    /// <summary>True when the element's MKI was given (<see cref="MpgElement.Mki"/>) rather than computed from impacts.</summary>
    public bool MkiGiven { get; init; }
}
