using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>An indicator rolled up from objects to area level, following the indicator's declared aggregation.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Area">The area name, or <see langword="null"/>.</param>
/// <param name="Aggregation">How the values were combined.</param>
/// <param name="Value">The area value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>: the indicator's unit, except for <see cref="AggregationMethod.ShareOfObjects"/>,
/// whose value is a share of objects in percent (<c>%</c>) whatever the unit of the objects' values.</param>
/// <param name="Objects">How many objects were combined.</param>
/// <param name="TotalWeight">The sum of the weights (weighted means and share-of-objects; a count of objects for a share weighted by
/// <see cref="RollupWeight.Objects"/>), or <see langword="null"/> for an additive roll-up.</param>
/// <param name="WeightUnit">The unit of the weights (<c>m2</c>, <c>dwelling</c>, <c>person</c>), or <see langword="null"/> when there are
/// no weights or they are a plain count of objects (a share weighted by <see cref="RollupWeight.Objects"/>; the catalogue's unit
/// <c>object</c> when it defines one).</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record RollupResult(string Indicator, string? Area, AggregationMethod Aggregation, double Value, string Unit, int Objects, double? TotalWeight, string? WeightUnit, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>For a <see cref="AggregationMethod.ShareOfObjects"/> roll-up the rule applied and the weight that passed it; otherwise <see langword="null"/>.</summary>
    public RollupShare? Share { get; init; }
}
