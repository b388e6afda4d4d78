using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The EU Taxonomy screening of one activity: the outcome per criterion and overall.</summary>
/// <param name="Activity">The activity screened.</param>
/// <param name="Criteria">Per criterion, in the order of the act.</param>
/// <param name="Aligned">Met when every criterion (or one of each group of alternatives) is met; not met when one fails; otherwise not enough data.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know (such as criteria not screened).</param>
public sealed record TaxonomyResult(TaxonomyActivity Activity, ImmutableArray<TaxonomyCriterionResult> Criteria, CriterionOutcome Aligned, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult;
