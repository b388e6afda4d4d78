using System.Collections.Immutable;
using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>The outcome of an export: the workbook (null when anything stood in the way) and every problem found.</summary>
internal sealed record WorkbookExport(byte[]? Workbook, ImmutableArray<Diagnostic> Diagnostics, int Files);

/// <summary>A YAML file written by an import, relative to the catalogue folder.</summary>
internal sealed record ImportedFile(string Path, string Text)
{
    /// <summary>The file was in the catalogue being replaced with the same content, and keeps its text as it was.</summary>
    public bool Unchanged { get; init; }
}

/// <summary>
/// The outcome of an import: the YAML files (empty when anything is an error: nothing is half-written), every problem
/// found with its sheet and cell, and the lint diagnostics of the generated files at their YAML places.
/// </summary>
internal sealed record WorkbookImport(ImmutableArray<ImportedFile> Files, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> YamlDiagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The catalogue as one .xlsx workbook and back (<c>tbgo sheet export|import</c>). Export refuses a catalogue that does
/// not lint clean, and checks itself: the written workbook is read back and rebuilt, and must give every file's
/// document exactly (TBGO1115 where not). Import reads the workbook, rebuilds the YAML files in the house style, lints
/// them with the loader and reports every problem at the sheet and cell it came from, with the same codes as lint.
/// </summary>
internal static class CatalogueWorkbook
{
    /// <summary>Exports the catalogue embedded in the library.</summary>
    public static WorkbookExport ExportEmbedded(LoadOptions? options = null) => Export([.. CatalogueLoader.LoadEmbeddedSources()], options);

    /// <summary>Exports the catalogue in a folder (the one holding <c>catalogue.yaml</c>).</summary>
    public static WorkbookExport ExportDirectory(string path, LoadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var sources = CatalogueLoader.ReadDirectory(path, options ?? LoadOptions.Default, diagnostics);
        return sources is null ? new WorkbookExport(null, [.. diagnostics], 0) : Export(sources, options);
    }

    /// <summary>The definition files of a catalogue folder, or null (with diagnostics) when it cannot be read.</summary>
    public static List<CatalogueSource>? ReadDirectory(string path, List<Diagnostic> diagnostics) => CatalogueLoader.ReadDirectory(path, LoadOptions.Default, diagnostics);

    /// <summary>Whether a path relative to a catalogue folder is a place the loader reads a definition from.</summary>
    public static bool IsDefinitionPath(string relative) => CatalogueLoader.Classify(relative.Replace('\\', '/')) != DefinitionKind.Unknown;

    public static WorkbookExport Export(IReadOnlyList<CatalogueSource> sources, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var lint = CatalogueLoader.Load(sources, options);
        if (lint.Summary.HasErrors || lint.Catalogue is null)
        {
            return new WorkbookExport(null, [.. lint.Diagnostics.Where(d => d.IsError)], sources.Count);
        }

        var problems = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var files = new List<CatalogueFile>();
        var limits = new YamlLimits(options.MaxFileBytes, options.MaxDepth, options.MaxNodes);
        foreach (var source in sources)
        {
            var text = Encoding.UTF8.GetString(source.Content.Span);
            if (SafeYamlReader.Read(source.Content.Span, source.DisplayPath, limits, problems) is YMapping root)
            {
                files.Add(new CatalogueFile(source.Path, CatalogueLoader.Classify(source.Path), root, CatalogueFile.HeaderComment(text.TrimStart('\uFEFF'))));
                if (CatalogueFile.InnerCommentLines(text) is > 0 and var comments)
                {
                    warnings.Add(DiagnosticDescriptors.SheetCommentsNotCarried.Create(SourceLocation.InFile(source.DisplayPath), comments));
                }
            }
        }

        var layout = SheetLayout.Default;
        var tables = TableWriter.ToTables(layout, files, problems);
        if (problems.Count > 0)
        {
            return new WorkbookExport(null, [.. problems, .. warnings], sources.Count);
        }

        var workbook = XlsxWriter.Write(layout, tables, lint.Catalogue.Info.Version);

        // Self-check: what an import of this workbook builds must be each file's document, value for value.
        var check = new List<Diagnostic>();
        var read = XlsxReader.Read(workbook, "(export)", WorkbookLimits.Default, check) ?? [];
        var built = TableReader.ToDocuments(layout, read, "(export)", check).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var d in check)
        {
            problems.Add(DiagnosticDescriptors.SheetNotRepresentable.Create(SourceLocation.None, d.Location.Pointer ?? "/", $"reading the workbook back gave {d.Code}: {d.Message}"));
        }

        foreach (var file in files)
        {
            if (!built.TryGetValue(file.Path, out var rebuilt))
            {
                problems.Add(DiagnosticDescriptors.SheetNotRepresentable.Create(SourceLocation.InFile(file.Path, 1, 1), "/", "the file did not come back from the workbook"));
            }
            else if (TreeComparer.FirstDifference(file.Root, rebuilt.Root) is { } difference)
            {
                var node = Find(file.Root, difference.Pointer);
                problems.Add(DiagnosticDescriptors.SheetNotRepresentable.Create(SourceLocation.InFile(file.Path, node?.Line ?? 1, node?.Column ?? 1, difference.Pointer), difference.Pointer.Length == 0 ? "/" : difference.Pointer, difference.What));
            }
        }

        return problems.Count > 0 ? new WorkbookExport(null, [.. problems, .. warnings], sources.Count) : new WorkbookExport(workbook, [.. warnings], sources.Count);
    }

    /// <summary>Imports a workbook.</summary>
    /// <param name="workbook">The .xlsx bytes.</param>
    /// <param name="workbookName">The name diagnostics give as their file.</param>
    /// <param name="options">Loading options for the lint of the generated files.</param>
    /// <param name="limits">Limits for reading the workbook.</param>
    /// <param name="existing">The files of the catalogue being replaced, if any: a file whose document the workbook did
    /// not change keeps its text as it was (layout and comments), so a review shows only what was edited.</param>
    public static WorkbookImport Import(ReadOnlyMemory<byte> workbook, string workbookName, LoadOptions? options = null, WorkbookLimits? limits = null, IReadOnlyList<CatalogueSource>? existing = null)
    {
        var diagnostics = new List<Diagnostic>();
        var tables = XlsxReader.Read(workbook, workbookName, limits ?? WorkbookLimits.Default, diagnostics);
        if (tables is null)
        {
            return new WorkbookImport([], [.. diagnostics], []);
        }

        var layout = SheetLayout.Default;
        var built = TableReader.ToDocuments(layout, tables, workbookName, diagnostics);
        var emitted = new Dictionary<string, (BuiltFile File, EmittedYaml Yaml)>(StringComparer.Ordinal);
        foreach (var file in built)
        {
            emitted[file.Path] = (file, YamlEmitter.Emit(file.Root, file.Comment));
        }

        var sources = emitted.Select(e => CatalogueSource.FromText(e.Key, e.Value.Yaml.Text)).ToList();
        var lint = CatalogueLoader.Load(sources, options ?? LoadOptions.Default);
        foreach (var d in lint.Diagnostics)
        {
            diagnostics.Add(d with { Location = CellOf(d.Location, emitted, workbookName) });
        }

        var ordered = diagnostics.OrderBy(d => d.IsError ? 0 : 1).ToImmutableArray();
        if (ordered.Any(d => d.IsError))
        {
            return new WorkbookImport([], ordered, lint.Diagnostics);
        }

        var kept = Unchanged(existing, emitted, options ?? LoadOptions.Default);
        var files = emitted.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => kept.TryGetValue(e.Key, out var text) ? new ImportedFile(e.Key, text) { Unchanged = true } : new ImportedFile(e.Key, e.Value.Yaml.Text))
            .ToImmutableArray();
        return new WorkbookImport(files, ordered, lint.Diagnostics);
    }

    /// <summary>The existing files whose document the workbook gives unchanged, with their text.</summary>
    private static Dictionary<string, string> Unchanged(IReadOnlyList<CatalogueSource>? existing, Dictionary<string, (BuiltFile File, EmittedYaml Yaml)> emitted, LoadOptions options)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var limits = new YamlLimits(options.MaxFileBytes, options.MaxDepth, options.MaxNodes);
        foreach (var source in existing ?? [])
        {
            if (!emitted.TryGetValue(source.Path, out var entry))
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(source.Content.Span);
            if (SafeYamlReader.Read(source.Content.Span, source.DisplayPath, limits, []) is YMapping root
                && TreeComparer.FirstDifference(root, entry.File.Root) is null
                && CatalogueFile.HeaderComment(text.TrimStart('\uFEFF')) == entry.File.Comment)
            {
                kept[source.Path] = text;
            }
        }

        return kept;
    }

    /// <summary>Where in the workbook a diagnostic of a generated YAML file points: the cell its node came from.</summary>
    private static SourceLocation CellOf(SourceLocation location, Dictionary<string, (BuiltFile File, EmittedYaml Yaml)> emitted, string workbookName)
    {
        if (location.File is null || !emitted.TryGetValue(location.File, out var entry))
        {
            return location with { File = location.File is null ? workbookName : $"{workbookName} ({location.File})" };
        }

        CellRef? cell = null;
        if (location.Pointer is { Length: > 0 } pointer)
        {
            cell = Deepest(entry.Yaml.Positions, pointer);
        }

        if (cell is null && location.Line > 0)
        {
            NodePosition? best = null;
            foreach (var p in entry.Yaml.Positions)
            {
                if ((p.Line < location.Line || (p.Line == location.Line && p.Column <= Math.Max(1, location.Column))) && p.Node.Origin is not null)
                {
                    best = p;
                }
            }

            cell = best?.Node.Origin;
        }

        cell ??= entry.File.Origin;
        return new SourceLocation(workbookName, 0, 0, 0, $"{cell} ({location.File}{(location.Pointer is { Length: > 0 } p2 ? " " + p2 : string.Empty)})");
    }

    /// <summary>The origin of the node at <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    private static CellRef? Deepest(IReadOnlyList<NodePosition> positions, string pointer)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            foreach (var position in positions)
            {
                if (position.Pointer == p && position.Node.Origin is { } origin)
                {
                    return origin;
                }
            }

            if (p.Length == 0)
            {
                return null;
            }
        }
    }

    private static YNode? Find(YNode root, string pointer)
    {
        var node = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                YMapping m => m[name],
                YSequence s when int.TryParse(name, out var i) && i >= 0 && i < s.Items.Count => s.Items[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
