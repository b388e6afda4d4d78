namespace Tbgo.Indicators.Model;

/// <summary>Summary statistics of a reference measurement, where no percentiles or sample are published.</summary>
/// <param name="Min">Smallest value, or <see langword="null"/>.</param>
/// <param name="Max">Largest value, or <see langword="null"/>.</param>
/// <param name="Mean">Mean, or <see langword="null"/>.</param>
/// <param name="Median">Median, or <see langword="null"/>.</param>
public sealed record DistributionSummary(double? Min, double? Max, double? Mean, double? Median);
