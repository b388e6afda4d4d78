using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>Circularity of a building: the EMF Material Circularity Indicator per product and mass-weighted, and material shares.</summary>
/// <param name="Products">Per product, in input order.</param>
/// <param name="Mci">The mass-weighted MCI of the building: Σ(M x MCI) / ΣM.</param>
/// <param name="LinearFlowIndex">The mass-weighted LFI.</param>
/// <param name="TotalMass">ΣM in kg.</param>
/// <param name="BiobasedShareByMass">The bio-based share by mass (0..1).</param>
/// <param name="BiobasedShareByVolume">The bio-based share by volume, or <see langword="null"/> when not every product gives a volume.</param>
/// <param name="SecondaryShare">The secondary (recycled and reused feedstock) share by mass (0..1).</param>
/// <param name="BiobasedTarget">The 30-30-30 target tested, or <see langword="null"/> when none applies.</param>
/// <param name="BiobasedVerdict">The bio-based share by mass against that target.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record CircularityResult(
    ImmutableArray<CircularityProductResult> Products,
    double Mci,
    double LinearFlowIndex,
    double TotalMass,
    double BiobasedShareByMass,
    double? BiobasedShareByVolume,
    double SecondaryShare,
    LimitValue? BiobasedTarget,
    LimitVerdict BiobasedVerdict,
    CalculationProvenance Provenance,
    ImmutableArray<CalculationWarning> Warnings) : ICalculationResult;
