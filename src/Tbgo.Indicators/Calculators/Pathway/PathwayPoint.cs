using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>A value of a yearly series.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value in that year.</param>
public sealed record PathwayPoint(int Year, Quantity Value);
