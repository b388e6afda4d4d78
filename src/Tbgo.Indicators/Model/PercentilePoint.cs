namespace Tbgo.Indicators.Model;

/// <summary>One point of a distribution: the value below which <paramref name="P"/> percent of the observations lie.</summary>
/// <param name="P">The percentile, 0 to 100.</param>
/// <param name="Value">The value at that percentile.</param>
public sealed record PercentilePoint(double P, double Value);
