using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>One impact category of the weighting set in an MPG result.</summary>
/// <param name="Category">The factor id.</param>
/// <param name="Name">The category name in English.</param>
/// <param name="Amount">The summed impact of all elements, in <paramref name="AmountUnit"/> (without uplift).</param>
/// <param name="AmountUnit">The factor's <c>appliesTo</c> unit.</param>
/// <param name="Price">The shadow price per <paramref name="AmountUnit"/> in EUR, or <see langword="null"/> when unknown.</param>
/// <param name="Mki">The MKI in EUR (uplift included), or <see langword="null"/> when the price is unknown.</param>
/// <param name="Weighted">True when the category counts in the MKI; false for sub-indicators (reported only) and unknown prices.</param>
/// <param name="ComponentOf">The category this one is part of (GWP sub-indicators), or <see langword="null"/>.</param>
/// <param name="Confidence">The confidence of the price's source.</param>
public sealed record MpgCategoryResult(string Category, string Name, double Amount, string AmountUnit, decimal? Price, double? Mki, bool Weighted, string? ComponentOf, Confidence Confidence)
{
    /// <summary>Amount x price in EUR before the data-category uplift, or <see langword="null"/> when the price is unknown.</summary>
    public double? MkiBeforeUplift { get; init; }
}
