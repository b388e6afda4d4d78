namespace Tbgo.Indicators.Calculators;

/// <summary>One element's contribution, in kg CO2-eq over the study period.</summary>
/// <param name="Id">The element id.</param>
/// <param name="DeclaredUnits">How many declared units the element holds.</param>
/// <param name="Replacements">How many times it is replaced within the study period (module B4).</param>
/// <param name="LifeCycleTotal">Its GWP-total over A1-C4, replacements included.</param>
/// <param name="ModuleD">Its module D, reported separately.</param>
public sealed record WlcElementResult(string Id, double DeclaredUnits, int Replacements, double LifeCycleTotal, double ModuleD);
