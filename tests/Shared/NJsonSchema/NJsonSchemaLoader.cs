using NJsonSchema;
using NJsonSchema.References;

namespace Tbgo.Indicators.TestSupport;

/// <summary>
/// Loads a schema into NJsonSchema, our independent test oracle, with a reference resolver that refuses files and
/// URLs (reference/dependencies.md: the default one fetches them). Linked into the test projects that reference
/// NJsonSchema; the folder is kept out of the <c>Shared/*.cs</c> glob so the other test projects need not.
/// </summary>
internal static class NJsonSchemaLoader
{
    public static JsonSchema Load(string schemaJson) =>
        JsonSchema.FromJsonAsync(schemaJson, documentPath: null!, schema => new RefusingResolver(schema)).GetAwaiter().GetResult();

    private sealed class RefusingResolver(JsonSchema schema) : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema references to files are refused: {filePath}");

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema references to URLs are refused: {url}");
    }
}
