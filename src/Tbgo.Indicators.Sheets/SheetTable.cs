namespace Tbgo.Indicators.Sheets;

/// <summary>What a cell holds.</summary>
internal enum CellKind
{
    Text,
    Number,
    Boolean,

    /// <summary>A date typed in a spreadsheet (a number with a date format), as yyyy-mm-dd.</summary>
    Date,

    /// <summary>An error value (#N/A, #REF!) or a formula without a computed value.</summary>
    Error,
}

/// <summary>
/// A cell's content. <see cref="Text"/> is the text for text cells, the number's invariant digits for numbers
/// (with as many decimals as the cell's number format shows, so 1.0 stays 1.0), <c>true</c>/<c>false</c> for
/// booleans, yyyy-mm-dd for dates.
/// </summary>
internal sealed record SheetCell(CellKind Kind, string Text)
{
    /// <summary>For a number: the decimals its number format shows (export), or null for the General format.</summary>
    public int? Decimals { get; init; }

    public static SheetCell OfText(string text) => new(CellKind.Text, text);
}

/// <summary>A row of a sheet: its 1-based row number and its cells by 0-based column (null where empty).</summary>
internal sealed record SheetRow(int Number, SheetCell?[] Cells)
{
    public SheetCell? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;

    public bool IsEmpty => Cells.All(c => c is null || (c.Kind == CellKind.Text && c.Text.Length == 0));
}

/// <summary>A sheet's content: the header row's texts and the rows below it.</summary>
internal sealed class SheetTable(string name)
{
    public string Name { get; } = name;

    public List<string?> Headers { get; } = [];

    public List<SheetRow> Rows { get; } = [];
}
