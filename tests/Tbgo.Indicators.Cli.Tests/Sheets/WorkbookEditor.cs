using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tbgo.Indicators.Cli.Tests.Sheets;

/// <summary>Edits an exported workbook the way a user in a spreadsheet would: cells by sheet, header and row.</summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    public WorkbookEditor(byte[] workbook)
    {
        _stream = new MemoryStream();
        _stream.Write(workbook);
        _stream.Position = 0;
        _document = SpreadsheetDocument.Open(_stream, true);
    }

    /// <summary>The 1-based row number of the first data row whose <paramref name="header"/> cell is <paramref name="text"/>.</summary>
    public int RowWhere(string sheet, string header, string text)
    {
        var data = Data(sheet);
        var column = Column(sheet, header);
        foreach (var row in data.Elements<Row>().Skip(1))
        {
            if (Cell(row, column) is { } c && TextOf(c) == text)
            {
                return (int)row.RowIndex!.Value;
            }
        }

        throw new InvalidOperationException($"no row of {sheet} has {header} = {text}");
    }

    /// <summary>The A1 reference of a cell: <c>limits!D7</c>.</summary>
    public string Ref(string sheet, string header, int row) => $"{sheet}!{Letters(Column(sheet, header))}{row}";

    public string Get(string sheet, string header, int row) =>
        Cell(Data(sheet).Elements<Row>().First(r => r.RowIndex!.Value == (uint)row), Column(sheet, header)) is { } c ? TextOf(c) : string.Empty;

    /// <summary>Types text into a cell (as an inline string), creating it when empty.</summary>
    public void SetText(string sheet, string header, int row, string text)
    {
        var r = Data(sheet).Elements<Row>().First(x => x.RowIndex!.Value == (uint)row);
        var column = Column(sheet, header);
        var reference = Letters(column) + row;
        var cell = r.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        var replacement = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };
        if (cell is null)
        {
            var after = r.Elements<Cell>().LastOrDefault(c => ColumnOf(c.CellReference!.Value!) < column);
            if (after is null)
            {
                r.PrependChild(replacement);
            }
            else
            {
                after.InsertAfterSelf(replacement);
            }
        }
        else
        {
            cell.InsertAfterSelf(replacement);
            cell.Remove();
        }
    }

    /// <summary>Renames a header cell (as if a user renamed the column).</summary>
    public void RenameHeader(string sheet, string header, string newHeader) => SetText(sheet, header, 1, newHeader);

    public byte[] Save()
    {
        _document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private SheetData Data(string sheet)
    {
        var workbookPart = _document.WorkbookPart!;
        var entry = workbookPart.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheet);
        return ((WorksheetPart)workbookPart.GetPartById(entry.Id!.Value!)).Worksheet!.GetFirstChild<SheetData>()!;
    }

    private int Column(string sheet, string header)
    {
        var first = Data(sheet).Elements<Row>().First();
        foreach (var cell in first.Elements<Cell>())
        {
            if (TextOf(cell) == header)
            {
                return ColumnOf(cell.CellReference!.Value!);
            }
        }

        throw new InvalidOperationException($"{sheet} has no column {header}");
    }

    private static Cell? Cell(Row row, int column) => row.Elements<Cell>().FirstOrDefault(c => ColumnOf(c.CellReference!.Value!) == column);

    private static string TextOf(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }

    private static string Letters(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}
