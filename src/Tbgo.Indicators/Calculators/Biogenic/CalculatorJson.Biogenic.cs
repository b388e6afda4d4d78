using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the biogenic-carbon calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="BiogenicInput"/> from UTF-8 JSON (schema <c>calculators/biogenic.input.schema.json</c>).</summary>
    public static CalculatorInputResult<BiogenicInput> ReadBiogenicInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, BiogenicCalculator.Name, catalogue, file, BindBiogenic);

    /// <summary>Writes a biogenic-carbon result (schema <c>calculators/biogenic.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, BiogenicResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", BiogenicCalculator.Name);
        Amount(writer, "total", result.Total, "kg CO2");
        OptAmount(writer, "totalPerArea", result.TotalPerArea, "kg CO2/m2");
        OptAmount(writer, "area", result.Area, "m2");
        writer.WriteString("areaBasis", result.AreaBasis.ToCode());
        writer.WriteStartArray("products");
        foreach (var p in result.Products)
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.Id);
            Amount(writer, "woodVolume", p.WoodVolume, "m3");
            Amount(writer, "ovenDryMass", p.OvenDryMass, "kg");
            writer.WriteNumber("carbonFraction", p.CarbonFraction);
            writer.WriteString("carbonFractionFrom", p.CarbonFractionFrom);
            Amount(writer, "storedCo2", p.StoredCo2, "kg CO2");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static BiogenicInput BindBiogenic(JsonBinder b, JsonElement root)
    {
        var basis = AreaBasis.Bvo;
        if (JsonBinder.OptStr(root, "areaBasis") is { } text)
        {
            CalculatorCodes.TryParse(text, out basis);
        }

        return new BiogenicInput(
            b.List(root, "products", string.Empty, (p, ptr) => new BiogenicProduct(
                JsonBinder.Str(p, "id"),
                b.Quantity(p, "volume", ptr),
                b.Quantity(p, "density", ptr),
                b.Quantity(p, "moistureContent", ptr),
                b.OptQuantity(p, "carbonFraction", ptr),
                JsonBinder.OptStr(p, "carbonFractionFactor"),
                b.OptQuantity(p, "woodFraction", ptr),
                JsonBinder.OptStr(p, "name"))),
            b.OptQuantity(root, "area", string.Empty),
            basis);
    }
}
