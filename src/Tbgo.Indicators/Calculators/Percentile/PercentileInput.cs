using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the percentile calculator.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Value">The value to place, in any unit convertible to the reference measurement's.</param>
/// <param name="Scope">The scope; a reference measurement whose scope covers it is used (the most specific, then the latest).</param>
/// <param name="Year">The year of the reference measurement, or <see langword="null"/> for the latest.</param>
/// <param name="Basis">The factor set the reference must be expressed in, or <see langword="null"/>.</param>
/// <param name="BestPercent">The share of best performers whose threshold is asked for, in percent (the taxonomy's "top 15%": 15).</param>
public sealed record PercentileInput(string Indicator, Quantity Value, LimitScope Scope, int? Year = null, string? Basis = null, double BestPercent = 15);
