namespace Tbgo.Indicators.Calculators;

/// <summary>Options a caller can add to a calculator's JSON input when running it by name.</summary>
/// <param name="RoadmapFrom">For <c>limits</c>: the first year of the roadmap (overrides the input's).</param>
/// <param name="RoadmapTo">For <c>limits</c>: the last year of the roadmap.</param>
public sealed record CalculatorRunOptions(int? RoadmapFrom = null, int? RoadmapTo = null);
