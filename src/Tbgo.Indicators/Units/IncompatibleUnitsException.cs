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
    }

    /// <summary>The unit converted from.</summary>
    public Unit From { get; }

    /// <summary>The unit converted to.</summary>
    public Unit To { get; }

    internal static string Describe(Unit from, Unit to) =>
        $"Cannot convert '{from}' ({from.Registry.DescribeDimension(from.Dimension)}) to '{to}' ({to.Registry.DescribeDimension(to.Dimension)}): the dimensions differ.";
}
