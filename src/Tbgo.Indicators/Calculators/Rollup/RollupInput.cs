using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the roll-up from object level to area level (gebied).</summary>
/// <param name="Indicator">The indicator id; its declared aggregation decides the roll-up.</param>
/// <param name="Objects">The objects of the area.</param>
/// <param name="Area">A name or id of the area, or <see langword="null"/>.</param>
public sealed record RollupInput(string Indicator, ImmutableArray<RollupObject> Objects, string? Area = null);
