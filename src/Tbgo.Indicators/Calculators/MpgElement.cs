using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>One element (product or product combination) of the MPG calculation with its impacts per category.</summary>
/// <param name="Id">The element id, unique in the input.</param>
/// <param name="DataCategory">The NMD data category of its product data (category 3 carries an uplift).</param>
/// <param name="Impacts">Its impacts per category of the weighting set.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record MpgElement(string Id, NmdDataCategory DataCategory, ImmutableArray<MpgImpact> Impacts, string? Name = null);
