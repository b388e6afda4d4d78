using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tbgo.Indicators.Sheets;

/// <summary>
/// Writes the tables as an .xlsx workbook (Open XML SDK): a README sheet, a sheet per table with a bold, frozen
/// header row, text-formatted text columns (so a typed 2026.10 stays text), numbers with as many decimals as the YAML
/// has, and a drop-down list (data validation) on every enum column, fed from a hidden <c>lists</c> sheet.
/// </summary>
internal static class XlsxWriter
{
    /// <summary>Rows below the data that still get the enum drop-downs, for rows a user adds.</summary>
    private const int ValidationSpareRows = 500;

    private const int MaxDecimals = 10;

    // Style indexes into CellFormats (see Stylesheet below).
    private const uint StyleHeader = 1;
    private const uint StyleText = 2;
    private const uint StyleBoolean = 3;
    private const uint StyleDecimalsBase = 4;

    public static byte[] Write(SheetLayout layout, IReadOnlyDictionary<TableSpec, SheetTable> tables, string catalogueVersion)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            uint sheetId = 1;

            void AddSheet(string name, Worksheet worksheet, bool hidden)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = worksheet;
                var sheet = new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name };
                if (hidden)
                {
                    sheet.State = SheetStateValues.Hidden;
                }

                sheets.Append(sheet);
            }

            AddSheet(WorkbookNames.ReadMe, ReadMe(layout, catalogueVersion), hidden: false);
            var lists = new List<ImmutableList>();
            foreach (var spec in layout.Tables)
            {
                AddSheet(spec.Name, Table(spec, tables[spec], lists), hidden: false);
            }

            AddSheet(WorkbookNames.Lists, Lists(lists), hidden: true);
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A list of enum values in a column of the hidden lists sheet.</summary>
    private sealed record ImmutableList(string Header, IReadOnlyList<string> Values, int Column);

    private static Worksheet Table(TableSpec spec, SheetTable table, List<ImmutableList> lists)
    {
        var columnsOf = spec.Headers.Select(h => spec.Columns.FirstOrDefault(c => c.Header == h)).ToArray();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < spec.Headers.Length; c++)
        {
            header.Append(TextCell(c, 1, spec.Headers[c], StyleHeader));
        }

        data.Append(header);
        foreach (var row in table.Rows)
        {
            var r = new Row { RowIndex = (uint)row.Number };
            for (var c = 0; c < row.Cells.Length; c++)
            {
                if (row.Cells[c] is { } cell)
                {
                    r.Append(cell.Kind switch
                    {
                        CellKind.Number => NumberCell(c, row.Number, cell),
                        CellKind.Boolean => new Cell
                        {
                            CellReference = Reference(c, row.Number),
                            DataType = CellValues.Boolean,
                            CellValue = new CellValue(cell.Text == "true" ? "1" : "0"),
                            StyleIndex = StyleBoolean,
                        },
                        _ => TextCell(c, row.Number, cell.Text, StyleText),
                    });
                }
            }

            data.Append(r);
        }

        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var c = 0; c < spec.Headers.Length; c++)
        {
            var width = Math.Clamp(Math.Max(spec.Headers[c].Length + 2, table.Rows.Select(r => r[c]?.Text.Split('\n').Max(l => l.Length) ?? 0).DefaultIfEmpty(0).Max() + 2), 6, 60);
            var kind = columnsOf[c]?.Type;
            columns.Append(new Column
            {
                Min = (uint)c + 1,
                Max = (uint)c + 1,
                Width = width,
                CustomWidth = true,
                Style = kind is ColumnType.Number or ColumnType.Integer or ColumnType.Boolean || spec.Headers[c] == SheetLayout.IndexHeader || spec.Headers[c] == spec.ParentIndexHeader ? null : StyleText,
            });
        }

        worksheet.Append(columns);
        worksheet.Append(data);
        var validations = new DataValidations();
        var lastRow = table.Rows.Count + 1 + ValidationSpareRows;
        for (var c = 0; c < spec.Headers.Length; c++)
        {
            if (columnsOf[c] is { Type: ColumnType.String or ColumnType.Boolean } column && (column.Enum.Length > 0 || column.Type == ColumnType.Boolean))
            {
                var values = column.Type == ColumnType.Boolean ? (IReadOnlyList<string>)["TRUE", "FALSE"] : column.Enum;
                var list = lists.FirstOrDefault(l => l.Values.SequenceEqual(values, StringComparer.Ordinal));
                if (list is null)
                {
                    list = new ImmutableList(spec.Name + "." + column.Header, values, lists.Count);
                    lists.Add(list);
                }

                var letter = CellRef.ColumnName(list.Column);
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = column.Header,
                    Error = Truncate("Choose one of: " + string.Join(", ", values), 225),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Reference(c, 2)}:{Reference(c, lastRow)}" },
                    Formula1 = new Formula1($"{WorkbookNames.Lists}!${letter}$2:${letter}${(values.Count + 1).ToString(CultureInfo.InvariantCulture)}"),
                });
            }
        }

        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Worksheet ReadMe(SheetLayout layout, string catalogueVersion)
    {
        var lines = new List<string>
        {
            $"Tbgo.Indicators catalogue {catalogueVersion}: one sheet per kind of row. / Catalogus {catalogueVersion}: één blad per soort rij.",
            string.Empty,
            "Edit cells, add or delete rows, then run: tbgo sheet import THIS.xlsx --out FOLDER. Import reports every problem with its sheet and cell, with the same codes as tbgo lint.",
            "Bewerk cellen, voeg rijen toe of verwijder ze, en voer dan uit: tbgo sheet import DIT.xlsx --out MAP. De import meldt elk probleem met blad en cel, met dezelfde codes als tbgo lint.",
            string.Empty,
            "Rules / Regels:",
            "- Keep sheet names and column headers as they are; an empty cell leaves the property out. / Laat bladnamen en kolomkoppen staan; een lege cel laat de eigenschap weg.",
            "- Rows of a child sheet name their file in the first column (indicator, framework, factorSet or file); '#' numbers rows that other sheets refer to. / Rijen van een onderliggend blad noemen hun bestand in de eerste kolom; '#' nummert rijen waarnaar andere bladen verwijzen.",
            "- Lists: one item per line of the cell (Alt+Enter). Mappings: one 'name: text' per line. / Lijsten: één item per regel in de cel. Mappings: één 'naam: tekst' per regel.",
            "- Numbers use a decimal point (0.8, not 0,8); text columns are formatted as text so 2026.10 stays 2026.10. / Getallen met een decimale punt; tekstkolommen staan op tekstopmaak.",
            "- 'file' may stay empty for a new row: the usual place is used (pillar/theme/id.yaml, frameworks/id.yaml, factor-sets/id.yaml). / 'file' mag leeg blijven voor een nieuwe rij.",
            "- Only the comment at the top of a YAML file travels through the workbook (column 'comment'); comments inside a file do not. / Alleen het commentaar bovenaan een YAML-bestand gaat mee.",
            string.Empty,
            "Sheets / Bladen:",
        };
        foreach (var table in layout.Tables)
        {
            var what = table.IsMain ? (table.IsSingleDocument ? "the one file" : "a row per file") : "a row per element of " + string.Join('.', table.PathFromParent) + " in " + table.Parent!.Name;
            lines.Add($"{table.Name}: {what}");
        }

        var data = new SheetData();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = new Row { RowIndex = (uint)i + 1 };
            if (lines[i].Length > 0)
            {
                row.Append(TextCell(0, i + 1, lines[i], i == 0 ? StyleHeader : 0));
            }

            data.Append(row);
        }

        return new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 160, CustomWidth = true }), data);
    }

    private static Worksheet Lists(List<ImmutableList> lists)
    {
        var data = new SheetData();
        var height = lists.Count == 0 ? 0 : lists.Max(l => l.Values.Count);
        for (var r = 0; r <= height; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            foreach (var list in lists)
            {
                var text = r == 0 ? list.Header : r - 1 < list.Values.Count ? list.Values[r - 1] : null;
                if (text is not null)
                {
                    row.Append(TextCell(list.Column, r + 1, text, r == 0 ? StyleHeader : StyleText));
                }
            }

            data.Append(row);
        }

        return new Worksheet(data);
    }

    private static Cell TextCell(int column, int row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell NumberCell(int column, int row, SheetCell cell) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.Number,
        CellValue = new CellValue(cell.Text),
        StyleIndex = StyleDecimalsBase + (uint)Math.Min(cell.Decimals ?? 0, MaxDecimals),
    };

    private static string Reference(int column, int row) => CellRef.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes text that Open XML would read as a <c>_xHHHH_</c> character escape, and characters XML cannot hold.</summary>
    internal static string Escape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal) && !text.Any(c => c < ' ' && c is not '\n' and not '\t' and not '\r'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsOnlyHex())
            {
                sb.Append("_x005F_");
            }
            else if (c < ' ' && c is not '\n' and not '\t' and not '\r')
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static Stylesheet Styles()
    {
        var numberingFormats = new NumberingFormats();
        for (var d = 1; d <= MaxDecimals; d++)
        {
            numberingFormats.Append(new NumberingFormat { NumberFormatId = (uint)(163 + d), FormatCode = "0." + new string('0', d) });
        }

        numberingFormats.Count = (uint)MaxDecimals;
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 49, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        for (var d = 0; d <= MaxDecimals; d++)
        {
            cellFormats.Append(new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = d == 0 ? 1u : (uint)(163 + d),
                ApplyNumberFormat = true,
                ApplyAlignment = true,
            });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            numberingFormats,
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
