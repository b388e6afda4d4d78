using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the pathway calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="PathwayInput"/> from UTF-8 JSON (schema <c>calculators/pathway.input.schema.json</c>).</summary>
    public static CalculatorInputResult<PathwayInput> ReadPathwayInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, PathwayCalculator.Name, catalogue, file, (b, r) => new PathwayInput(
            b.List(r, "actual", string.Empty, (p, ptr) => new PathwayPoint(JsonBinder.Int(p, "year"), b.Quantity(p, "value", ptr))),
            b.List(r, "pathway", string.Empty, (p, ptr) => new PathwayPoint(JsonBinder.Int(p, "year"), b.Quantity(p, "value", ptr))),
            JsonBinder.OptStr(r, "pathwayName"),
            JsonBinder.OptBool(r, "extendActual") ?? true));

    /// <summary>Writes a pathway result (schema <c>calculators/pathway.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, PathwayResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("calculator", PathwayCalculator.Name);
        OptString(writer, "pathwayName", result.PathwayName);
        OptNumber(writer, "misalignmentYear", result.MisalignmentYear);

        // Deprecated alias of misalignmentYear, kept for one version (docs/calculators.md, CHANGELOG).
        OptNumber(writer, "strandingYear", result.MisalignmentYear);
        writer.WriteString("unit", result.Unit);
        writer.WriteStartArray("years");
        foreach (var y in result.Years)
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", y.Year);
            writer.WriteNumber("actual", y.Actual);
            writer.WriteNumber("pathway", y.Pathway);
            writer.WriteBoolean("above", y.Above);
            writer.WriteString("actualFrom", y.ActualFrom.ToCode());
            writer.WriteString("pathwayFrom", y.PathwayFrom.ToCode());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }
}
