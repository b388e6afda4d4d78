using System.Collections.Immutable;
using System.Text.Json;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Sheets;

/// <summary>What a column holds, and so how a cell is read and written.</summary>
internal enum ColumnType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A number (kept with the digits it was written with).</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of texts, one per line of the cell.</summary>
    StringList,

    /// <summary>A list of numbers, one per line of the cell.</summary>
    NumberList,

    /// <summary>A map of names to texts, one <c>name: value</c> per line of the cell.</summary>
    Map,
}

/// <summary>One column of a table: a scalar, list or map property somewhere below the table's row object.</summary>
internal sealed record ColumnSpec(string Header, ImmutableArray<string> Path, ColumnType Type, ImmutableArray<string> Enum, bool Required, string? Description)
{
    /// <summary>Whether the schema asks for an ISO date (yyyy-mm-dd) here, so a date typed in a spreadsheet is read as one.</summary>
    public bool IsDate { get; init; }
}

/// <summary>
/// A sheet of the workbook: the documents of one kind (a row per file), or the elements of one array of objects in
/// them (a row per element), with its place in the document and its columns.
/// </summary>
internal sealed class TableSpec
{
    public required string Name { get; init; }

    public required DefinitionKind Kind { get; init; }

    /// <summary>The table whose rows hold this table's arrays; null for a kind's main table.</summary>
    public TableSpec? Parent { get; init; }

    /// <summary>Object path from the parent's row object to the array whose elements are this table's rows (empty for a main table).</summary>
    public ImmutableArray<string> PathFromParent { get; init; } = [];

    public List<ColumnSpec> Columns { get; } = [];

    public List<TableSpec> Children { get; } = [];

    /// <summary>The columns and child tables in schema order, so a document built from rows keeps the schema's key order.</summary>
    public List<(ColumnSpec? Column, TableSpec? Child)> Members { get; } = [];

    /// <summary>How deep below its main table this table is: 0 for a main table.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>A main table: one row per file.</summary>
    public bool IsMain => Parent is null;

    /// <summary>The kind holds exactly one file (catalogue.yaml, units.yaml): no key column.</summary>
    public bool IsSingleDocument => Kind is DefinitionKind.Catalogue or DefinitionKind.Units;

    /// <summary>Whether rows of this child table carry a <c>#</c> column (their 1-based place), because tables below refer to it.</summary>
    public bool HasIndex => !IsMain && Children.Count > 0;

    /// <summary>The header of the column in a child table that names the document: <c>indicator</c>, <c>framework</c>, <c>file</c>, ...; null for single-document kinds.</summary>
    public string? DocumentKeyHeader => IsSingleDocument ? null : Kind switch
    {
        DefinitionKind.Indicator => "indicator",
        DefinitionKind.Framework => "framework",
        DefinitionKind.FactorSet => "factorSet",
        _ => SheetLayout.FileHeader,
    };

    /// <summary>The header of the column of a grandchild table naming the parent row's <c>#</c>, e.g. <c>measurement</c>.</summary>
    public string? ParentIndexHeader { get; init; }

    /// <summary>The headers of this table in order: keys first, then the data columns, then (main tables) file and comment.</summary>
    public ImmutableArray<string> Headers { get; set; } = [];

    public override string ToString() => Name;
}

/// <summary>
/// The workbook's layout, derived from the definition schemas: every object property becomes a column
/// (<c>name.nl</c>, <c>source.ref</c>), every array of objects a sheet of its own whose rows name their document
/// (and, two levels down, their parent row), arrays of scalars and free maps a cell with one entry per line.
/// </summary>
internal sealed class SheetLayout
{
    public const string FileHeader = "file";
    public const string CommentHeader = "comment";
    public const string IndexHeader = "#";
    public const string IdProperty = "id";

    // Sheet names for the arrays of the schemas (Excel allows 31 characters); a test checks that every array has one.
    private static readonly Dictionary<string, string> SheetNames = new(StringComparer.Ordinal)
    {
        ["catalogue"] = "catalogue",
        ["catalogue/pillars"] = "pillars",
        ["catalogue/themes"] = "themes",
        ["catalogue/buildingTypes"] = "building-types",
        ["catalogue/changelog"] = "changelog",
        ["units"] = "units-file",
        ["units/dimensions"] = "dimensions",
        ["units/units"] = "units",
        ["units/qualifiers"] = "qualifiers",
        ["units/quantities"] = "quantities",
        ["sources"] = "source-files",
        ["sources/sources"] = "sources",
        ["framework"] = "frameworks",
        ["framework/items"] = "framework-items",
        ["factor-set"] = "factor-sets",
        ["factor-set/factors"] = "factors",
        ["indicator"] = "indicators",
        ["indicator/categories"] = "categories",
        ["indicator/applicability"] = "applicability",
        ["indicator/formula.inputs"] = "formula-inputs",
        ["indicator/mappings"] = "mappings",
        ["indicator/limitValues"] = "limits",
        ["indicator/referenceMeasurements"] = "reference-measurements",
        ["indicator/referenceMeasurements/percentiles"] = "percentiles",
        ["indicator/sources"] = "indicator-sources",
        ["indicator/examples"] = "examples",
    };

