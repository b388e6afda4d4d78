using System.Globalization;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>
/// Turns the catalogue's documents into the workbook's tables: a row per file in its kind's main table, a row per
/// element of each array of objects in that array's table. A value a cell cannot carry exactly is a TBGO1115
/// problem at its place in the YAML; the caller exports nothing then.
/// </summary>
internal static partial class TableWriter
{
    /// <summary>The longest text an Excel cell holds.</summary>
    public const int MaxCellText = 32_767;

    public static Dictionary<TableSpec, SheetTable> ToTables(SheetLayout layout, IReadOnlyList<CatalogueFile> files, List<Diagnostic> problems)
    {
        var tables = layout.Tables.ToDictionary(t => t, t => NewTable(t));
        foreach (var file in files.OrderBy(f => f.Kind).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            var main = layout.MainTableOf(file.Kind);
            var key = DocumentKey(file);
            var writer = new FileWriter(file, tables, problems);
            var cells = writer.Row(main, file.Root, string.Empty, key, parentIndex: null, index: null);
            if (!main.IsSingleDocument)
            {
                cells[main.Headers.IndexOf(SheetLayout.FileHeader)] = SheetCell.OfText(file.Path);
            }

            if (file.Comment is { } comment)
            {
                cells[main.Headers.IndexOf(SheetLayout.CommentHeader)] = SheetCell.OfText(comment);
            }

            tables[main].Rows.Insert(tables[main].Rows.Count, new SheetRow(tables[main].Rows.Count + 2, cells));
        }

        return tables;
    }

    /// <summary>What the rows of a file's child tables name it by: its id, or (sources files) its path.</summary>
    public static string DocumentKey(CatalogueFile file) => file.Kind switch
    {
        DefinitionKind.Indicator or DefinitionKind.Framework or DefinitionKind.FactorSet => (file.Root[SheetLayout.IdProperty] as YScalar)?.Value ?? file.Path,
        _ => file.Path,
    };

    private static SheetTable NewTable(TableSpec spec)
    {
        var table = new SheetTable(spec.Name);
        table.Headers.AddRange(spec.Headers);
        return table;
    }

    /// <summary>A number whose digits a numeric cell with a fixed-decimals format shows exactly: 12, -0.5, 1.80.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    /// <summary>A cell for a number: numeric with as many decimals as written when that shows the same digits, else its text.</summary>
    public static SheetCell NumberCell(string text)
    {
        if (PlainNumber().IsMatch(text))
        {
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : text.Length - dot - 1;
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == text)
            {
                return new SheetCell(CellKind.Number, text) { Decimals = decimals };
            }
        }

