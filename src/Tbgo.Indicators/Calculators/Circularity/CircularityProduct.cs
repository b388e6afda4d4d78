using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// A product for the Material Circularity Indicator (EMF) and the material shares. Fractions are shares of
/// the product mass (unit <c>1</c> or <c>%</c>); a fraction left out is zero.
/// </summary>
/// <param name="Id">The product id, unique in the input.</param>
/// <param name="Mass">The mass M.</param>
/// <param name="RecycledFeedstock">F_R: feedstock from recycled sources.</param>
/// <param name="ReusedFeedstock">F_U: feedstock from reused sources.</param>
/// <param name="BiologicalFeedstock">F_S: feedstock from sustained biological production.</param>
/// <param name="CollectedForRecycling">C_R: collected for recycling after use.</param>
/// <param name="CollectedForReuse">C_U: collected for reuse after use.</param>
/// <param name="CollectedForComposting">C_C: collected for composting after use.</param>
/// <param name="CollectedForEnergyRecovery">C_E: collected for energy recovery after use.</param>
/// <param name="RecyclingEfficiency">E_C: efficiency of recycling the product at end of life (needed when C_R &gt; 0).</param>
/// <param name="FeedstockRecyclingEfficiency">E_F: efficiency of the process that made the recycled feedstock (needed when F_R &gt; 0).</param>
/// <param name="Lifetime">L: the product's lifetime (with <paramref name="AverageLifetime"/>), or <see langword="null"/> for average.</param>
/// <param name="AverageLifetime">L_av: the industry-average lifetime.</param>
/// <param name="UseIntensity">U: the product's intensity of use (with <paramref name="AverageUseIntensity"/>), or <see langword="null"/> for average.</param>
/// <param name="AverageUseIntensity">U_av: the industry-average intensity of use.</param>
/// <param name="Biobased">True when the product is bio-based (counts in the bio-based share).</param>
/// <param name="Volume">The volume, for the bio-based share by volume, or <see langword="null"/>.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record CircularityProduct(
    string Id,
    Quantity Mass,
    Quantity? RecycledFeedstock = null,
    Quantity? ReusedFeedstock = null,
    Quantity? BiologicalFeedstock = null,
    Quantity? CollectedForRecycling = null,
    Quantity? CollectedForReuse = null,
    Quantity? CollectedForComposting = null,
    Quantity? CollectedForEnergyRecovery = null,
    Quantity? RecyclingEfficiency = null,
    Quantity? FeedstockRecyclingEfficiency = null,
    Quantity? Lifetime = null,
    Quantity? AverageLifetime = null,
    Quantity? UseIntensity = null,
    Quantity? AverageUseIntensity = null,
    bool Biobased = false,
    Quantity? Volume = null,
    string? Name = null);
