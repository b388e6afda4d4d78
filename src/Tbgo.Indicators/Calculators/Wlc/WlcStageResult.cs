namespace Tbgo.Indicators.Calculators;

/// <summary>The GWP-total of one life-cycle stage, in kg CO2-eq over the study period.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="GwpTotal">The sum of its modules.</param>
public sealed record WlcStageResult(LifeCycleStage Stage, double GwpTotal);
