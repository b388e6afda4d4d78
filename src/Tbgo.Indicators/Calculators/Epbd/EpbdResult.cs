using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>Which EPBD obligations apply to a building.</summary>
/// <param name="Obligations">Life-cycle GWP disclosure and zero-emission, in that order.</param>
/// <param name="UsefulFloorArea">The useful floor area in m2.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record EpbdResult(ImmutableArray<EpbdObligation> Obligations, double UsefulFloorArea, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>True when the life-cycle GWP must be calculated and disclosed in the energy performance certificate.</summary>
    public bool LifeCycleGwpRequired => Obligations.Any(o => o.Id == EpbdCalculator.LifeCycleGwp && o.Required);

    /// <summary>True when the building must be a zero-emission building.</summary>
    public bool ZeroEmissionRequired => Obligations.Any(o => o.Id == EpbdCalculator.ZeroEmission && o.Required);
}
