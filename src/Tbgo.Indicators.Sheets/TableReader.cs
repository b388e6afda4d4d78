using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>
/// Turns a workbook's tables back into the catalogue's documents, in the schemas' key order. Every problem (a missing
/// sheet or column, a cell that does not fit its column, a row whose document or parent no row defines, a key
/// twice) is reported with its sheet and cell, and reading goes on, so one import reports them all.
/// </summary>
internal sealed class TableReader
{
    /// <summary>Sheets the export writes besides the tables; not reported as unknown.</summary>
    public static readonly string[] ExtraSheets = [WorkbookNames.ReadMe, WorkbookNames.Lists];

    private readonly SheetLayout _layout;
    private readonly string _workbook;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<(DefinitionKind Kind, string Key), Document> _documents = [];
    private readonly List<Document> _order = [];

    private TableReader(SheetLayout layout, string workbook, List<Diagnostic> diagnostics)
    {
        _layout = layout;
        _workbook = workbook;
        _diagnostics = diagnostics;
    }

    public static List<BuiltFile> ToDocuments(SheetLayout layout, IReadOnlyList<SheetTable> sheets, string workbook, List<Diagnostic> diagnostics)
    {
        var reader = new TableReader(layout, workbook, diagnostics);
        return reader.Read(sheets);
    }

    private List<BuiltFile> Read(IReadOnlyList<SheetTable> sheets)
    {
        var byName = new Dictionary<string, SheetTable>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            byName.TryAdd(sheet.Name, sheet);
            if (!_layout.Tables.Any(t => t.Name == sheet.Name) && !ExtraSheets.Contains(sheet.Name, StringComparer.Ordinal))
            {
                Add(DiagnosticDescriptors.SheetUnknown.Create(At(new CellRef(sheet.Name, 1, 0)), sheet.Name));
            }
        }

        var columns = new Dictionary<TableSpec, int[]>();
        foreach (var table in _layout.Tables)
        {
            if (!byName.TryGetValue(table.Name, out var sheet))
            {
                Add(DiagnosticDescriptors.SheetMissing.Create(At(new CellRef(table.Name, 1, 0)), table.Name));
                continue;
            }

            if (Columns(table, sheet) is { } map)
            {
                columns[table] = map;
            }
        }

        // Parents before children: the layout lists every table after its parent.
        foreach (var table in _layout.Tables)
        {
            if (!columns.TryGetValue(table, out var map))
            {
                continue;
            }

            var sheet = byName[table.Name];
            var rows = sheet.Rows.Where(r => !r.IsEmpty).ToList();
            if (table.IsMain && table.IsSingleDocument && rows.Count != 1)
            {
                Add(DiagnosticDescriptors.SheetOneRow.Create(At(new CellRef(table.Name, rows.Count > 1 ? rows[1].Number : 2, 0)), table.Name, table.Kind == DefinitionKind.Catalogue ? "catalogue.yaml" : "units.yaml", rows.Count));
            }

            foreach (var row in rows)
            {
                if (table.IsMain)
                {
                    MainRow(table, map, row);
                }
                else
                {
                    ChildRow(table, map, row);
                }
            }
        }

