using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the MPG calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads an <see cref="MpgInput"/> from UTF-8 JSON (schema <c>calculators/mpg.input.schema.json</c>).</summary>
    public static CalculatorInputResult<MpgInput> ReadMpgInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, MpgCalculator.Name, catalogue, file, BindMpg);

    /// <summary>Writes an MPG result (schema <c>calculators/mpg.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, MpgResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", MpgCalculator.Name);
        writer.WriteString("weightingSet", result.WeightingSet);
        Amount(writer, "mpg", result.Mpg, "EUR/(m2.a)");
        Amount(writer, "mki", result.Mki, "EUR");
        OptAmount(writer, "buildingMki", result.BuildingMki, "EUR");
        writer.WriteBoolean("complete", result.IsComplete);
        Amount(writer, "bvo", result.Bvo, "m2");
        Amount(writer, "referenceStudyPeriod", result.ReferenceStudyPeriod, "a");
        OptString(writer, "permitDate", result.PermitDate is { } d ? Iso(d) : null);
        OptAmount(writer, "limit", result.Limit, "EUR/(m2.a)");
        writer.WriteString("verdict", result.Verdict.ToCode());
        writer.WriteBoolean("verdictIsProvisional", result.VerdictIsProvisional);
        OptAmount(writer, "margin", result.Margin, "EUR/(m2.a)");
        writer.WriteStartArray("functions");
        foreach (var f in result.Functions)
        {
            writer.WriteStartObject();
            writer.WriteString("buildingType", f.BuildingType);
            Amount(writer, "usableArea", f.UsableArea, "m2");
            if (f.Limit is null)
            {
                writer.WriteNull("limit");
            }
            else
            {
                writer.WritePropertyName("limit");
                CatalogueJson.WriteLimit(writer, f.Limit, catalogue);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("categories");
        foreach (var c in result.Categories)
        {
            writer.WriteStartObject();
            writer.WriteString("category", c.Category);
            writer.WriteString("name", c.Name);
            Amount(writer, "amount", c.Amount, c.AmountUnit);
            if (c.Price is { } price)
            {
                writer.WriteStartObject("price");
                writer.WriteNumber("value", price);
                writer.WriteString("unit", "EUR/(" + c.AmountUnit + ")");
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("price");
            }

            OptAmount(writer, "mkiBeforeUplift", c.MkiBeforeUplift, "EUR");
            OptAmount(writer, "mki", c.Mki, "EUR");
            writer.WriteBoolean("weighted", c.Weighted);
            OptString(writer, "componentOf", c.ComponentOf);
            writer.WriteString("confidence", c.Confidence.ToCode());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("elements");
        foreach (var e in result.Elements)
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("dataCategory", e.DataCategory.ToCode());
            writer.WriteNumber("uplift", e.Uplift);
            writer.WriteString("mkiFrom", e.MkiGiven ? "given" : "impacts");
            Amount(writer, "mkiBeforeUplift", e.MkiBeforeUplift, "EUR");
            Amount(writer, "mki", e.Mki, "EUR");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static MpgInput BindMpg(JsonBinder b, JsonElement root) => new MpgInput(
        JsonBinder.Str(root, "weightingSet"),
        b.Quantity(root, "bvo", string.Empty),
        b.List(root, "functions", string.Empty, (f, p) => new MpgUseFunction(JsonBinder.Str(f, "buildingType"), b.Quantity(f, "usableArea", p))),
        b.List(root, "elements", string.Empty, (e, p) =>
        {
            CalculatorCodes.TryParse(JsonBinder.Str(e, "dataCategory"), out NmdDataCategory category);
            return new MpgElement(
                JsonBinder.Str(e, "id"),
                category,
                b.List(e, "impacts", p, (i, ip) => new MpgImpact(JsonBinder.Str(i, "category"), b.Quantity(i, "amount", ip))),
                JsonBinder.OptStr(e, "name"))
            {
                Mki = b.OptQuantity(e, "mki", p),
            };
        }),
        JsonBinder.OptDate(root, "permitDate"),
        b.OptQuantity(root, "referenceStudyPeriod", string.Empty))
    {
        BuildingMki = b.OptQuantity(root, "mki", string.Empty),
    };
}
