using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the MPG calculator (Bepalingsmethode Milieuprestatie Bouwwerken).</summary>
/// <param name="WeightingSet">The id of the one weighting set (factor set) used, such as <c>nmd-shadow-prices-a2</c>.</param>
/// <param name="Bvo">The gross floor area (BVO).</param>
/// <param name="Functions">The use functions with their usable floor areas (at least one).</param>
/// <param name="Elements">The elements with their impacts or published MKIs; empty when <see cref="BuildingMki"/> is given.</param>
/// <param name="PermitDate">The date of the permit application, which decides the limit value; <see langword="null"/> tests no limit.</param>
/// <param name="ReferenceStudyPeriod">An explicit study period, or <see langword="null"/> to take it from <c>mpg-reference-study-periods</c> by use function.</param>
public sealed record MpgInput(string WeightingSet, Quantity Bvo, ImmutableArray<MpgUseFunction> Functions, ImmutableArray<MpgElement> Elements, DateOnly? PermitDate = null, Quantity? ReferenceStudyPeriod = null)
{
    /// <summary>
    /// The MKI of the whole building (in a unit convertible to EUR) over the study period in the calculation's weighting
    /// set, as a validated MPG tool reports it, instead of <see cref="Elements"/>; or <see langword="null"/>. It is used
    /// as given: the NMD data-category uplifts are taken as already included.
    /// </summary>
    public Quantity? BuildingMki { get; init; }
}
