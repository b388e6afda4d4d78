namespace Tbgo.Indicators.Units;

/// <summary>The name of a unit, axis or quantity in Dutch and English.</summary>
/// <param name="Nl">Dutch name.</param>
/// <param name="En">English name.</param>
public sealed record UnitName(string Nl, string En)
{
    /// <inheritdoc />
    public override string ToString() => En;
}
