namespace Tbgo.Indicators.Units;

/// <summary>Thrown when a value is converted between units of different dimensions.</summary>
public sealed class IncompatibleUnitsException : InvalidOperationException
{
    /// <summary>Creates the exception for a conversion from one unit to another.</summary>
    public IncompatibleUnitsException(Unit from, Unit to)
        : base(Describe(from, to))
    {
        From = from;
        To = to;
        Relation = CarbonDioxide.RelationBetween(from, to);
    }

    /// <summary>The unit converted from.</summary>
    public Unit From { get; }

    /// <summary>The unit converted to.</summary>
    public Unit To { get; }

    /// <summary>
    /// The explicit relation that crosses between the two, when the units differ only by substance (carbon
    /// <c>kg C</c> against carbon dioxide <c>kg CO2</c>: <c>CarbonDioxide.FromCarbon</c> or <c>CarbonDioxide.ToCarbon</c>),
    /// or <see langword="null"/>.
    /// </summary>
    public string? Relation { get; }

    internal static string Describe(Unit from, Unit to) =>
        $"Cannot convert '{from}' ({from.Registry.DescribeDimension(from.Dimension)}) to '{to}' ({to.Registry.DescribeDimension(to.Dimension)}): the dimensions differ."
        + (CarbonDioxide.RelationBetween(from, to) is { } relation
            ? $" Carbon (C) and carbon dioxide (CO2) are different substances, not units of each other: use the explicit relation {relation} (CO2 = 44/12 x C, EN 16449:2014 eq. 1)."
            : string.Empty);
}
