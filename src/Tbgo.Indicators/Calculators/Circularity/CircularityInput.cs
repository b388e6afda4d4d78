using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the circularity calculator.</summary>
/// <param name="Products">The products of the building.</param>
/// <param name="Date">The date the bio-based share is tested on, or <see langword="null"/> for the 2030 ambition.</param>
/// <param name="BuildingType">The building type for the bio-based target (30-30-30 names dwellings), or <see langword="null"/>.</param>
public sealed record CircularityInput(ImmutableArray<CircularityProduct> Products, DateOnly? Date = null, string? BuildingType = null);