        return SheetCell.OfText(text);
    }

    private sealed class FileWriter(CatalogueFile file, Dictionary<TableSpec, SheetTable> tables, List<Diagnostic> problems)
    {
        /// <summary>The cells of one row of <paramref name="table"/> for <paramref name="obj"/>; rows of its child tables are added as found.</summary>
        public SheetCell?[] Row(TableSpec table, YMapping obj, string pointer, string key, int? parentIndex, int? index)
        {
            var cells = new SheetCell?[table.Headers.Length];
            if (!table.IsMain)
            {
                if (table.DocumentKeyHeader is { } docKey)
                {
                    cells[table.Headers.IndexOf(docKey)] = SheetCell.OfText(key);
                }

                if (table.Parent is { IsMain: false })
                {
                    cells[table.Headers.IndexOf(table.ParentIndexHeader!)] = new SheetCell(CellKind.Number, parentIndex!.Value.ToString(CultureInfo.InvariantCulture)) { Decimals = 0 };
                }

                if (table.HasIndex)
                {
                    cells[table.Headers.IndexOf(SheetLayout.IndexHeader)] = new SheetCell(CellKind.Number, index!.Value.ToString(CultureInfo.InvariantCulture)) { Decimals = 0 };
                }
            }

            foreach (var (column, child) in table.Members)
            {
                if (column is not null)
                {
                    if (ValueAt(obj, column.Path, out var at) is { } node)
                    {
                        cells[table.Headers.IndexOf(column.Header)] = Cell(column, node, pointer + at);
                    }
                }
                else if (ValueAt(obj, child!.PathFromParent, out var at) is { } node)
                {
                    if (node is not YSequence sequence || sequence.Items.Count == 0)
                    {
                        Problem(node, pointer + at, node is YSequence ? "an empty list has no rows to carry it" : "a sheet of rows expects a list here");
                        continue;
                    }

                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        var itemPointer = pointer + at + "/" + i.ToString(CultureInfo.InvariantCulture);
                        if (sequence.Items[i] is not YMapping item)
                        {
                            Problem(sequence.Items[i], itemPointer, "a row of the sheet '" + child.Name + "' expects a mapping here");
                            continue;
                        }

                        var rowCells = Row(child, item, itemPointer, key, table.IsMain ? null : index, i + 1);
                        var rows = tables[child].Rows;
                        rows.Add(new SheetRow(rows.Count + 2, rowCells));
                    }
                }
            }

            return cells;
        }

        private static YNode? ValueAt(YMapping obj, IReadOnlyList<string> path, out string pointer)
        {
            pointer = string.Empty;
            YNode? node = obj;
            foreach (var name in path)
            {
                if (node is not YMapping map || map[name] is not { } next)
                {
                    return null;
                }

                pointer += "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                node = next;
            }

            return node;
        }

        private SheetCell? Cell(ColumnSpec column, YNode node, string pointer)
        {
            switch (column.Type)
            {
                case ColumnType.String when node is YScalar { Kind: ScalarKind.String } s:
                    return Text(s, pointer, s.Value);
                case ColumnType.Number or ColumnType.Integer when node is YScalar { Kind: ScalarKind.Integer or ScalarKind.Float } s:
                    return NumberCell(s.Value);
                case ColumnType.Boolean when node is YScalar { Kind: ScalarKind.Boolean } s:
                    return new SheetCell(CellKind.Boolean, s.Value.ToLowerInvariant());
                case ColumnType.StringList or ColumnType.NumberList when node is YSequence sequence:
                {
                    if (sequence.Items.Count == 0)
                    {
                        Problem(node, pointer, "an empty list reads back as no list");
                        return null;
                    }

                    var lines = new List<string>();
                    foreach (var item in sequence.Items)
                    {
                        var wanted = column.Type == ColumnType.StringList ? item is YScalar { Kind: ScalarKind.String } : item is YScalar { Kind: ScalarKind.Integer or ScalarKind.Float };
                        if (!wanted || item is not YScalar scalar)
                        {
                            Problem(item, item.Pointer, column.Type == ColumnType.StringList ? "a list item of this column must be a text" : "a list item of this column must be a number");
                            return null;
                        }

                        if (scalar.Value.Length == 0 || scalar.Value.Contains('\n', StringComparison.Ordinal) || scalar.Value.Contains('\r', StringComparison.Ordinal) || scalar.Value.Trim().Length != scalar.Value.Length)
                        {
                            Problem(item, item.Pointer, "a list item that is empty, has a line break or starts or ends with a space cannot be one line of a cell");
                            return null;
                        }

                        lines.Add(scalar.Value);
                    }

                    return Text(node, pointer, string.Join('\n', lines));
                }

                case ColumnType.Map when node is YMapping map:
                {
                    if (map.Entries.Count == 0)
                    {
                        Problem(node, pointer, "an empty mapping reads back as no mapping");
                        return null;
                    }

                    var lines = new List<string>();
                    foreach (var (k, v) in map.Entries)
                    {
                        if (v is not YScalar { Kind: ScalarKind.String } value || k.Value.Length == 0 || k.Value.Contains(':', StringComparison.Ordinal)
                            || k.Value.Trim().Length != k.Value.Length || value.Value.Trim().Length != value.Value.Length || value.Value.Length == 0
                            || k.Value.Contains('\n', StringComparison.Ordinal) || value.Value.Contains('\n', StringComparison.Ordinal))
                        {
                            Problem(v, v.Pointer, "an entry of this mapping must be one 'name: text' line (no ':' in the name, no line break, no empty text)");
                            return null;
                        }

                        lines.Add(k.Value + ": " + value.Value);
                    }

                    return Text(node, pointer, string.Join('\n', lines));
                }

                default:
                    Problem(node, pointer, $"the column '{column.Header}' expects {Expected(column.Type)}");
                    return null;
            }
        }

        private SheetCell? Text(YNode node, string pointer, string text)
        {
            if (text.Length == 0)
            {
                Problem(node, pointer, "an empty text reads back as no value");
                return null;
            }

            if (text.Length > MaxCellText)
            {
                Problem(node, pointer, $"a cell holds at most {MaxCellText} characters");
                return null;
            }

            return SheetCell.OfText(text);
        }

        private void Problem(YNode node, string pointer, string reason) =>
            problems.Add(DiagnosticDescriptors.SheetNotRepresentable.Create(SourceLocation.InFile(file.Path, node.Line, node.Column, pointer), pointer.Length == 0 ? "/" : pointer, reason));
    }

    public static string Expected(ColumnType type) => type switch
    {
        ColumnType.Number => "a number",
        ColumnType.Integer => "a whole number",
        ColumnType.Boolean => "true or false",
        ColumnType.StringList => "a list of texts",
        ColumnType.NumberList => "a list of numbers",
        ColumnType.Map => "a mapping of names to texts",
        _ => "a text",
    };
}
