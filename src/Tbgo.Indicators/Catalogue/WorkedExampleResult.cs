using Tbgo.Indicators.Model;

namespace Tbgo.Indicators;

/// <summary>The outcome of running one worked example.</summary>
/// <param name="Indicator">The indicator the example belongs to.</param>
/// <param name="Example">The example.</param>
/// <param name="Passed">True when the library computes what the example expects.</param>
/// <param name="Expected">What the example expects, as text.</param>
/// <param name="Actual">What the library computes, as text (or why it cannot).</param>
public sealed record WorkedExampleResult(Indicator Indicator, WorkedExample Example, bool Passed, string Expected, string Actual);
