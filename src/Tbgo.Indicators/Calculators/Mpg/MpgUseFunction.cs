using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>A use function (gebruiksfunctie) of the building with its usable floor area (GO), for the limit value.</summary>
/// <param name="BuildingType">A building type id of the catalogue, such as <c>woonfunctie/grondgebonden</c>.</param>
/// <param name="UsableArea">Its usable floor area (gebruiksoppervlakte), which weights the limit of a mixed-use building.</param>
public sealed record MpgUseFunction(string BuildingType, Quantity UsableArea);
