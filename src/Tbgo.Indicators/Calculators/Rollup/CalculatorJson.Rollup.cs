using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the roll-up calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="RollupInput"/> from UTF-8 JSON (schema <c>calculators/rollup.input.schema.json</c>).</summary>
    public static CalculatorInputResult<RollupInput> ReadRollupInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, RollupCalculator.Name, catalogue, file, (b, r) => new RollupInput(
            JsonBinder.Str(r, "indicator"),
            b.List(r, "objects", string.Empty, (o, p) => new RollupObject(JsonBinder.Str(o, "id"), b.Quantity(o, "value", p), b.OptQuantity(o, "floorArea", p), b.OptQuantity(o, "dwellings", p), b.OptQuantity(o, "residents", p))),
            JsonBinder.OptStr(r, "area")));

    /// <summary>Writes a roll-up result (schema <c>calculators/rollup.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, RollupResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", RollupCalculator.Name);
        writer.WriteString("indicator", result.Indicator);
        OptString(writer, "area", result.Area);
        writer.WriteString("aggregation", result.Aggregation.ToCode());
        Amount(writer, "value", result.Value, result.Unit);
        writer.WriteNumber("objects", result.Objects);
        if (result.TotalWeight is { } w && result.WeightUnit is { } weightUnit)
        {
            Amount(writer, "totalWeight", w, weightUnit);
        }
        else
        {
            // Additive, or a plain count of objects (its total is "objects").
            writer.WriteNull("totalWeight");
        }

        if (result.Share is { } share)
        {
            writer.WriteStartObject("share");
            writer.WriteString("test", share.Rule.Test);
            writer.WriteString("weight", share.Rule.Weight.ToCode());
            writer.WriteNumber("passingWeight", share.PassingWeight);
            writer.WriteNumber("passingObjects", share.PassingObjects);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("share");
        }

        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }
}
