using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Loading;

/// <summary>A value of the catalogue whose source is not confirmed (<c>confidence: unconfirmed</c> or <c>partly</c>).</summary>
/// <param name="Kind">What carries the source: <c>limit-value</c>, <c>reference-measurement</c>, <c>indicator-source</c>,
/// <c>formula</c>, <c>aggregation-rule</c> (a share-of-objects rule), <c>example</c>, <c>framework</c>, <c>framework-item</c>, <c>factor-set</c>, <c>factor</c>, <c>building-type</c> or <c>unit</c>.</param>
/// <param name="Id">The id of what carries it, e.g. <c>levels:1.2</c>, <c>nmd-shadow-prices-a1/gwp</c> or an indicator id.</param>
/// <param name="Confidence">The confidence the source is marked with.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record UnconfirmedValue(string Kind, string Id, Confidence Confidence, SourceLocation Location);
