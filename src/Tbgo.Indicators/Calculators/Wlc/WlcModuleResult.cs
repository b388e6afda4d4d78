namespace Tbgo.Indicators.Calculators;

/// <summary>The GWP of the whole building in one module, in kg CO2-eq over the study period.</summary>
/// <param name="Module">The module.</param>
/// <param name="GwpTotal">GWP-total.</param>
/// <param name="GwpFossil">GWP-fossil of the elements and building-level values that declare it, or <see langword="null"/> when none does.</param>
/// <param name="GwpBiogenic">GWP-biogenic of the elements and building-level values that declare it, or <see langword="null"/> when none does.</param>
/// <param name="GwpLuluc">GWP-luluc of the elements and building-level values that declare it, or <see langword="null"/> when none does.</param>
public sealed record WlcModuleResult(LifeCycleModule Module, double GwpTotal, double? GwpFossil, double? GwpBiogenic, double? GwpLuluc)
{
    /// <summary>
    /// The part of <see cref="GwpTotal"/> given at building level (<see cref="WlcInput.BuildingModules"/> and the
    /// biogenic storage), or <see langword="null"/> when none is; the rest comes from the elements and B6/B7.
    /// </summary>
    public double? BuildingLevel { get; init; }

    /// <summary>The stage of the module.</summary>
    public LifeCycleStage Stage => Module.StageOf();
}
