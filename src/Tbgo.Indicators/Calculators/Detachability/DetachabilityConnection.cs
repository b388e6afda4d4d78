namespace Tbgo.Indicators.Calculators;

/// <summary>
/// One connection of a product, classed by the two connection factors of the detachability method. The classes
/// are factor ids of the set <c>dgbc-detachability</c> without their prefix: <see cref="Type"/> <c>dry</c> is
/// factor <c>type-dry</c>, <see cref="Accessibility"/> <c>free</c> is factor <c>access-free</c>.
/// </summary>
/// <param name="Type">Type of connection (type verbinding): <c>dry</c>, <c>added-elements</c>, <c>direct-integral</c>, <c>soft-chemical</c>, <c>hard-chemical</c>.</param>
/// <param name="Accessibility">Accessibility of the connection (toegankelijkheid): <c>free</c>, <c>extra-actions</c>, <c>repairable-damage</c>, <c>none</c>.</param>
/// <param name="Id">A readable id of the connection, or <see langword="null"/>.</param>
public sealed record DetachabilityConnection(string Type, string Accessibility, string? Id = null);
