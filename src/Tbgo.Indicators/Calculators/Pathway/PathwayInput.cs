using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The input of the pathway check: a building's yearly intensity against a pathway the user supplies
/// (such as a CRREM decarbonisation pathway, which is licensed and not shipped).
/// </summary>
/// <param name="Actual">The building's intensity per year (at least one year).</param>
/// <param name="Pathway">The pathway per year.</param>
/// <param name="PathwayName">The pathway's name and version, for the record, or <see langword="null"/>.</param>
/// <param name="ExtendActual">True to hold the last actual value for the later pathway years (a building without further measures); false compares only up to the last actual year.</param>
public sealed record PathwayInput(ImmutableArray<PathwayPoint> Actual, ImmutableArray<PathwayPoint> Pathway, string? PathwayName = null, bool ExtendActual = true);
