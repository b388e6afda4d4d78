using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>The detachability of one product.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Connections">Per connection, in input order.</param>
/// <param name="ConnectionIndex">The harmonic mean of the connections' indices: the weakest connection weighs most.</param>
/// <param name="CompositionIndex">LS = 2 / (1/DK + 1/RO) from crossings and edge confinement, or <see langword="null"/> when not given.</param>
/// <param name="Index">LI = 2 / (1/LV + 1/LS), or the connection index alone without composition factors (0.10 to 1.00).</param>
/// <param name="Weight">The weight in the building score (in the unit of the first weight given), or 1 when no product gives a weight.</param>
/// <param name="FactorCount">4 when scored on all four factors, 2 when on the connection factors only.</param>
public sealed record DetachabilityProductResult(string Id, ImmutableArray<DetachabilityConnectionResult> Connections, double ConnectionIndex, double? CompositionIndex, double Index, double Weight, int FactorCount);
