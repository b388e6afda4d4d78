using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>The embedded catalogue as bytes, and the same content converted to JSON for the System.Text.Json baseline.</summary>
internal static class CatalogueContent
{
    public static List<CatalogueSource> Yaml() => [.. CatalogueLoader.LoadEmbeddedSources()];

    public static List<byte[]> Json(IEnumerable<CatalogueSource> sources)
    {
        var result = new List<byte[]>();
        foreach (var s in sources)
        {
            var root = SafeYamlReader.Read(s.Content.Span, s.Path, new YamlLimits(1 << 22, 32, 200_000), new List<Diagnostic>())!;
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                Write(w, root);
            }

            result.Add(stream.ToArray());
        }

        return result;
    }

    private static void Write(Utf8JsonWriter w, YNode node)
    {
        switch (node)
        {
            case YMapping m:
                w.WriteStartObject();
                foreach (var (k, v) in m.Entries)
                {
                    w.WritePropertyName(k.Value);
                    Write(w, v);
                }

                w.WriteEndObject();
                break;
            case YSequence q:
                w.WriteStartArray();
                q.Items.ForEach(i => Write(w, i));
                w.WriteEndArray();
                break;
            case YScalar { Kind: ScalarKind.Integer or ScalarKind.Float } n:
                w.WriteNumberValue(double.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case YScalar { Kind: ScalarKind.Null }:
                w.WriteNullValue();
                break;
            case YScalar s:
                w.WriteStringValue(s.Value);
                break;
        }
    }

    public static int TotalBytes(IEnumerable<byte[]> files) => files.Sum(f => f.Length);

    public static string Describe(List<CatalogueSource> yaml, List<byte[]> json) =>
        $"{yaml.Count} files, {yaml.Sum(s => s.Content.Length)} bytes YAML, {TotalBytes(json)} bytes JSON";

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
