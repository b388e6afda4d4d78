using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>The GWP of one declared unit of a product in one module, as an EN 15804+A2 EPD gives it.</summary>
/// <param name="Module">The module.</param>
/// <param name="GwpTotal">GWP-total per declared unit (a mass of CO2-eq, such as <c>kg CO2-eq</c>).</param>
/// <param name="GwpFossil">GWP-fossil per declared unit, or <see langword="null"/>.</param>
/// <param name="GwpBiogenic">GWP-biogenic per declared unit (uptake negative, release positive), or <see langword="null"/>.</param>
/// <param name="GwpLuluc">GWP-luluc per declared unit, or <see langword="null"/>.</param>
public sealed record WlcModuleValue(LifeCycleModule Module, Quantity GwpTotal, Quantity? GwpFossil = null, Quantity? GwpBiogenic = null, Quantity? GwpLuluc = null);
