using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the circularity calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="CircularityInput"/> from UTF-8 JSON (schema <c>calculators/circularity.input.schema.json</c>).</summary>
    public static CalculatorInputResult<CircularityInput> ReadCircularityInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, CircularityCalculator.Name, catalogue, file, BindCircularity);

    /// <summary>Writes a circularity result (schema <c>calculators/circularity.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, CircularityResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", CircularityCalculator.Name);
        writer.WriteNumber("mci", result.Mci);
        writer.WriteNumber("linearFlowIndex", result.LinearFlowIndex);
        Amount(writer, "totalMass", result.TotalMass, "kg");
        Amount(writer, "biobasedShareByMass", result.BiobasedShareByMass * 100, "%");
        OptAmount(writer, "biobasedShareByVolume", result.BiobasedShareByVolume * 100, "%");
        Amount(writer, "secondaryShare", result.SecondaryShare * 100, "%");
        if (result.BiobasedTarget is null)
        {
            writer.WriteNull("biobasedTarget");
        }
        else
        {
            writer.WritePropertyName("biobasedTarget");
            CatalogueJson.WriteLimit(writer, result.BiobasedTarget, catalogue);
        }

        writer.WriteString("biobasedVerdict", Model.Codes.ToCode(result.BiobasedVerdict));
        writer.WriteStartArray("products");
        foreach (var p in result.Products)
        {
            writer.WriteStartObject();
            writer.WriteString("id", p.Id);
            Amount(writer, "mass", p.Mass, "kg");
            Amount(writer, "virgin", p.Virgin, "kg");
            Amount(writer, "unrecoverableWaste", p.UnrecoverableWaste, "kg");
            writer.WriteNumber("linearFlowIndex", p.LinearFlowIndex);
            writer.WriteNumber("utility", p.Utility);
            writer.WriteNumber("mci", p.Mci);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static CircularityInput BindCircularity(JsonBinder b, JsonElement root) => new(
        b.List(root, "products", string.Empty, (p, ptr) => new CircularityProduct(
            JsonBinder.Str(p, "id"),
            b.Quantity(p, "mass", ptr),
            b.OptQuantity(p, "recycledFeedstock", ptr),
            b.OptQuantity(p, "reusedFeedstock", ptr),
            b.OptQuantity(p, "biologicalFeedstock", ptr),
            b.OptQuantity(p, "collectedForRecycling", ptr),
            b.OptQuantity(p, "collectedForReuse", ptr),
            b.OptQuantity(p, "collectedForComposting", ptr),
            b.OptQuantity(p, "collectedForEnergyRecovery", ptr),
            b.OptQuantity(p, "recyclingEfficiency", ptr),
            b.OptQuantity(p, "feedstockRecyclingEfficiency", ptr),
            b.OptQuantity(p, "lifetime", ptr),
            b.OptQuantity(p, "averageLifetime", ptr),
            b.OptQuantity(p, "useIntensity", ptr),
            b.OptQuantity(p, "averageUseIntensity", ptr),
            JsonBinder.OptBool(p, "biobased") ?? false,
            b.OptQuantity(p, "volume", ptr),
            JsonBinder.OptStr(p, "name"))),
        JsonBinder.OptDate(root, "date"),
        JsonBinder.OptStr(root, "buildingType"));
}