    private static readonly Dictionary<string, string> ParentIndexHeaders = new(StringComparer.Ordinal)
    {
        ["indicator/referenceMeasurements/percentiles"] = "measurement",
    };

    private static readonly (DefinitionKind Kind, string Schema, string Key)[] Kinds =
    [
        (DefinitionKind.Catalogue, "catalogue.schema.json", "catalogue"),
        (DefinitionKind.Indicator, "indicator.schema.json", "indicator"),
        (DefinitionKind.Framework, "framework.schema.json", "framework"),
        (DefinitionKind.FactorSet, "factor-set.schema.json", "factor-set"),
        (DefinitionKind.Sources, "sources.schema.json", "sources"),
        (DefinitionKind.Units, "units.schema.json", "units"),
    ];

    private static readonly Lazy<SheetLayout> DefaultLayout = new(() => Build(name => EmbeddedData.ReadSchema(name)));

    private SheetLayout(ImmutableArray<TableSpec> mainTables)
    {
        MainTables = mainTables;
        var all = new List<TableSpec>();
        foreach (var main in mainTables)
        {
            Collect(main, all);
        }

        Tables = [.. all];
    }

    /// <summary>The layout of the schemas embedded in the library.</summary>
    public static SheetLayout Default => DefaultLayout.Value;

    /// <summary>One main table per kind of file, in workbook order.</summary>
    public ImmutableArray<TableSpec> MainTables { get; }

    /// <summary>Every table, parents before children, in workbook order.</summary>
    public ImmutableArray<TableSpec> Tables { get; }

    public TableSpec MainTableOf(DefinitionKind kind) => MainTables.First(t => t.Kind == kind);

    /// <summary>The conventional path of a file from its kind and content (used when a row leaves <c>file</c> empty).</summary>
    public static string? ConventionalPath(DefinitionKind kind, string? id, string? pillar, string? theme) => kind switch
    {
        DefinitionKind.Catalogue => "catalogue.yaml",
        DefinitionKind.Units => "units.yaml",
        DefinitionKind.Framework when id is not null => $"frameworks/{id}.yaml",
        DefinitionKind.FactorSet when id is not null => $"factor-sets/{id}.yaml",
        DefinitionKind.Indicator when id is not null && pillar is not null && theme is not null => $"{pillar}/{theme}/{id}.yaml",
        _ => null,
    };

    internal static SheetLayout Build(Func<string, string> readSchema)
    {
        var mains = new List<TableSpec>();
        foreach (var (kind, schemaName, key) in Kinds)
        {
            using var doc = JsonDocument.Parse(readSchema(schemaName));
            var root = doc.RootElement;
            var definitions = root.TryGetProperty("definitions", out var d) ? d : default;
            var main = new TableSpec { Name = NameFor(key), Kind = kind };
            var builder = new Builder(definitions, key);
            builder.AddColumns(main, root, [], key);
            mains.Add(main);
        }

        foreach (var main in mains)
        {
            AssignHeaders(main);
        }

        return new SheetLayout([.. mains]);
    }

    private static void AssignHeaders(TableSpec table)
    {
        var headers = new List<string>();
        if (!table.IsMain)
        {
            if (table.DocumentKeyHeader is { } docKey)
            {
                headers.Add(docKey);
            }

            if (table.Parent is { IsMain: false })
            {
                headers.Add(table.ParentIndexHeader!);
            }

            if (table.HasIndex)
            {
                headers.Add(IndexHeader);
            }
        }

        headers.AddRange(table.Columns.Select(c => c.Header));
        if (table.IsMain)
        {
            if (!table.IsSingleDocument)
            {
                headers.Add(FileHeader);
            }

            headers.Add(CommentHeader);
        }

        table.Headers = [.. headers];
        foreach (var child in table.Children)
        {
            AssignHeaders(child);
        }
    }

    private static void Collect(TableSpec table, List<TableSpec> into)
    {
        into.Add(table);
        foreach (var child in table.Children)
        {
            Collect(child, into);
        }
    }

