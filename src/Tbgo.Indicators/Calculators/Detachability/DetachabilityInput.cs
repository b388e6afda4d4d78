using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The input of the detachability index calculator.</summary>
/// <param name="Products">The products of the building, each with its connections.</param>
public sealed record DetachabilityInput(ImmutableArray<DetachabilityProduct> Products);
