using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>
/// A published distribution of an indicator's values for a scope and year: percentiles, a raw
/// sample, or only summary statistics. Used to place a project and to derive thresholds.
/// </summary>
/// <param name="Scope">What the measurement covers.</param>
/// <param name="Year">The year the values describe.</param>
/// <param name="SampleSize">Number of observations, or <see langword="null"/>.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Basis">The factor set the values are expressed in, or <see langword="null"/>.</param>
/// <param name="Percentiles">Percentile points in increasing order (may be empty).</param>
/// <param name="Sample">The raw sample (may be empty).</param>
/// <param name="Summary">Summary statistics, or <see langword="null"/>.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record ReferenceMeasurement(LimitScope Scope, int Year, int? SampleSize, Unit Unit, string? Basis, ImmutableArray<PercentilePoint> Percentiles, ImmutableArray<double> Sample, DistributionSummary? Summary, SourceReference Source, string? Note = null);
