namespace Tbgo.Indicators.Calculators;

/// <summary>The outcome of testing one criterion (or a whole activity) in a screening.</summary>
public enum CriterionOutcome
{
    /// <summary>The criterion is met (<c>met</c>).</summary>
    Met = 0,

    /// <summary>The criterion is not met (<c>not-met</c>).</summary>
    NotMet = 1,

    /// <summary>The input does not say enough to decide (<c>not-enough-data</c>).</summary>
    NotEnoughData = 2,
}
