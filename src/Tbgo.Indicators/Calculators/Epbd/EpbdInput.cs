using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the EPBD check for a building.</summary>
/// <param name="PermitDate">The permit (application) date of the building.</param>
/// <param name="UsefulFloorArea">Its useful floor area.</param>
/// <param name="PublicOwnership">True when it is owned (or occupied and owned) by a public body.</param>
/// <param name="NewBuilding">True for a new building; the two obligations checked here apply to new buildings only.</param>
public sealed record EpbdInput(DateOnly PermitDate, Quantity UsefulFloorArea, bool PublicOwnership, bool NewBuilding = true);
