using System.Collections.Immutable;

namespace Tbgo.Indicators.Units;

/// <summary>An equivalence qualifier written after a unit, such as <c>CO2-eq</c> in <c>kg CO2-eq</c>.</summary>
public sealed class UnitQualifier
{
    internal UnitQualifier(string symbol, ImmutableArray<string> aliases, UnitName name, int axis, string? source)
    {
        Symbol = symbol;
        Aliases = aliases;
        Name = name;
        Axis = axis;
        Source = source;
    }

    /// <summary>The canonical symbol, as printed.</summary>
    public string Symbol { get; }

    /// <summary>Other spellings the parser accepts.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The name in Dutch and English.</summary>
    public UnitName Name { get; }

    /// <summary>The axis of the dimension vector this qualifier occupies.</summary>
    public int Axis { get; }

    /// <summary>Where the qualifier is defined, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
