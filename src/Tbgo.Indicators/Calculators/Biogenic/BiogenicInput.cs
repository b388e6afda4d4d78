using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the biogenic-carbon calculator (EN 16449).</summary>
/// <param name="Products">The bio-based products.</param>
/// <param name="Area">The floor area for a per-m2 figure, or <see langword="null"/>.</param>
/// <param name="AreaBasis">Which floor area <paramref name="Area"/> is.</param>
public sealed record BiogenicInput(ImmutableArray<BiogenicProduct> Products, Quantity? Area = null, AreaBasis AreaBasis = AreaBasis.Bvo);
