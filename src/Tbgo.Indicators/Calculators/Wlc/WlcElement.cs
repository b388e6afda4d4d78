using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>One line of the bill of quantities with its product's GWP per declared unit.</summary>
/// <param name="Id">The element id, unique in the input.</param>
/// <param name="Quantity">How much of the product the building holds (such as <c>12 m3</c>).</param>
/// <param name="DeclaredUnit">The declared unit of the product data (such as <c>1 m3</c> or <c>1000 kg</c>); the quantity must convert to it.</param>
/// <param name="Modules">The GWP per declared unit per module.</param>
/// <param name="ServiceLife">The service life of the product, or <see langword="null"/> when it lasts the whole study period.</param>
/// <param name="Name">A readable name, or <see langword="null"/>.</param>
public sealed record WlcElement(string Id, Quantity Quantity, Quantity DeclaredUnit, ImmutableArray<WlcModuleValue> Modules, Quantity? ServiceLife = null, string? Name = null);
