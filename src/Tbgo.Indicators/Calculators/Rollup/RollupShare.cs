using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>What a <see cref="AggregationMethod.ShareOfObjects"/> roll-up counted: the rule it applied and the weight of the objects that pass its test.</summary>
/// <param name="Rule">The indicator's rule (test, weight, source).</param>
/// <param name="PassingWeight">The summed weight of the objects whose value passes the test, in <see cref="RollupResult.WeightUnit"/>
/// (a count of objects for <see cref="RollupWeight.Objects"/>); <see cref="RollupResult.Value"/> is 100 × this / <see cref="RollupResult.TotalWeight"/>.</param>
/// <param name="PassingObjects">How many objects pass the test (whatever they weigh).</param>
public sealed record RollupShare(ShareOfObjectsRule Rule, double PassingWeight, int PassingObjects);
