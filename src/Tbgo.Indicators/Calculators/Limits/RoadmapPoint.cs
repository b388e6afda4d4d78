using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>The limit of one year of a roadmap: the limit in force on 31 December of that year (the latest in force during the year).</summary>
/// <param name="Year">The year.</param>
/// <param name="Limit">The limit in force on 31 December, or <see langword="null"/> when none (no limit).</param>
/// <param name="ChangesDuringYear">True when the limit in force on 1 January differs (a change took effect during the year).</param>
public sealed record RoadmapPoint(int Year, LimitValue? Limit, bool ChangesDuringYear);