    private static string NameFor(string key) =>
        SheetNames.TryGetValue(key, out var name) ? name : throw new InvalidOperationException($"The schema array '{key}' has no sheet name; add one to SheetLayout.SheetNames.");

    private sealed class Builder(JsonElement definitions, string kindKey)
    {
        private int _depth;

        /// <summary>Adds the columns of an object schema to a table; <paramref name="prefix"/> is the path from the table's row object.</summary>
        public void AddColumns(TableSpec table, JsonElement schema, ImmutableArray<string> prefix, string tableKey)
        {
            if (++_depth > 20)
            {
                throw new InvalidOperationException($"The schema nests too deep for a sheet layout at '{tableKey}'.");
            }

            schema = Resolve(schema);
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    var path = prefix.Add(property.Name);
                    var header = string.Join('.', path);
                    var p = Resolve(property.Value);
                    var type = TypeOf(p);
                    switch (type)
                    {
                        case "object" when p.TryGetProperty("properties", out _):
                            AddColumns(table, p, path, tableKey);
                            break;
                        case "object":
                            AddColumn(table, new ColumnSpec(header, path, ColumnType.Map, [], required.Contains(property.Name), DescriptionOf(p)));
                            break;
                        case "array":
                            var items = p.TryGetProperty("items", out var it) ? Resolve(it) : default;
                            var itemType = items.ValueKind == JsonValueKind.Object ? TypeOf(items) : "string";
                            if (itemType == "object")
                            {
                                var childKey = (table.IsMain ? kindKey : tableKey) + "/" + header;
                                var child = new TableSpec
                                {
                                    Name = NameFor(childKey),
                                    Kind = table.Kind,
                                    Parent = table,
                                    PathFromParent = path,
                                    ParentIndexHeader = table.IsMain ? null : ParentIndexHeaders.GetValueOrDefault(childKey, table.Name + "#"),
                                };
                                if (child.Depth > 2)
                                {
                                    throw new InvalidOperationException($"The schema array '{childKey}' is nested deeper than a sheet layout carries (two levels).");
                                }

                                AddColumns(child, items, [], childKey);
                                table.Children.Add(child);
                                table.Members.Add((null, child));
                            }
                            else
                            {
                                var listType = itemType is "number" or "integer" ? ColumnType.NumberList : ColumnType.StringList;
                                AddColumn(table, new ColumnSpec(header, path, listType, EnumOf(items), required.Contains(property.Name), DescriptionOf(p)));
                            }

                            break;
                        default:
                            var columnType = type switch
                            {
                                "number" => ColumnType.Number,
                                "integer" => ColumnType.Integer,
                                "boolean" => ColumnType.Boolean,
                                _ => ColumnType.String,
                            };
                            AddColumn(table, new ColumnSpec(header, path, columnType, EnumOf(p), required.Contains(property.Name), DescriptionOf(p))
                            {
                                IsDate = IsDateSchema(p),
                            });
                            break;
                    }
                }
            }

            _depth--;
        }

        private static void AddColumn(TableSpec table, ColumnSpec column)
        {
            table.Columns.Add(column);
            table.Members.Add((column, null));
        }

        private JsonElement Resolve(JsonElement schema)
        {
            for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); i++)
            {
                var name = reference.GetString()!;
                const string Prefix = "#/definitions/";
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || definitions.ValueKind != JsonValueKind.Object || !definitions.TryGetProperty(name[Prefix.Length..], out var target))
                {
                    throw new InvalidOperationException($"The schema reference '{name}' cannot be resolved for the sheet layout.");
                }

                schema = target;
            }

            return schema;
        }

        private static string TypeOf(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return "string";
            }

            if (schema.TryGetProperty("type", out var type))
            {
                return type.ValueKind == JsonValueKind.String ? type.GetString()! : type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null");
            }

            if (schema.TryGetProperty("properties", out _))
            {
                return "object";
            }

            return schema.TryGetProperty("enum", out _) ? "string" : "string";
        }

        private static ImmutableArray<string> EnumOf(JsonElement schema) =>
            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
                ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
                : [];

        private static string? DescriptionOf(JsonElement schema) =>
            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

        private static bool IsDateSchema(JsonElement schema) =>
            schema.ValueKind == JsonValueKind.Object
            && ((schema.TryGetProperty("format", out var f) && f.GetString() == "date")
                || (schema.TryGetProperty("pattern", out var p) && p.GetString() is { } pattern && pattern.Contains("[0-9]{4}-[0-9]{2}-[0-9]{2}", StringComparison.Ordinal)));
    }
}
