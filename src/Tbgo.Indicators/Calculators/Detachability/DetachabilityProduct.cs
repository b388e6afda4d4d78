using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// A product (or element) with its connections and, for the four-factor score, the two composition factors
/// (crossings and edge confinement). Without both composition factors the product is scored on its connections
/// only, as the ISSO Rekentool Losmaakbaarheid does.
/// </summary>
/// <param name="Id">The product id, unique in the input.</param>
/// <param name="Connections">At least one connection.</param>
/// <param name="Crossings">Crossings (doorkruisingen): <c>none</c>, <c>some</c>, <c>full</c> (factor <c>crossing-*</c>), or <see langword="null"/>.</param>
/// <param name="EdgeConfinement">Edge confinement (randopsluiting): <c>open</c>, <c>overlapping</c>, <c>closed-one-side</c>, <c>closed</c> (factor <c>edge-*</c>), or <see langword="null"/>.</param>
/// <param name="Weight">The product's weight in the building score, such as its MKI in EUR; all products give one (same dimension) or none.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record DetachabilityProduct(
    string Id,
    ImmutableArray<DetachabilityConnection> Connections,
    string? Crossings = null,
    string? EdgeConfinement = null,
    Quantity? Weight = null,
    string? Name = null);
