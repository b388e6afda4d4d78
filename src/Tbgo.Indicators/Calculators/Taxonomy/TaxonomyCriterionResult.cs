using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The outcome of one screening criterion, with the reason, the threshold and its source.</summary>
/// <param name="Criterion">The framework item id, such as <c>ccm-7.1/ped</c>.</param>
/// <param name="Name">The criterion name in English.</param>
/// <param name="Outcome">Met, not met, or not enough data.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Actual">The value tested, or <see langword="null"/>.</param>
/// <param name="Threshold">The threshold used, or <see langword="null"/>.</param>
/// <param name="Unit">The unit of <paramref name="Actual"/> and <paramref name="Threshold"/>, or <see langword="null"/>.</param>
/// <param name="Source">The source of the criterion or threshold.</param>
/// <param name="AlternativeGroup">Criteria with the same group are alternatives (one met is enough), or <see langword="null"/>.</param>
public sealed record TaxonomyCriterionResult(string Criterion, string Name, CriterionOutcome Outcome, string Reason, double? Actual, double? Threshold, string? Unit, SourceReference? Source, string? AlternativeGroup = null)
{
    /// <summary>
    /// The threshold re-expressed as a limit on the building's own value, where the input allows it, or <see langword="null"/>.
    /// For 7.2 <c>ccm-7.2/ped-30</c> with the primary energy demand before renovation given: the highest primary energy
    /// demand after renovation that meets the 30% reduction, <c>(1 - 0.30) x before</c>, in <c>kWh/(m2.a)</c>.
    /// </summary>
    public Quantity? DerivedLimit { get; init; }
}
