using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the whole-life-carbon calculator (EN 15978, Level(s) 1.2, EPBD Annex III).</summary>
/// <param name="Area">The floor area the result is normalised by.</param>
/// <param name="AreaBasis">Which floor area <paramref name="Area"/> is.</param>
/// <param name="ReferenceStudyPeriod">The reference study period (Level(s) and EPBD: 50 years).</param>
/// <param name="Elements">The bill of quantities (may be empty when <see cref="BuildingModules"/> gives the building's values).</param>
/// <param name="OperationalEnergy">Module B6 of the whole building: per year (<c>kg CO2-eq/a</c>) or over the study period (<c>kg CO2-eq</c>), or <see langword="null"/>.</param>
/// <param name="OperationalWater">Module B7 of the whole building, per year or over the study period, or <see langword="null"/>.</param>
public sealed record WlcInput(Quantity Area, AreaBasis AreaBasis, Quantity ReferenceStudyPeriod, ImmutableArray<WlcElement> Elements, Quantity? OperationalEnergy = null, Quantity? OperationalWater = null)
{
    /// <summary>
    /// Building-level GWP per EN 15978 module: totals of the whole building over the study period (kg CO2-eq, not per
    /// declared unit), such as an A1-A3 total from another tool or a B6 figure. They are <b>added</b> to what the
    /// elements (and <see cref="OperationalEnergy"/>, <see cref="OperationalWater"/>) give for the same module, never
    /// replace it; they are not replaced in B4. Empty by default.
    /// </summary>
    public ImmutableArray<WlcModuleValue> BuildingModules { get; init; } = [];

    /// <summary>Biogenic CO2 stored in the building's products (such as a <c>biogenic</c> result), entered as the -1/+1 GWP-biogenic pair, or <see langword="null"/>.</summary>
    public WlcBiogenicStorage? BiogenicStorage { get; init; }
}
