using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>A yearly intensity series against a pathway, with the stranding year: the first year above the pathway.</summary>
/// <param name="Years">The years both series cover, ascending.</param>
/// <param name="StrandingYear">The first year the building is above the pathway, or <see langword="null"/> when never.</param>
/// <param name="Unit">The unit of the values.</param>
/// <param name="PathwayName">The pathway's name, or <see langword="null"/>.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record PathwayResult(ImmutableArray<PathwayYearResult> Years, int? StrandingYear, string Unit, string? PathwayName, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult;
