using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>A wood or bio-based product for EN 16449.</summary>
/// <param name="Id">The product id, unique in the input.</param>
/// <param name="Volume">The product volume V_p at moisture content ω.</param>
/// <param name="Density">The density ρ_ω at moisture content ω.</param>
/// <param name="MoistureContent">The moisture content ω on dry mass (such as <c>12 %</c>).</param>
/// <param name="CarbonFraction">The carbon fraction of the oven-dry mass, or <see langword="null"/> for a factor of set <c>en16449-carbon</c>.</param>
/// <param name="CarbonFractionFactor">A factor id of set <c>en16449-carbon</c> (such as <c>spruce</c>), or <see langword="null"/> for <c>default</c> (0.5).</param>
/// <param name="WoodFraction">The share of wood in the product volume, or <see langword="null"/> for 100%.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record BiogenicProduct(string Id, Quantity Volume, Quantity Density, Quantity MoistureContent, Quantity? CarbonFraction = null, string? CarbonFractionFactor = null, Quantity? WoodFraction = null, string? Name = null);
