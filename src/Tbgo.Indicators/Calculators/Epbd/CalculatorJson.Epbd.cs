using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the EPBD calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads an <see cref="EpbdInput"/> from UTF-8 JSON (schema <c>calculators/epbd.input.schema.json</c>).</summary>
    public static CalculatorInputResult<EpbdInput> ReadEpbdInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, EpbdCalculator.Name, catalogue, file, (b, r) => new EpbdInput(
            JsonBinder.Date(r, "permitDate"), b.Quantity(r, "usefulFloorArea", string.Empty), JsonBinder.OptBool(r, "publicOwnership") ?? false, JsonBinder.OptBool(r, "newBuilding") ?? true));

    /// <summary>Writes an EPBD result (schema <c>calculators/epbd.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, EpbdResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("calculator", EpbdCalculator.Name);
        writer.WriteBoolean("lifeCycleGwpRequired", result.LifeCycleGwpRequired);
        writer.WriteBoolean("zeroEmissionRequired", result.ZeroEmissionRequired);
        Amount(writer, "usefulFloorArea", result.UsefulFloorArea, "m2");
        writer.WriteStartArray("obligations");
        foreach (var o in result.Obligations)
        {
            writer.WriteStartObject();
            writer.WriteString("id", o.Id);
            writer.WriteString("article", o.Article);
            writer.WriteBoolean("required", o.Required);
            OptString(writer, "appliesFrom", o.AppliesFrom is { } d ? Iso(d) : null);
            writer.WriteString("reason", o.Reason);
            CatalogueJson.WriteSource(writer, "source", o.Source, catalogue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }
}
