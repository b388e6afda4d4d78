using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The characterised impact of an element in one category, over the study period (replacements included).</summary>
/// <param name="Category">The factor id of the category in the weighting set (such as <c>gwp-total</c>).</param>
/// <param name="Amount">The impact, in a unit convertible to the factor's <c>appliesTo</c> unit (such as <c>kg CO2-eq</c>).</param>
public sealed record MpgImpact(string Category, Quantity Amount);
