using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The detachability index of a building and of each product.</summary>
/// <param name="Products">Per product, in input order.</param>
/// <param name="Index">The building score: Σ(w x LI) / Σw, from 0.10 (not detachable) to 1.00 (very easy).</param>
/// <param name="WeightUnit">The unit of the weights (such as EUR for MKI), or <see langword="null"/> when products count equally.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record DetachabilityResult(
    ImmutableArray<DetachabilityProductResult> Products,
    double Index,
    string? WeightUnit,
    CalculationProvenance Provenance,
    ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>The building score in percent, as Het Nieuwe Normaal reports it (0.75 is 75%).</summary>
    public double IndexPercent => Index * 100;
}
