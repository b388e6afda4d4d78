namespace Tbgo.Indicators.Calculators;

/// <summary>The GWP of the whole building in one module, in kg CO2-eq over the study period.</summary>
/// <param name="Module">The module.</param>
/// <param name="GwpTotal">GWP-total.</param>
/// <param name="GwpFossil">GWP-fossil of the elements that declare it, or <see langword="null"/> when none does.</param>
/// <param name="GwpBiogenic">GWP-biogenic of the elements that declare it, or <see langword="null"/> when none does.</param>
/// <param name="GwpLuluc">GWP-luluc of the elements that declare it, or <see langword="null"/> when none does.</param>
public sealed record WlcModuleResult(LifeCycleModule Module, double GwpTotal, double? GwpFossil, double? GwpBiogenic, double? GwpLuluc)
{
    /// <summary>The stage of the module.</summary>
    public LifeCycleStage Stage => Module.StageOf();
}
