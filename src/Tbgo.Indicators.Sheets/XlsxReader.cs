using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Sheets;

/// <summary>Limits for reading a workbook; a catalogue workbook is far below all of them.</summary>
internal sealed record WorkbookLimits
{
    public static WorkbookLimits Default { get; } = new();

    /// <summary>The .xlsx file itself.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>All parts unpacked together (as the zip directory states them; the XML reader also counts).</summary>
    public long MaxUnpackedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Characters one XML part may hold (Open XML SDK <c>MaxCharactersInPart</c>).</summary>
    public long MaxCharactersInPart { get; init; } = 20L * 1024 * 1024;

    /// <summary>Unpacked / packed size of one part above 1 MB: zip bombs compress thousands of times.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    public int MaxEntries { get; init; } = 2_000;

    public int MaxSheets { get; init; } = 200;

    public int MaxRows { get; init; } = 200_000;

    public int MaxColumns { get; init; } = 1_000;
}

/// <summary>
/// Reads an .xlsx workbook into tables (Open XML SDK), after checking the package against <see cref="WorkbookLimits"/>:
/// the first row of each sheet is its header, every later row a row. Numbers keep the decimals their cell's format
/// shows (1.80 formatted 0.00 reads as 1.80), dates in date formats read as yyyy-mm-dd, formulas by their last value.
/// </summary>
internal static partial class XlsxReader
{
    public static List<SheetTable>? Read(ReadOnlyMemory<byte> bytes, string workbook, WorkbookLimits limits, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(workbook, 0, 0);
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.SheetTooLarge.Create(at, $"the file has {bytes.Length} bytes, the limit is {limits.MaxFileBytes}"));
            return null;
        }

        var array = bytes.ToArray();
        if (PackageProblem(array, limits) is { } problem)
        {
            diagnostics.Add(problem.TooLarge ? DiagnosticDescriptors.SheetTooLarge.Create(at, problem.Reason) : DiagnosticDescriptors.SheetUnreadable.Create(at, problem.Reason));
            return null;
        }

        try
        {
            using var stream = new MemoryStream(array, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            return ReadDocument(document, workbook, limits, diagnostics);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or IOException or FormatException or ArgumentException)
        {
            var tooLarge = e.Message.Contains("MaxCharactersIn", StringComparison.OrdinalIgnoreCase) || e.InnerException?.Message.Contains("MaxCharactersIn", StringComparison.OrdinalIgnoreCase) == true;
            diagnostics.Add(tooLarge
                ? DiagnosticDescriptors.SheetTooLarge.Create(at, $"a part holds more than {limits.MaxCharactersInPart} characters")
                : DiagnosticDescriptors.SheetUnreadable.Create(at, OneLine(e.Message)));
            return null;
        }
    }

    private static (bool TooLarge, string Reason)? PackageProblem(byte[] bytes, WorkbookLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return (true, $"the package has {zip.Entries.Count} parts, the limit is {limits.MaxEntries}");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
                {
                    return (true, $"the part '{entry.FullName}' unpacks {entry.Length / Math.Max(1, entry.CompressedLength)} times its packed size, the limit is {limits.MaxCompressionRatio}");
                }
            }

            if (total > limits.MaxUnpackedBytes)
            {
                return (true, $"the parts unpack to {total} bytes, the limit is {limits.MaxUnpackedBytes}");
            }

            return zip.GetEntry("xl/workbook.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase))
                ? (false, "it is a zip file but not an Excel workbook (no xl/workbook.xml)")
                : null;
        }
        catch (InvalidDataException e)
        {
            return (false, "it is not an .xlsx (zip) file: " + OneLine(e.Message));
        }
    }

    private static List<SheetTable> ReadDocument(SpreadsheetDocument document, string workbook, WorkbookLimits limits, List<Diagnostic> diagnostics)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook part");
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var formats = Formats(workbookPart.WorkbookStylesPart?.Stylesheet);
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (sheets.Count > limits.MaxSheets)
        {
            diagnostics.Add(DiagnosticDescriptors.SheetTooLarge.Create(new SourceLocation(workbook, 0, 0), $"the workbook has {sheets.Count} sheets, the limit is {limits.MaxSheets}"));
            return [];
        }

        var tables = new List<SheetTable>();
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var table = new SheetTable(name);
            var data = part.Worksheet?.GetFirstChild<SheetData>();
            var rows = new SortedDictionary<int, SheetCell?[]>();
            var nextRow = 1;
            foreach (var row in data?.Elements<Row>() ?? [])
            {
                var number = row.RowIndex?.Value is { } r ? (int)Math.Min(r, int.MaxValue) : nextRow;
                nextRow = number + 1;
                if (number > limits.MaxRows + 1)
                {
                    diagnostics.Add(DiagnosticDescriptors.SheetTooLarge.Create(new SourceLocation(workbook, 0, 0, 0, $"{name}!A{number.ToString(CultureInfo.InvariantCulture)}"), $"the sheet '{name}' has rows beyond {limits.MaxRows}"));
                    return [];
                }

                var cells = new List<SheetCell?>();
                var nextColumn = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : nextColumn;
                    if (column < 0 || column >= limits.MaxColumns)
                    {
                        diagnostics.Add(DiagnosticDescriptors.SheetTooLarge.Create(new SourceLocation(workbook, 0, 0, 0, $"{name}!{cell.CellReference?.Value}"), $"the sheet '{name}' has columns beyond {limits.MaxColumns}"));
                        return [];
                    }

                    nextColumn = column + 1;
                    while (cells.Count <= column)
                    {
                        cells.Add(null);
                    }

                    cells[column] = Read(cell, shared, formats);
                }

                if (!rows.TryAdd(number, [.. cells]))
                {
                    throw new InvalidDataException($"the sheet '{name}' has row {number} twice");
                }
            }

            foreach (var (number, cells) in rows)
            {
                if (number == 1)
                {
                    table.Headers.AddRange(cells.Select(c => c is null ? null : c.Text.Trim()));
                }
                else
                {
                    table.Rows.Add(new SheetRow(number, cells));
                }
            }

            tables.Add(table);
        }

        return tables;
    }

    private static SheetCell? Read(Cell cell, string[] shared, Format[] formats)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return SheetCell.OfText(Unescape(cell.InlineString is { } inline ? ItemText(inline) : value ?? string.Empty));
        }

        if (value is null)
        {
            return cell.CellFormula is not null ? new SheetCell(CellKind.Error, "=" + cell.CellFormula.Text) : null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length
                ? SheetCell.OfText(Unescape(shared[i]))
                : throw new InvalidDataException($"the cell {cell.CellReference?.Value} refers to shared string {value}, which the workbook does not have");
        }

        if (type == CellValues.String)
        {
            return SheetCell.OfText(Unescape(value));
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(CellKind.Boolean, value.Trim() is "1" or "true" ? "true" : "false");
        }

        if (type == CellValues.Error)
        {
            return new SheetCell(CellKind.Error, value);
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return new SheetCell(CellKind.Error, value);
        }

        var format = cell.StyleIndex?.Value is { } s && s < formats.Length ? formats[s] : default;
        if (format.IsDate && number is >= -657434 and < 2958466)
        {
            var date = DateTime.FromOADate(number);
            return new SheetCell(CellKind.Date, date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }

        var digits = format.Decimals is { } d
            ? number.ToString("F" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
        return new SheetCell(CellKind.Number, digits) { Decimals = format.Decimals };
    }

    /// <summary>What a cell style's number format means for reading: fixed decimals, a date, or neither (General).</summary>
    internal readonly record struct Format(int? Decimals, bool IsDate);

    private static Format[] Formats(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => FormatOf(f.NumberFormatId?.Value ?? 0, custom)).ToArray() ?? [];
    }

    private static Format FormatOf(uint id, Dictionary<uint, string> custom)
    {
        var code = custom.TryGetValue(id, out var c) ? c : id switch
        {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            >= 14 and <= 22 or >= 45 and <= 47 => "yyyy-mm-dd",
            _ => "General",
        };
        return FormatOfCode(code);
    }

    internal static Format FormatOfCode(string code)
    {
        // Only the first section (positive numbers) counts; quoted text and [colour]/[locale] parts are not format characters.
        var section = Literal().Replace(code.Split(';')[0], string.Empty);
        if (section.Length == 0 || section.Equals("General", StringComparison.OrdinalIgnoreCase) || section == "@" || section.Contains('%', StringComparison.Ordinal) || section.Contains('E', StringComparison.OrdinalIgnoreCase) && !DateCharacters().IsMatch(section))
        {
            return new Format(null, false);
        }

        if (DateCharacters().IsMatch(section))
        {
            return new Format(null, true);
        }

        var dot = section.IndexOf('.', StringComparison.Ordinal);
        if (!section.Contains('0', StringComparison.Ordinal) && !section.Contains('#', StringComparison.Ordinal))
        {
            return new Format(null, false);
        }

        var decimals = 0;
        if (dot >= 0)
        {
            for (var i = dot + 1; i < section.Length && section[i] is '0' or '#'; i++)
            {
                decimals++;
            }
        }

        return new Format(decimals, false);
    }

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.", RegexOptions.CultureInvariant)]
    private static partial Regex Literal();

    [GeneratedRegex("[dmyhsDMYHS]", RegexOptions.CultureInvariant)]
    private static partial Regex DateCharacters();

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterEscape();

    /// <summary>Decodes Open XML's <c>_xHHHH_</c> character escapes (Excel writes a carriage return as <c>_x000D_</c>).</summary>
    internal static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? CharacterEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    private static string ItemText(OpenXmlElement item)
    {
        // A string item is a plain <t> or rich-text runs <r><t>; phonetic runs (<rPh>) are not part of the text.
        var direct = item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>();
        if (direct is not null && !item.Elements<Run>().Any())
        {
            return direct.Text;
        }

        var sb = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            sb.Append(run.Text?.Text);
        }

        return sb.ToString();
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : column - 1;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
