using Tbgo.Indicators.Model;

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
public sealed record TaxonomyCriterionResult(string Criterion, string Name, CriterionOutcome Outcome, string Reason, double? Actual, double? Threshold, string? Unit, SourceReference? Source, string? AlternativeGroup = null);
