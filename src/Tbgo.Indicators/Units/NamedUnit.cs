using System.Collections.Immutable;

namespace Tbgo.Indicators.Units;

/// <summary>
/// A unit with a symbol of its own (<c>kg</c>, <c>kWh</c>, <c>a</c>, <c>dwelling</c>), the atom from which
/// compound units are built. Its factor converts one of it to the coherent base units of its dimension.
/// </summary>
public sealed class NamedUnit
{
    internal NamedUnit(string symbol, ImmutableArray<string> aliases, UnitName name, Dimension dimension, Rational factor, string definition, string? source)
    {
        Symbol = symbol;
        Aliases = aliases;
        Name = name;
        Dimension = dimension;
        Factor = factor;
        Definition = definition;
        Source = source;
    }

    /// <summary>The canonical symbol, as printed.</summary>
    public string Symbol { get; }

    /// <summary>Other spellings the parser accepts.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The name in Dutch and English.</summary>
    public UnitName Name { get; }

    /// <summary>The dimension of one of this unit.</summary>
    public Dimension Dimension { get; }

    /// <summary>The exact factor to the coherent base units (kg, m, s, EUR, ...).</summary>
    public Rational Factor { get; }

    /// <summary>How the unit is defined in <c>units.yaml</c>, such as <c>base mass</c> or <c>365.25 d</c>.</summary>
    public string Definition { get; }

    /// <summary>Where the definition comes from, or <see langword="null"/> for base units.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
