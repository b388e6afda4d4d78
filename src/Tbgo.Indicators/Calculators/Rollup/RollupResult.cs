using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>An indicator rolled up from objects to area level, following the indicator's declared aggregation.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Area">The area name, or <see langword="null"/>.</param>
/// <param name="Aggregation">How the values were combined.</param>
/// <param name="Value">The area value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Objects">How many objects were combined.</param>
/// <param name="TotalWeight">The sum of the weights (for weighted means), or <see langword="null"/>.</param>
/// <param name="WeightUnit">The unit of the weights, or <see langword="null"/>.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record RollupResult(string Indicator, string? Area, AggregationMethod Aggregation, double Value, string Unit, int Objects, double? TotalWeight, string? WeightUnit, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult;
