using System.Collections.Frozen;
using System.Reflection;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Loading;

/// <summary>The catalogue files and JSON schemas embedded in this assembly.</summary>
internal static class EmbeddedData
{
    internal const string IndicatorsPrefix = "tbgo/indicators/";
    internal const string SchemasPrefix = "tbgo/schemas/";

    private static readonly Lazy<FrozenDictionary<DefinitionKind, SchemaNode>> DefinitionSchemas = new(() => new Dictionary<DefinitionKind, SchemaNode>
    {
        [DefinitionKind.Catalogue] = SchemaCompiler.Compile(ReadSchema("catalogue.schema.json")),
        [DefinitionKind.Units] = SchemaCompiler.Compile(ReadSchema("units.schema.json")),
        [DefinitionKind.Sources] = SchemaCompiler.Compile(ReadSchema("sources.schema.json")),
        [DefinitionKind.Framework] = SchemaCompiler.Compile(ReadSchema("framework.schema.json")),
        [DefinitionKind.FactorSet] = SchemaCompiler.Compile(ReadSchema("factor-set.schema.json")),
        [DefinitionKind.Indicator] = SchemaCompiler.Compile(ReadSchema("indicator.schema.json")),
    }.ToFrozenDictionary());

    private static Assembly Assembly => typeof(EmbeddedData).Assembly;

    public static SchemaNode SchemaFor(DefinitionKind kind) => DefinitionSchemas.Value[kind];

    /// <summary>Names of embedded schemas, relative to <c>schemas/</c>.</summary>
    public static IEnumerable<string> SchemaNames() =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(SchemasPrefix, StringComparison.Ordinal)).Select(n => n[SchemasPrefix.Length..]).Order(StringComparer.Ordinal);

    public static string ReadSchema(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(SchemasPrefix + name)
            ?? throw new InvalidOperationException($"The schema '{name}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<CatalogueSource> CatalogueSources()
    {
        foreach (var name in Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(IndicatorsPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = Assembly.GetManifestResourceStream(name)!;
            var relative = name[IndicatorsPrefix.Length..];
            yield return CatalogueSource.FromStream(relative, stream, LoadOptions.DefaultMaxFileBytes, "indicators/" + relative);
        }
    }
}
