using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The MKI and MPG of a building in one weighting set, with the limit value in force on the permit date.
/// When the set has factors without a known value, <see cref="IsComplete"/> is false, the MPG is a lower
/// bound and a pass is provisional.
/// </summary>
/// <param name="WeightingSet">The weighting set id.</param>
/// <param name="Categories">Per category of the set, in the set's order.</param>
/// <param name="Elements">Per element, in input order.</param>
/// <param name="Mki">The MKI of the building in EUR over the study period: weighted categories and given element MKIs, uplift included, or the given building MKI.</param>
/// <param name="Bvo">The gross floor area in m2.</param>
/// <param name="ReferenceStudyPeriod">The study period in years.</param>
/// <param name="IsComplete">False when a category of the set has no known price.</param>
/// <param name="PermitDate">The permit date, or <see langword="null"/>.</param>
/// <param name="Functions">The limit per use function.</param>
/// <param name="Limit">The limit in EUR/(m2.a) (area-weighted for mixed use), or <see langword="null"/> when none applies.</param>
/// <param name="Verdict">Pass, fail or no-limit.</param>
/// <param name="Provenance">Method, version, factor set and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record MpgResult(
    string WeightingSet,
    ImmutableArray<MpgCategoryResult> Categories,
    ImmutableArray<MpgElementResult> Elements,
    double Mki,
    double Bvo,
    double ReferenceStudyPeriod,
    bool IsComplete,
    DateOnly? PermitDate,
    ImmutableArray<MpgFunctionLimit> Functions,
    double? Limit,
    LimitVerdict Verdict,
    CalculationProvenance Provenance,
    ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>The building MKI in EUR as given (<see cref="MpgInput.BuildingMki"/>), or <see langword="null"/> when the MKI was built up from elements.</summary>
    public double? BuildingMki { get; init; }

    /// <summary>The MPG in EUR/(m2.a): MKI / (BVO x study period).</summary>
    public double Mpg => Mki / (Bvo * ReferenceStudyPeriod);

    /// <summary>Limit minus MPG (positive when it passes), or <see langword="null"/> without a limit.</summary>
    public double? Margin => Limit is { } l ? l - Mpg : null;

    /// <summary>True when the verdict rests on an incomplete MKI: a pass is then provisional (the MPG is a lower bound).</summary>
    public bool VerdictIsProvisional => !IsComplete && Verdict == LimitVerdict.Pass;
}
