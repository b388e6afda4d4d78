using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the percentile calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="PercentileInput"/> from UTF-8 JSON (schema <c>calculators/percentile.input.schema.json</c>).</summary>
    public static CalculatorInputResult<PercentileInput> ReadPercentileInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, PercentileCalculator.Name, catalogue, file, (b, r) => new PercentileInput(
            JsonBinder.Str(r, "indicator"), b.Quantity(r, "value", string.Empty), b.Scope(r, "scope", string.Empty), JsonBinder.OptInt(r, "year"), JsonBinder.OptStr(r, "basis"), b.OptNumber(r, "bestPercent", string.Empty) ?? 15));

    /// <summary>Writes a percentile result (schema <c>calculators/percentile.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, PercentileResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("calculator", PercentileCalculator.Name);
        writer.WriteString("indicator", result.Indicator);
        Amount(writer, "value", result.Value, result.Unit);
        writer.WriteString("method", result.Method);
        OptNumber(writer, "rank", result.Rank);
        writer.WriteNumber("bestPercent", result.BestPercent);
        OptAmount(writer, "threshold", result.Threshold, result.Unit);
        if (result.InBest is { } inBest)
        {
            writer.WriteBoolean("inBest", inBest);
        }
        else
        {
            writer.WriteNull("inBest");
        }

        writer.WriteString("explanation", result.Explanation);
        if (result.Reference is { } r)
        {
            writer.WriteStartObject("reference");
            CatalogueJson.WriteScope(writer, r.Scope);
            writer.WriteNumber("year", r.Year);
            OptNumber(writer, "sampleSize", r.SampleSize);
            OptString(writer, "basis", r.Basis);
            CatalogueJson.WriteSource(writer, "source", r.Source, catalogue);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("reference");
        }

        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }
}