        var files = new List<BuiltFile>();
        var paths = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in _order)
        {
            Prune(document.Root);
            if (document.Path is null)
            {
                continue;
            }

            if (paths.TryGetValue(document.Path, out var first))
            {
                Add(DiagnosticDescriptors.SheetFilePath.Create(At(document.Origin), document.Path, $"row {first.Origin.Row} of the sheet '{first.Origin.Sheet}' already writes it"));
                continue;
            }

            paths[document.Path] = document;
            files.Add(new BuiltFile(document.Path, document.Kind, document.Root, document.Comment, document.Origin));
        }

        return files;
    }

    private int[]? Columns(TableSpec table, SheetTable sheet)
    {
        var map = new int[table.Headers.Length];
        Array.Fill(map, -1);
        var ok = true;
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            var header = sheet.Headers[c];
            if (string.IsNullOrEmpty(header))
            {
                if (sheet.Rows.Any(r => r[c] is { } cell && !(cell.Kind == CellKind.Text && cell.Text.Length == 0)))
                {
                    Add(DiagnosticDescriptors.SheetColumnUnknown.Create(At(new CellRef(sheet.Name, 1, c)), "(empty header)", sheet.Name));
                    ok = false;
                }

                continue;
            }

            var index = table.Headers.IndexOf(header);
            if (index < 0)
            {
                Add(DiagnosticDescriptors.SheetColumnUnknown.Create(At(new CellRef(sheet.Name, 1, c)), header, sheet.Name));
                ok = false;
            }
            else if (map[index] >= 0)
            {
                Add(DiagnosticDescriptors.SheetColumnDuplicate.Create(At(new CellRef(sheet.Name, 1, c)), header, sheet.Name, CellRef.ColumnName(map[index])));
                ok = false;
            }
            else
            {
                map[index] = c;
            }
        }

        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] < 0)
            {
                Add(DiagnosticDescriptors.SheetColumnMissing.Create(At(new CellRef(sheet.Name, 1, sheet.Headers.Count)), table.Headers[i], sheet.Name));
                ok = false;
            }
        }

        return ok ? map : null;
    }

    private void MainRow(TableSpec table, int[] map, SheetRow row)
    {
        var origin = new CellRef(table.Name, row.Number, FirstCell(row));
        var root = new DMap { Origin = origin };
        FillRow(table, map, row, root);
        string? key;
        string? path;
        if (table.IsSingleDocument)
        {
            key = table.Kind.ToString();
            path = SheetLayout.ConventionalPath(table.Kind, null, null, null);
        }
        else
        {
            var fileColumn = map[table.Headers.IndexOf(SheetLayout.FileHeader)];
            var fileCell = row[fileColumn];
            var fileText = fileCell is { Kind: CellKind.Text } f && f.Text.Trim().Length > 0 ? f.Text.Trim() : null;
            var id = Text(root[SheetLayout.IdProperty]);
            key = table.Kind == DefinitionKind.Sources ? fileText : id;
            path = fileText ?? SheetLayout.ConventionalPath(table.Kind, id, Text(root["pillar"]), Text(root["theme"]));
            if (key is null)
            {
                var header = table.Kind == DefinitionKind.Sources ? SheetLayout.FileHeader : SheetLayout.IdProperty;
                Add(DiagnosticDescriptors.SheetKeyMissing.Create(At(origin with { Column = map[table.Headers.IndexOf(header)] }), header, "file"));
                return;
            }

            var at = new CellRef(table.Name, row.Number, fileColumn);
            if (path is null)
            {
                Add(DiagnosticDescriptors.SheetFilePath.Create(At(at), string.Empty, "it is empty, and the row lacks what the usual place is made of (id, pillar, theme)"));
            }
            else if (PathProblem(path, table.Kind) is { } problem)
            {
                Add(DiagnosticDescriptors.SheetFilePath.Create(At(at), path, problem));
                path = null;
            }
        }

        if (_documents.TryGetValue((table.Kind, key), out var existing))
        {
            Add(DiagnosticDescriptors.SheetKeyDuplicate.Create(At(origin), key, table.Name, existing.Origin.Row));
            return;
        }

        var commentColumn = map[table.Headers.IndexOf(SheetLayout.CommentHeader)];
        var comment = row[commentColumn] is { Kind: CellKind.Text } c && c.Text.Length > 0 ? c.Text.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        var document = new Document(table.Kind, key, path, root, comment, origin);
        _documents[(table.Kind, key)] = document;
        _order.Add(document);
        document.Rows[table] = new Dictionary<int, DMap> { [0] = root };
    }

    private void ChildRow(TableSpec table, int[] map, SheetRow row)
    {
        var origin = new CellRef(table.Name, row.Number, FirstCell(row));
        Document? document;
        if (table.DocumentKeyHeader is { } keyHeader)
        {
            var keyColumn = map[table.Headers.IndexOf(keyHeader)];
            var key = row[keyColumn] is { } k && k.Text.Trim().Length > 0 ? k.Text.Trim() : null;
            if (key is null)
            {
                Add(DiagnosticDescriptors.SheetKeyMissing.Create(At(origin with { Column = keyColumn }), keyHeader, What(table.Kind)));
                return;
            }

            if (!_documents.TryGetValue((table.Kind, key), out document))
            {
                Add(DiagnosticDescriptors.SheetParentMissing.Create(At(origin with { Column = keyColumn }), What(table.Kind), key, _layout.MainTableOf(table.Kind).Name));
                return;
            }
        }
        else
        {
            document = _order.FirstOrDefault(d => d.Kind == table.Kind);
            if (document is null)
            {
                Add(DiagnosticDescriptors.SheetParentMissing.Create(At(origin), "the file", table.Kind == DefinitionKind.Catalogue ? "catalogue.yaml" : "units.yaml", _layout.MainTableOf(table.Kind).Name));
                return;
            }
        }

        var parentIndex = 0;
        if (table.Parent is { IsMain: false })
        {
            var column = map[table.Headers.IndexOf(table.ParentIndexHeader!)];
            if (Index(table, row, column, table.ParentIndexHeader!) is not { } p)
            {
                return;
            }

            if (!document.Rows.TryGetValue(table.Parent, out var parents) || !parents.ContainsKey(p))
            {
                Add(DiagnosticDescriptors.SheetParentMissing.Create(At(origin with { Column = column }), $"row # {p.ToString(CultureInfo.InvariantCulture)} of", document.Key, table.Parent.Name));
                return;
            }

            parentIndex = p;
        }

        var parent = document.Rows[table.Parent!][parentIndex];
        var element = new DMap { Origin = origin };
        if (table.HasIndex)
        {
            var column = map[table.Headers.IndexOf(SheetLayout.IndexHeader)];
            if (Index(table, row, column, SheetLayout.IndexHeader) is not { } index)
            {
                return;
            }

            var own = document.Rows.TryGetValue(table, out var r) ? r : document.Rows[table] = [];
            if (own.ContainsKey(index))
            {
                Add(DiagnosticDescriptors.SheetKeyDuplicate.Create(At(origin with { Column = column }), $"{document.Key} # {index.ToString(CultureInfo.InvariantCulture)}", table.Name, own[index].Origin!.Value.Row));
                return;
            }

            own[index] = element;
        }

        FillRow(table, map, row, element);
        var list = ListAt(parent, table.PathFromParent, origin);
        list.Items.Add(element);
    }

    private int? Index(TableSpec table, SheetRow row, int column, string header)
    {
        var at = new CellRef(table.Name, row.Number, column);
        var cell = row[column];
        if (cell is null || (cell.Kind == CellKind.Text && cell.Text.Trim().Length == 0))
        {
            Add(DiagnosticDescriptors.SheetKeyMissing.Create(At(at), header, "row"));
            return null;
        }

        if (cell.Kind is CellKind.Number or CellKind.Text && int.TryParse(cell.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        if (cell.Kind == CellKind.Number && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 && d < int.MaxValue && d == Math.Floor(d))
        {
            return (int)d;
        }

        Add(DiagnosticDescriptors.SheetCellType.Create(At(at), header, "a whole number from 1", cell.Text));
        return null;
    }

    /// <summary>Sets the row's values on <paramref name="target"/> in schema order, with an empty list where each child table's rows go.</summary>
    private void FillRow(TableSpec table, int[] map, SheetRow row, DMap target)
    {
        foreach (var (column, child) in table.Members)
        {
            if (column is not null)
            {
                var c = map[table.Headers.IndexOf(column.Header)];
                var at = new CellRef(table.Name, row.Number, c);
                if (row[c] is { } cell && Value(column, cell, at) is { } value)
                {
                    Parent(target, column.Path, at).Add(column.Path[^1], value);
                }
            }
            else
            {
                ListAt(target, child!.PathFromParent, target.Origin!.Value);
            }
        }
    }

    private static DMap Parent(DMap root, IReadOnlyList<string> path, CellRef origin)
    {
        var map = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            map = map.GetOrAddMap(path[i], origin);
        }

        return map;
    }

    private static DList ListAt(DMap root, IReadOnlyList<string> path, CellRef origin)
    {
        var parent = Parent(root, path, origin);
        if (parent[path[^1]] is DList existing)
        {
            return existing;
        }

        var list = new DList { Origin = origin };
        parent.Add(path[^1], list);
        return list;
    }

    /// <summary>Drops the empty lists left for child tables without rows, and the mappings left empty by that.</summary>
    private static bool Prune(DNode node)
    {
        switch (node)
        {
            case DMap map:
                map.Entries.RemoveAll(e => e.Value is DMap or DList && Prune(e.Value));
                return map.Entries.Count == 0;
            case DList list:
                foreach (var item in list.Items)
                {
                    Prune(item);
                }

                return list.Items.Count == 0;
            default:
                return false;
        }
    }

    /// <summary>The value of a non-empty cell for its column, or null (with a diagnostic when the cell does not fit).</summary>
    private DNode? Value(ColumnSpec column, SheetCell cell, CellRef at)
    {
        if (cell.Kind == CellKind.Text && cell.Text.Length == 0)
        {
            return null;
        }

        if (cell.Kind == CellKind.Error)
        {
            Add(DiagnosticDescriptors.SheetCellError.Create(At(at), cell.Text));
            return null;
        }

        switch (column.Type)
        {
            case ColumnType.String:
                switch (cell.Kind)
                {
                    case CellKind.Text:
                        return new DScalar(cell.Text, DScalarKind.String) { Origin = at };
                    case CellKind.Date when column.IsDate:
                        return new DScalar(cell.Text, DScalarKind.String) { Origin = at };
                    case CellKind.Number or CellKind.Date:
                        Add(DiagnosticDescriptors.SheetNumberAsText.Create(At(at), column.Header, cell.Text));
                        return new DScalar(cell.Text, DScalarKind.String) { Origin = at };
                    default:
                        return Wrong(column, cell, at);
                }

            case ColumnType.Number or ColumnType.Integer:
            {
                var text = cell.Kind is CellKind.Number or CellKind.Text ? cell.Text.Trim() : null;
                var kind = text is null ? ScalarKind.String : YScalar.Resolve(text);
                return kind == ScalarKind.Integer || (kind == ScalarKind.Float && column.Type == ColumnType.Number)
                    ? new DScalar(text!, DScalarKind.Number) { Origin = at }
                    : Wrong(column, cell, at);
            }

            case ColumnType.Boolean:
                return cell.Kind is CellKind.Boolean or CellKind.Text && cell.Text.Trim().ToLowerInvariant() is "true" or "false"
                    ? new DScalar(cell.Text.Trim().ToLowerInvariant(), DScalarKind.Boolean) { Origin = at }
                    : Wrong(column, cell, at);
            case ColumnType.StringList or ColumnType.NumberList:
            {
                if (cell.Kind is not (CellKind.Text or CellKind.Number))
                {
                    return Wrong(column, cell, at);
                }

                var list = new DList { Origin = at };
                foreach (var line in Lines(cell.Text))
                {
                    if (column.Type == ColumnType.NumberList)
                    {
                        if (YScalar.Resolve(line) is not (ScalarKind.Integer or ScalarKind.Float))
                        {
                            Add(DiagnosticDescriptors.SheetCellType.Create(At(at), column.Header, "a list of numbers, one per line", line));
                            return null;
                        }

                        list.Items.Add(new DScalar(line, DScalarKind.Number) { Origin = at });
                    }
                    else
                    {
                        list.Items.Add(new DScalar(line, DScalarKind.String) { Origin = at });
                    }
                }

                return list.Items.Count == 0 ? null : list;
            }

            case ColumnType.Map:
            {
                if (cell.Kind != CellKind.Text)
                {
                    return Wrong(column, cell, at);
                }

                var map = new DMap { Origin = at };
                foreach (var line in Lines(cell.Text))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var name = colon > 0 ? line[..colon].Trim() : string.Empty;
                    var value = colon > 0 ? line[(colon + 1)..].Trim() : string.Empty;
                    if (name.Length == 0 || value.Length == 0)
                    {
                        Add(DiagnosticDescriptors.SheetCellType.Create(At(at), column.Header, "one 'name: text' per line", line));
                        return null;
                    }

                    if (map[name] is not null)
                    {
                        Add(DiagnosticDescriptors.SheetKeyDuplicate.Create(At(at), name, at.Sheet, at.Row));
                        return null;
                    }

                    map.Add(name, new DScalar(value, DScalarKind.String) { Origin = at });
                }

                return map.Entries.Count == 0 ? null : map;
            }

            default:
                return Wrong(column, cell, at);
        }
    }

    private DNode? Wrong(ColumnSpec column, SheetCell cell, CellRef at)
    {
        var expected = TableWriter.Expected(column.Type);
        var hint = column.Type is ColumnType.Number or ColumnType.Integer && cell.Text.Contains(',', StringComparison.Ordinal)
            ? "Numbers are read in invariant notation: a decimal point, no thousands separator (0.8, not 0,8)."
            : null;
        var text = cell.Kind == CellKind.Boolean ? cell.Text.ToUpperInvariant() : cell.Text;
        _diagnostics.Add(hint is null
            ? DiagnosticDescriptors.SheetCellType.Create(At(at), column.Header, expected, text)
            : DiagnosticDescriptors.SheetCellType.CreateWithHint(At(at), hint, column.Header, expected, text));
        return null;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0);

    private static string? PathProblem(string path, DefinitionKind kind)
    {
        if (path.Contains('\\', StringComparison.Ordinal) || path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            return "use a relative path with '/' (frameworks/bbl.yaml)";
        }

        var parts = path.Split('/');
        if (parts.Any(p => p.Length == 0 || p == "." || p == ".." || p.Any(c => char.IsControl(c) || c is '<' or '>' or '"' or '|' or '?' or '*')))
        {
            return "a part of it is empty, '.', '..' or holds a character a file name cannot";
        }

        var classified = CatalogueLoader.Classify(path);
        return classified == kind ? null : $"a file at that place would be read as {(classified == DefinitionKind.Unknown ? "no definition" : What(classified))}, not as {What(kind)}";
    }

    private static string What(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Indicator => "the indicator",
        DefinitionKind.Framework => "the framework",
        DefinitionKind.FactorSet => "the factor set",
        DefinitionKind.Sources => "the sources file",
        DefinitionKind.Catalogue => "the catalogue file",
        _ => "the units file",
    };

    private static string? Text(DNode? node) => node is DScalar { Kind: DScalarKind.String } s ? s.Text : null;

    private static int FirstCell(SheetRow row)
    {
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (row.Cells[i] is not null)
            {
                return i;
            }
        }

        return 0;
    }

    private SourceLocation At(CellRef cell) => new(_workbook, 0, 0, 0, cell.ToString());

    private void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    private sealed class Document(DefinitionKind kind, string key, string? path, DMap root, string? comment, CellRef origin)
    {
        public DefinitionKind Kind { get; } = kind;

        public string Key { get; } = key;

        public string? Path { get; } = path;

        public DMap Root { get; } = root;

        public string? Comment { get; } = comment;

        public CellRef Origin { get; } = origin;

        /// <summary>The element maps of this document per table, by their <c>#</c> (0 for the main row).</summary>
        public Dictionary<TableSpec, Dictionary<int, DMap>> Rows { get; } = [];
    }
}

/// <summary>Names of the workbook's extra sheets.</summary>
internal static class WorkbookNames
{
    public const string ReadMe = "README";
    public const string Lists = "lists";
}
