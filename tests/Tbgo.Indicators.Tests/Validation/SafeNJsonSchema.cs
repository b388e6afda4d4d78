using NJsonSchema;
using NJsonSchema.References;

namespace Tbgo.Indicators.TestSupport;

/// <summary>
/// Loads a schema with NJsonSchema (the test oracle) without its default network and file access:
/// a URL or file <c>$ref</c> throws instead of being fetched (shared/reference/dependencies.md).
/// </summary>
internal static class SafeNJsonSchema
{
    public static JsonSchema Load(string json) =>
        JsonSchema.FromJsonAsync(json, documentPath: null, schema => new RefusingResolver(schema), CancellationToken.None).GetAwaiter().GetResult();

    private sealed class RefusingResolver(JsonSchema schema) : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"Refusing to fetch the schema reference '{url}': bundled schemas use local #/definitions references only.");

        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"Refusing to read the schema reference '{filePath}': bundled schemas use local #/definitions references only.");
    }
}
