using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Where a value ranks within a reference measurement and the threshold of the best X%. Rank is the
/// percentage of the reference population with a lower value (0 to 100), whatever the indicator's direction.
/// </summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Reference">The reference measurement used, or <see langword="null"/> when none covers the scope.</param>
/// <param name="Method">How the rank was found: <c>percentiles</c> (linear interpolation between published points), <c>sample</c> (empirical), <c>summary-only</c> or <c>none</c> (not enough data).</param>
/// <param name="Value">The value in the reference's unit.</param>
/// <param name="Unit">The unit of the value and threshold.</param>
/// <param name="Rank">The rank, or <see langword="null"/> when the data cannot give it.</param>
/// <param name="Threshold">The value that marks the best <paramref name="BestPercent"/>%, or <see langword="null"/>.</param>
/// <param name="BestPercent">The share of best performers asked for, in percent.</param>
/// <param name="InBest">True when the value is among the best <paramref name="BestPercent"/>%, or <see langword="null"/> when unknown.</param>
/// <param name="Explanation">One or two sentences on how the rank and threshold were found, or why not.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record PercentileResult(string Indicator, ReferenceMeasurement? Reference, string Method, double Value, string Unit, double? Rank, double? Threshold, double BestPercent, bool? InBest, string Explanation, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult;
