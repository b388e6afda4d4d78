using System.Text;
using System.Text.Json;
using NJsonSchema;
using NJsonSchema.References;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Definitions.Tests;

/// <summary>
/// NJsonSchema as an independent oracle for our schema engine. Schemas are loaded with a reference resolver
/// that refuses files and URLs (reference/dependencies.md: the default one fetches them).
/// </summary>
internal static class NJsonSchemaOracle
{
    public static JsonSchema Load(string schemaJson) =>
        JsonSchema.FromJsonAsync(schemaJson, documentPath: null!, schema => new RefusingResolver(schema)).GetAwaiter().GetResult();

    /// <summary>The JSON form of a YAML tree under the YAML 1.2 core schema, as other-language tools would see it.</summary>
    public static string ToJson(YNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, YNode node)
    {
        switch (node)
        {
            case YMapping m:
                w.WriteStartObject();
                foreach (var (key, value) in m.Entries)
                {
                    w.WritePropertyName(key.Value);
                    Write(w, value);
                }

                w.WriteEndObject();
                break;
            case YSequence s:
                w.WriteStartArray();
                s.Items.ForEach(i => Write(w, i));
                w.WriteEndArray();
                break;
            case YScalar { Kind: ScalarKind.Null }:
                w.WriteNullValue();
                break;
            case YScalar { Kind: ScalarKind.Boolean } b:
                w.WriteBooleanValue(b.Value.StartsWith('t') || b.Value.StartsWith('T'));
                break;
            case YScalar { Kind: ScalarKind.Integer or ScalarKind.Float } n:
                w.WriteRawValue(Normalise(n.Value));
                break;
            case YScalar s:
                w.WriteStringValue(s.Value);
                break;
        }
    }

    // JSON has no '+1', '.5' or '5.' forms; YAML 1.2 numbers are re-emitted in the shortest round-trip form
    // (integers keep their digits so that 'integer' checks see no decimal point).
    private static string Normalise(string number) =>
        System.Text.RegularExpressions.Regex.IsMatch(number, "^[-+]?[0-9]+$")
            ? number.TrimStart('+')
            : double.Parse(number, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class RefusingResolver(JsonSchema schema) : JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema references to files are refused: {filePath}");

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema references to URLs are refused: {url}");
    }
}
