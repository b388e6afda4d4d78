using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The whole-life carbon of a building. All GWP figures are GWP-total in kg CO2-eq over the reference
/// study period unless the name says otherwise. Module D is reported in <see cref="ModuleD"/> and never
/// included in any total.
/// </summary>
/// <param name="Modules">Per module A1-A3 ... C4 and D, in module order.</param>
/// <param name="Stages">Per stage, in stage order (D as the last, separate stage).</param>
/// <param name="Elements">Per element, in input order.</param>
/// <param name="LifeCycleTotal">A1-A3 to C4 (EN 15978 life-cycle total).</param>
/// <param name="UpfrontCarbon">A1-A5.</param>
/// <param name="Embodied">All modules A1-C4 except B6 and B7.</param>
/// <param name="Operational">B6 and B7.</param>
/// <param name="ModuleD">Module D, never summed.</param>
/// <param name="Biogenic">The GWP-biogenic balance.</param>
/// <param name="Area">The floor area in m2.</param>
/// <param name="AreaBasis">Which floor area.</param>
/// <param name="ReferenceStudyPeriod">The study period in years.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record WlcResult(
    ImmutableArray<WlcModuleResult> Modules,
    ImmutableArray<WlcStageResult> Stages,
    ImmutableArray<WlcElementResult> Elements,
    double LifeCycleTotal,
    double UpfrontCarbon,
    double Embodied,
    double Operational,
    double ModuleD,
    BiogenicBalance Biogenic,
    double Area,
    AreaBasis AreaBasis,
    double ReferenceStudyPeriod,
    CalculationProvenance Provenance,
    ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>The life-cycle total per m2 per year, kg CO2-eq/(m2.a): Level(s) indicator 1.2.</summary>
    public double LifeCycleTotalPerAreaYear => LifeCycleTotal / (Area * ReferenceStudyPeriod);

    /// <summary>Upfront carbon per m2, kg CO2-eq/m2.</summary>
    public double UpfrontCarbonPerArea => UpfrontCarbon / Area;

    /// <summary>Module D per m2 per year, kg CO2-eq/(m2.a), reported next to (never in) the total.</summary>
    public double ModuleDPerAreaYear => ModuleD / (Area * ReferenceStudyPeriod);
}
