using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The biogenic CO2 stored in bio-based products after EN 16449, in kg CO2 (a positive stored mass).</summary>
/// <param name="Products">Per product, in input order.</param>
/// <param name="Total">The sum over the products.</param>
/// <param name="Area">The floor area in m2, or <see langword="null"/>.</param>
/// <param name="AreaBasis">Which floor area.</param>
/// <param name="Provenance">Method, version, factor set and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record BiogenicResult(ImmutableArray<BiogenicProductResult> Products, double Total, double? Area, AreaBasis AreaBasis, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>The total per m2 in kg CO2/m2, or <see langword="null"/> without an area.</summary>
    public double? TotalPerArea => Area is { } a ? Total / a : null;
}
