using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>One element (product or product combination) of the MPG calculation with its impacts per category.</summary>
/// <param name="Id">The element id, unique in the input.</param>
/// <param name="DataCategory">The NMD data category of its product data (category 3 carries an uplift).</param>
/// <param name="Impacts">Its impacts per category of the weighting set; empty when <see cref="Mki"/> is given.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record MpgElement(string Id, NmdDataCategory DataCategory, ImmutableArray<MpgImpact> Impacts, string? Name = null)
{
    /// <summary>
    /// The element's published MKI (shadow cost, in a unit convertible to EUR) over the study period in the calculation's
    /// weighting set, instead of <see cref="Impacts"/>; or <see langword="null"/> when the impacts are given. It is taken
    /// as the MKI <em>before</em> the NMD data-category uplift: for category 3 a positive MKI is multiplied by the uplift
    /// as a whole, a negative one is used as it is.
    /// </summary>
    public Quantity? Mki { get; init; }
}
