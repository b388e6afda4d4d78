using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the detachability index calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="DetachabilityInput"/> from UTF-8 JSON (schema <c>calculators/detachability.input.schema.json</c>).</summary>
    public static CalculatorInputResult<DetachabilityInput> ReadDetachabilityInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, DetachabilityCalculator.Name, catalogue, file, BindDetachability);

    /// <summary>Writes a detachability result (schema <c>calculators/detachability.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, DetachabilityResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", DetachabilityCalculator.Name);
        writer.WriteNumber("index", result.Index);
        Amount(writer, "indexPercent", result.IndexPercent, "%");
        if (result.WeightUnit is null)
        {
            writer.WriteNull("weightUnit");
        }
        else
        {
            writer.WriteString("weightUnit", result.WeightUnit);
        }

        writer.WriteStartArray("products");
        foreach (var p in result.Products)
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.Id);
            writer.WriteNumber("index", p.Index);
            writer.WriteNumber("connectionIndex", p.ConnectionIndex);
            if (p.CompositionIndex is { } ls)
            {
                writer.WriteNumber("compositionIndex", ls);
            }
            else
            {
                writer.WriteNull("compositionIndex");
            }

            writer.WriteNumber("factorCount", p.FactorCount);
            writer.WriteNumber("weight", p.Weight);
            writer.WriteStartArray("connections");
            foreach (var c in p.Connections)
            {
                writer.WriteStartObject();
                if (c.Id is not null)
                {
                    writer.WriteString("id", c.Id);
                }

                writer.WriteNumber("typeFactor", c.TypeFactor);
                writer.WriteNumber("accessibilityFactor", c.AccessibilityFactor);
                writer.WriteNumber("index", c.Index);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static DetachabilityInput BindDetachability(JsonBinder b, JsonElement root) => new(
        b.List(root, "products", string.Empty, (p, ptr) => new DetachabilityProduct(
            JsonBinder.Str(p, "id"),
            b.List(p, "connections", ptr, (c, _) => new DetachabilityConnection(JsonBinder.Str(c, "type"), JsonBinder.Str(c, "accessibility"), JsonBinder.OptStr(c, "id"))),
            JsonBinder.OptStr(p, "crossings"),
            JsonBinder.OptStr(p, "edgeConfinement"),
            b.OptQuantity(p, "weight", ptr),
            JsonBinder.OptStr(p, "name"))));
}
