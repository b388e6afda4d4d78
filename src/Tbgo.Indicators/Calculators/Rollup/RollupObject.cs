using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>One object (building, space, asset) with its value of the indicator and the weights a roll-up may need.</summary>
/// <param name="Id">The object id, unique in the input.</param>
/// <param name="Value">Its value, in a unit convertible to the indicator's.</param>
/// <param name="FloorArea">Its floor area (for area-weighted means), or <see langword="null"/>.</param>
/// <param name="Dwellings">Its number of dwellings (for dwelling-weighted means), or <see langword="null"/>.</param>
/// <param name="Residents">Its number of residents (for resident-weighted means), or <see langword="null"/>.</param>
public sealed record RollupObject(string Id, Quantity Value, Quantity? FloorArea = null, Quantity? Dwellings = null, Quantity? Residents = null);
