using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the taxonomy calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="TaxonomyInput"/> from UTF-8 JSON (schema <c>calculators/taxonomy.input.schema.json</c>).</summary>
    public static CalculatorInputResult<TaxonomyInput> ReadTaxonomyInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, TaxonomyCalculator.Name, catalogue, file, (b, r) =>
        {
            CalculatorCodes.TryParse(JsonBinder.Str(r, "activity"), out TaxonomyActivity activity);
            return new TaxonomyInput(activity, JsonBinder.Date(r, "date"), JsonBinder.OptStr(r, "buildingType"), b.OptQuantity(r, "floorArea", string.Empty), b.OptQuantity(r, "beng2", string.Empty),
                JsonBinder.OptBool(r, "airtightnessTested"), JsonBinder.OptBool(r, "lifeCycleGwpDisclosed"), b.OptQuantity(r, "cdWasteRecovery", string.Empty),
                b.OptQuantity(r, "primaryEnergyBefore", string.Empty), b.OptQuantity(r, "primaryEnergyAfter", string.Empty), JsonBinder.OptBool(r, "majorRenovation"),
                JsonBinder.OptInt(r, "yearBuilt"), JsonBinder.OptStr(r, "epcClass"), JsonBinder.OptBool(r, "inTopFifteenPercent"), JsonBinder.OptBool(r, "largeNonResidential"),
                JsonBinder.OptBool(r, "energyMonitoring"), JsonBinder.OptBool(r, "designForCircularity"), JsonBinder.OptBool(r, "materialQuotasMet"));
        });

    /// <summary>Writes a taxonomy screening result (schema <c>calculators/taxonomy.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, TaxonomyResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("calculator", TaxonomyCalculator.Name);
        writer.WriteString("activity", result.Activity.ToCode());
        writer.WriteString("aligned", result.Aligned.ToCode());
        writer.WriteStartArray("criteria");
        foreach (var c in result.Criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("criterion", c.Criterion);
            writer.WriteString("name", c.Name);
            writer.WriteString("outcome", c.Outcome.ToCode());
            writer.WriteString("reason", c.Reason);
            OptNumber(writer, "actual", c.Actual);
            OptNumber(writer, "threshold", c.Threshold);
            OptString(writer, "unit", c.Unit);
            OptString(writer, "alternativeGroup", c.AlternativeGroup);
            if (c.DerivedLimit is { } limit)
            {
                Amount(writer, "derivedLimit", limit.Value, limit.Unit.Text);
            }
            else
            {
                writer.WriteNull("derivedLimit");
            }

            if (c.Source is null)
            {
                writer.WriteNull("source");
            }
            else
            {
                CatalogueJson.WriteSource(writer, "source", c.Source, catalogue);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }
}
