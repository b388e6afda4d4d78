using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Definitions.Tests;

/// <summary>
/// The JSON schemas are the contract; the binder builds the model. This test fails when they disagree:
/// the kitchen-sink catalogue uses every property of every definition schema, and while it is bound the
/// test records which keys the binder asks each YAML mapping for. The binder must consume every key present
/// and ask for no key the schema does not define.
/// </summary>
public sealed class ModelSchemaAgreementTests
{
    private static readonly string KitchenSink = RepoPaths.Combine("tests", "Tbgo.Indicators.Definitions.Tests", "KitchenSink");

    [Fact]
    public void TheKitchenSinkCatalogueLoadsWithoutErrors()
    {
        var result = CatalogueLoader.LoadDirectory(Path.Combine(KitchenSink, "catalogue"), new LoadOptions { RunExamples = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.All(WorkedExamples.RunAll(result.Catalogue!), r => Assert.True(r.Passed, r.Actual));
    }

    [Fact]
    public void BinderAndSchemasAgreeOnEveryProperty()
    {
        var coverage = new Dictionary<SchemaNode, HashSet<string>>(ReferenceEqualityComparer.Instance);
        var problems = new List<string>();
        var roots = new Dictionary<DefinitionKind, SchemaNode>();

        foreach (var file in Directory.EnumerateFiles(KitchenSink, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Path.Combine(KitchenSink, "catalogue"), file).Replace('\\', '/');
            var kind = Path.GetFileName(file) == "units.yaml" ? DefinitionKind.Units : CatalogueLoader.Classify(relative);
            Assert.NotEqual(DefinitionKind.Unknown, kind);
            var schema = EmbeddedData.SchemaFor(kind);
            roots[kind] = schema;
            var diagnostics = new List<Diagnostic>();
            var root = (YMapping)SafeYamlReader.Read(File.ReadAllBytes(file), relative, new YamlLimits(1 << 22, 32, 100_000), diagnostics)!;
            Assert.Empty(diagnostics);
            Assert.Empty(SchemaValidator.Validate(schema, new YamlInstance(root)));
            Track(root);
            Bind(kind, root, relative, diagnostics);
            Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
            Walk(schema, root, relative + "#", coverage, problems);
        }

        foreach (var (kind, schema) in roots)
        {
            foreach (var (node, path) in Reachable(schema, kind.ToString()))
            {
                var seen = coverage.GetValueOrDefault(node) ?? [];
                foreach (var property in node.PropertyNames.Where(p => !seen.Contains(p)))
                {
                    problems.Add($"{path}/{property}: the schema defines it but the kitchen sink never uses it, so nothing shows the binder reads it.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    private static void Bind(DefinitionKind kind, YMapping root, string file, List<Diagnostic> diagnostics)
    {
        var c = new BindContext(file, UnitRegistry.Default, diagnostics, new LocationMap());
        switch (kind)
        {
            case DefinitionKind.Catalogue: DefinitionBinder.BindCatalogue(c, root); break;
            case DefinitionKind.Sources: DefinitionBinder.BindSources(c, root); break;
            case DefinitionKind.Framework: DefinitionBinder.BindFramework(c, root); break;
            case DefinitionKind.FactorSet: Assert.NotNull(DefinitionBinder.BindFactorSet(c, root, out _)); break;
            case DefinitionKind.Indicator: Assert.NotNull(DefinitionBinder.BindIndicator(c, root, out _)); break;
            case DefinitionKind.Units: Assert.NotNull(UnitsFileReader.Build(root, file, diagnostics)); break;
            default: throw new InvalidOperationException(kind.ToString());
        }
    }

    private static void Track(YNode node)
    {
        switch (node)
        {
            case YMapping m:
                m.RequestedKeys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in m.Entries)
                {
                    Track(e.Value);
                }

                break;
            case YSequence s:
                s.Items.ForEach(Track);
                break;
        }
    }

    private static void Walk(SchemaNode schema, YNode node, string path, Dictionary<SchemaNode, HashSet<string>> coverage, List<string> problems)
    {
        schema = Resolve(schema);
        if (node is YSequence seq && schema.Items is { } items)
        {
            foreach (var item in seq.Items)
            {
                Walk(items, item, path + "/items", coverage, problems);
            }

            return;
        }

        if (node is not YMapping map || schema.Properties is null)
        {
            return;
        }

        var requested = map.RequestedKeys ?? [];
        foreach (var key in requested.Where(k => !schema.Properties.ContainsKey(k)))
        {
            problems.Add($"{path}: the binder reads '{key}', which the schema does not define (model and schema disagree).");
        }

        var seen = coverage.TryGetValue(schema, out var set) ? set : coverage[schema] = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            seen.Add(key.Value);
            if (!requested.Contains(key.Value))
            {
                problems.Add($"{path}/{key.Value}: present in the file but the binder never reads it (silently dropped).");
            }

            if (schema.Properties.TryGetValue(key.Value, out var child))
            {
                Walk(child, value, path + "/" + key.Value, coverage, problems);
            }
        }
    }

    /// <summary>Every object schema with declared properties reachable from a root, with a readable path.</summary>
    private static List<(SchemaNode Node, string Path)> Reachable(SchemaNode root, string name)
    {
        var result = new List<(SchemaNode, string)>();
        var visited = new HashSet<SchemaNode>(ReferenceEqualityComparer.Instance);
        void Visit(SchemaNode s, string path)
        {
            s = Resolve(s);
            if (!visited.Add(s))
            {
                return;
            }

            if (s.Properties is not null && s.AdditionalProperties is null)
            {
                result.Add((s, path));
                foreach (var (key, child) in s.Properties)
                {
                    Visit(child, path + "/" + key);
                }
            }

            if (s.Items is not null)
            {
                Visit(s.Items, path + "/items");
            }
        }

        Visit(root, name);
        return result;
    }

    private static SchemaNode Resolve(SchemaNode s)
    {
        while (s.Ref is not null)
        {
            s = s.Ref;
        }

        return s;
    }
}
