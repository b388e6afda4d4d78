namespace Tbgo.Indicators.Units;

/// <summary>A named kind of quantity with its canonical unit, such as <c>energy-intensity</c> in <c>kWh/(m2.a)</c>.</summary>
/// <param name="Id">Stable id used by indicators (<c>quantity:</c>).</param>
/// <param name="Name">The name in Dutch and English.</param>
/// <param name="Unit">The canonical unit; its dimension is the quantity's dimension.</param>
public sealed record QuantityKind(string Id, UnitName Name, Unit Unit)
{
    /// <summary>The dimension every unit of this quantity must have.</summary>
    public Dimension Dimension => Unit.Dimension;
}
