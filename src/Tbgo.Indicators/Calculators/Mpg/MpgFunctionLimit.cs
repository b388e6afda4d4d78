using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>The limit value of one use function on the permit date, in the calculation's weighting set.</summary>
/// <param name="BuildingType">The building type id.</param>
/// <param name="UsableArea">Its usable floor area in m2.</param>
/// <param name="Limit">The limit value in force, or <see langword="null"/> when none applies.</param>
public sealed record MpgFunctionLimit(string BuildingType, double UsableArea, LimitValue? Limit);
