using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the limit-value calculator: a value (optional), an indicator, a scope and a date, and optionally a roadmap range.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Scope">The scope to find the limit for (the most specific limit that covers it applies).</param>
/// <param name="Date">The date the limit must be in force on.</param>
/// <param name="Value">The value to test, in any unit convertible to the indicator's, or <see langword="null"/> to only look the limit up.</param>
/// <param name="Kind">Binding, indicative or target.</param>
/// <param name="Basis">The factor set the limit must be expressed in (such as an MPG weighting set), or <see langword="null"/> for any.</param>
/// <param name="RoadmapFrom">The first year of a roadmap, or <see langword="null"/> for none.</param>
/// <param name="RoadmapTo">The last year of the roadmap (default 2050).</param>
public sealed record LimitsInput(string Indicator, LimitScope Scope, DateOnly Date, Quantity? Value = null, LimitKind Kind = LimitKind.Binding, string? Basis = null, int? RoadmapFrom = null, int? RoadmapTo = null);
