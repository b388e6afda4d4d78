using System.Globalization;

namespace Tbgo.Indicators.Sheets;

/// <summary>A cell of a workbook: sheet, 1-based row, 0-based column.</summary>
internal readonly record struct CellRef(string Sheet, int Row, int Column)
{
    /// <summary>The A1-style reference with its sheet: <c>limits!C12</c>.</summary>
    public override string ToString() => $"{Sheet}!{ColumnName(Column)}{Row.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The letters of a 0-based column: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>How a scalar of a generated document is written: text, a number, or true/false.</summary>
internal enum DScalarKind
{
    String,
    Number,
    Boolean,
}

/// <summary>A node of a document built from a workbook, with the cell it came from.</summary>
internal abstract class DNode
{
    /// <summary>The cell the value came from (for a mapping: its row's first cell), to locate diagnostics.</summary>
    public CellRef? Origin { get; set; }
}

/// <summary>A mapping with its keys in order.</summary>
internal sealed class DMap : DNode
{
    public List<KeyValuePair<string, DNode>> Entries { get; } = [];

    public DNode? this[string key] => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value;

    public void Add(string key, DNode value) => Entries.Add(new(key, value));

    /// <summary>The mapping at <paramref name="key"/>, created (after the existing entries) when missing.</summary>
    public DMap GetOrAddMap(string key, CellRef origin)
    {
        if (this[key] is DMap existing)
        {
            return existing;
        }

        var map = new DMap { Origin = origin };
        Add(key, map);
        return map;
    }
}

/// <summary>A sequence.</summary>
internal sealed class DList : DNode
{
    public List<DNode> Items { get; } = [];
}

/// <summary>A scalar: its text exactly as it is to be written, and whether it is text, a number or a boolean.</summary>
internal sealed class DScalar(string text, DScalarKind kind) : DNode
{
    public string Text { get; } = text;

    public DScalarKind Kind { get; } = kind;
}
