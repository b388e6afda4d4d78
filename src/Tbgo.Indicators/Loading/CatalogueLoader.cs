using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Loading;

/// <summary>
/// Loads a catalogue from a folder, from files given as bytes or streams, or from the copy embedded
/// in this assembly. Every file is read safely (see <see cref="LoadOptions"/>), checked against its
/// JSON schema, bound to the model and checked for meaning across files. All problems of all files
/// are reported in one run, each with file, line and column.
/// </summary>
public static class CatalogueLoader
{
    /// <summary>Loads the catalogue in a folder (the one holding <c>catalogue.yaml</c>).</summary>
    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "The loader's path-taking entry point is the one place the library reads files.")]
    public static CatalogueLoadResult LoadDirectory(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var sources = ReadDirectory(path, options, diagnostics);
        return sources is null ? new CatalogueLoadResult(null, [.. diagnostics], 0) : Load(sources, options, diagnostics);
    }

    /// <summary>
    /// Checks one definition file: against its JSON schema and the units, and its references (framework items, factor
    /// sets, themes, sources, indicator ids, ...) against a catalogue: the folder <paramref name="catalogueFolder"/>, or
    /// the embedded catalogue when it is <see langword="null"/>. The file takes the place of the catalogue's file at the
    /// same path (or is added to it); the result holds only the diagnostics and unconfirmed values of that file, and
    /// <see cref="CatalogueLoadResult.FilesRead"/> is 1.
    /// </summary>
    /// <param name="path">The YAML file. Its place in the catalogue (which decides its kind: indicator, framework,
    /// factor set, ...) is its path below the nearest folder holding <c>catalogue.yaml</c> (or below <paramref name="catalogueFolder"/>),
    /// else the last folders of its path (<c>frameworks/x.yaml</c>, <c>env/energy/x.yaml</c>).</param>
    /// <param name="catalogueFolder">The catalogue to check references against; <see langword="null"/> for the embedded one.</param>
    /// <param name="options">Loading options.</param>
    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "The file-taking entry point of lint; reads the one file and, if given, the catalogue folder.")]
    public static CatalogueLoadResult LoadFile(string path, string? catalogueFolder = null, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        var display = path.Replace('\\', '/');
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new CatalogueLoadResult(null, [DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), $"the file '{path}' does not exist")], 0);
        }

        var relative = PlaceInCatalogue(file, catalogueFolder);
        if (relative is null)
        {
            return new CatalogueLoadResult(null, [DiagnosticDescriptors.UnexpectedFile.Create(SourceLocation.InFile(display))], 1);
        }

        var diagnostics = new List<Diagnostic>();
        List<CatalogueSource>? sources;
        if (catalogueFolder is null)
        {
            sources = [.. EmbeddedData.CatalogueSources()];
        }
        else
        {
            sources = ReadDirectory(catalogueFolder, options, diagnostics);
            if (sources is null)
            {
                return new CatalogueLoadResult(null, [.. diagnostics], 0);
            }

            diagnostics.Clear();
        }

        CatalogueSource source;
        if (file.Length > options.MaxFileBytes)
        {
            source = CatalogueSource.TooLarge(relative, display, file.Length);
        }
        else
        {
            using var stream = file.OpenRead();
            source = CatalogueSource.FromStream(relative, stream, options.MaxFileBytes, display);
        }

        sources.RemoveAll(s => string.Equals(s.Path, relative, StringComparison.Ordinal));
        sources.Add(source);
        var all = Load(sources, options, diagnostics);
        bool Mine(SourceLocation l) => string.Equals(l.File, display, StringComparison.Ordinal);
        var own = all.Diagnostics.Where(d => Mine(d.Location)).ToImmutableArray();
        return new CatalogueLoadResult(own.Any(d => d.IsError) ? null : all.Catalogue, own, 1) { Unconfirmed = [.. all.Unconfirmed.Where(u => Mine(u.Location))] };
    }

    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "Part of LoadFile: finds the catalogue folder above the file.")]
    private static string? PlaceInCatalogue(FileInfo file, string? catalogueFolder)
    {
        var full = file.FullName;
        if (catalogueFolder is not null)
        {
            var root = Path.GetFullPath(catalogueFolder);
            if (IsInside(full, root))
            {
                return Path.GetRelativePath(root, full).Replace('\\', '/');
            }
        }

        for (var dir = file.Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "catalogue.yaml")))
            {
                return Path.GetRelativePath(dir.FullName, full).Replace('\\', '/');
            }
        }

        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n <= Math.Min(3, parts.Length); n++)
        {
            var candidate = string.Join('/', parts[^n..]);
            if (Classify(candidate) != DefinitionKind.Unknown)
            {
                return candidate;
            }
        }

        return null;
    }

    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "Part of LoadDirectory: lists and reads the catalogue folder.")]
    internal static List<CatalogueSource>? ReadDirectory(string path, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var root = new DirectoryInfo(path);
        if (!root.Exists)
        {
            diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(path), $"the folder '{path}' does not exist"));
            return null;
        }

        var sources = new List<CatalogueSource>();
        var rootReal = RealPath(root.FullName) ?? root.FullName;
        foreach (var file in root.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, MaxRecursionDepth = 8 })
                     .OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root.FullName, file.FullName).Replace('\\', '/');
            var display = Path.Combine(path, relative).Replace('\\', '/');
            if (!file.Name.EndsWith(".yaml", StringComparison.Ordinal) && !file.Name.EndsWith(".yml", StringComparison.Ordinal))
            {
                continue;
            }

            if (sources.Count >= options.MaxFiles)
            {
                diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), $"the catalogue has more than {options.MaxFiles} files; the rest were not read"));
                break;
            }

            // Only files inside the catalogue folder are read: a link (to a file, or a linked folder on the way) that
            // leads outside it is reported and not opened, so nothing of the target is ever quoted.
            var real = RealPath(file.FullName);
            if (real is null || !IsInside(real, rootReal))
            {
                diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), real is null
                    ? "it is a symbolic link whose target does not exist (or links in a loop); only files inside the catalogue folder are read"
                    : "it is a symbolic link (or lies in a linked folder) that leads outside the catalogue folder; only files inside the catalogue folder are read"));
                continue;
            }

            if (file.Length > options.MaxFileBytes)
            {
                sources.Add(CatalogueSource.TooLarge(relative, display, file.Length));
                continue;
            }

            if (file.Length == 0)
            {
                // Never opened: a named pipe, device or socket also has length 0, and opening a pipe blocks until
                // someone writes to it. An empty regular file has nothing to read either.
                diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), "it is empty, or not a regular file (a named pipe, device or socket); it was not read"));
                continue;
            }

            try
            {
                using var stream = file.OpenRead();
                sources.Add(CatalogueSource.FromStream(relative, stream, options.MaxFileBytes, display));
            }
            catch (IOException ex)
            {
                diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), ex.Message.TrimEnd('.')));
            }
            catch (UnauthorizedAccessException ex)
            {
                diagnostics.Add(DiagnosticDescriptors.ReadFailed.Create(SourceLocation.InFile(display), ex.Message.TrimEnd('.')));
            }
        }

        return sources;
    }

    [SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "Part of LoadDirectory: resolves links of the files it lists.")]
    private static string? RealPath(string fullPath)
    {
        // Resolves every symbolic link on the way, component by component (at most 40 links, as the OS allows).
        var pending = new Stack<string>(Enumerable.Reverse(fullPath.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)));
        var current = Path.GetPathRoot(fullPath) ?? string.Empty;
        for (var links = 0; pending.Count > 0;)
        {
            var next = Path.Combine(current, pending.Pop());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            var absolute = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            foreach (var part in Enumerable.Reverse(absolute.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)))
            {
                pending.Push(part);
            }

            current = Path.GetPathRoot(absolute) ?? string.Empty;
        }

        var real = Path.GetFullPath(current);
        return File.Exists(real) || Directory.Exists(real) ? real : null;
    }

    private static bool IsInside(string path, string root)
    {
        var r = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(r, StringComparison.Ordinal);
    }

    /// <summary>Loads a catalogue from files given by the caller (paths relative to the catalogue root).</summary>
    public static CatalogueLoadResult Load(IEnumerable<CatalogueSource> sources, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Load(sources.ToList(), options ?? LoadOptions.Default, []);
    }

    /// <summary>Loads the catalogue embedded in this assembly, with diagnostics (see <see cref="Catalogue.Default"/> for the cached instance).</summary>
    public static CatalogueLoadResult LoadEmbedded(LoadOptions? options = null) =>
        Load(EmbeddedData.CatalogueSources().ToList(), options ?? LoadOptions.Default, []);

    /// <summary>The embedded catalogue files (for benchmarks and tools).</summary>
    internal static IEnumerable<CatalogueSource> LoadEmbeddedSources() => EmbeddedData.CatalogueSources();

    private static CatalogueLoadResult Load(List<CatalogueSource> sources, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var limits = new YamlLimits(options.MaxFileBytes, options.MaxDepth, options.MaxNodes);
        var documents = new List<(CatalogueSource Source, DefinitionKind Kind, YMapping Root, bool Partial)>();
        foreach (var source in sources)
        {
            var kind = Classify(source.Path);
            if (kind == DefinitionKind.Unknown)
            {
                diagnostics.Add(DiagnosticDescriptors.UnexpectedFile.Create(SourceLocation.InFile(source.DisplayPath)));
                continue;
            }

            if (source.Length > options.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticDescriptors.FileTooLarge.Create(SourceLocation.InFile(source.DisplayPath, 1, 1), options.MaxFileBytes));
                continue;
            }

            var root = SafeYamlReader.Read(source.Content.Span, source.DisplayPath, limits, diagnostics);
            if (root is null)
            {
                continue;
            }

            var schemaErrors = SchemaValidator.Validate(EmbeddedData.SchemaFor(kind), new YamlInstance(root));
            if (schemaErrors.Count > 0)
            {
                diagnostics.AddRange(schemaErrors.Select(e => e.ToDiagnostic(source.DisplayPath)));

                // Still check the units and references of what can be bound (not units.yaml: every other file's units
                // are read with its registry, which is only built from a valid file).
                if (root is YMapping partial && kind != DefinitionKind.Units)
                {
                    PartialDocument.Prune(partial, schemaErrors);
                    documents.Add((source, kind, partial, true));
                }

                continue;
            }

            documents.Add((source, kind, (YMapping)root, false));
        }

        var builder = new CatalogueBuilder(diagnostics, options);
        builder.Bind(documents);
        var catalogue = builder.Check();
        var ordered = diagnostics
            .OrderBy(d => d.Location.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CatalogueLoadResult(ordered.Any(d => d.IsError) ? null : catalogue, ordered, sources.Count) { Unconfirmed = [.. builder.Unconfirmed] };
    }

    internal static DefinitionKind Classify(string path)
    {
        if (!path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return DefinitionKind.Unknown;
        }

        var parts = path.Split('/');
        return parts switch
        {
            ["catalogue.yaml"] => DefinitionKind.Catalogue,
            ["units.yaml"] => DefinitionKind.Units,
            ["sources", _] => DefinitionKind.Sources,
            ["frameworks", _] => DefinitionKind.Framework,
            ["factor-sets", _] => DefinitionKind.FactorSet,
            ["env" or "soc" or "gov", _, _] => DefinitionKind.Indicator,
            _ => DefinitionKind.Unknown,
        };
    }
}
