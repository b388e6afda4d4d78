using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the whole-life-carbon calculator (EN 15978, Level(s) 1.2, EPBD Annex III).</summary>
/// <param name="Area">The floor area the result is normalised by.</param>
/// <param name="AreaBasis">Which floor area <paramref name="Area"/> is.</param>
/// <param name="ReferenceStudyPeriod">The reference study period (Level(s) and EPBD: 50 years).</param>
/// <param name="Elements">The bill of quantities.</param>
/// <param name="OperationalEnergy">Module B6 of the whole building: per year (<c>kg CO2-eq/a</c>) or over the study period (<c>kg CO2-eq</c>), or <see langword="null"/>.</param>
/// <param name="OperationalWater">Module B7 of the whole building, per year or over the study period, or <see langword="null"/>.</param>
public sealed record WlcInput(Quantity Area, AreaBasis AreaBasis, Quantity ReferenceStudyPeriod, ImmutableArray<WlcElement> Elements, Quantity? OperationalEnergy = null, Quantity? OperationalWater = null);
