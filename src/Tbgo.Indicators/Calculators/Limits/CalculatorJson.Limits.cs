using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON form of the limits calculator.</content>
public static partial class CalculatorJson
{
    /// <summary>Reads a <see cref="LimitsInput"/> from UTF-8 JSON (schema <c>calculators/limits.input.schema.json</c>).</summary>
    public static CalculatorInputResult<LimitsInput> ReadLimitsInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, LimitsCalculator.Name, catalogue, file, (b, r) =>
        {
            var kind = LimitKind.Binding;
            if (JsonBinder.OptStr(r, "kind") is { } k)
            {
                Codes.TryParse(k, out kind);
            }

            int? from = null, to = null;
            if (r.TryGetProperty("roadmap", out var roadmap))
            {
                from = JsonBinder.Int(roadmap, "from");
                to = JsonBinder.OptInt(roadmap, "to");
            }

            return new LimitsInput(JsonBinder.Str(r, "indicator"), b.Scope(r, "scope", string.Empty), JsonBinder.Date(r, "date"), b.OptQuantity(r, "value", string.Empty), kind, JsonBinder.OptStr(r, "basis"), from, to);
        });

    /// <summary>Writes a limits result, with the roadmap when asked for (schema <c>calculators/limits.result.schema.json</c>).</summary>
    public static void Write(Utf8JsonWriter writer, LimitsResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("calculator", LimitsCalculator.Name);
        writer.WriteString("indicator", result.Indicator);
        writer.WriteString("date", Iso(result.Date));
        writer.WriteString("kind", result.Kind.ToCode());
        OptString(writer, "basis", result.Basis);
        CatalogueJson.WriteScope(writer, result.Scope);
        WriteLimitOrNull(writer, "limit", result.Limit, catalogue);
        OptAmount(writer, "value", result.Value, result.ValueUnit);
        writer.WriteString("verdict", result.Verdict.ToCode());
        OptAmount(writer, "margin", result.Margin, result.ValueUnit);
        WriteLimitOrNull(writer, "notComparedLimit", result.NotComparedLimit, catalogue);
        writer.WriteStartArray("roadmap");
        foreach (var p in result.Roadmap)
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", p.Year);
            writer.WriteString("referenceDate", Iso(new DateOnly(p.Year, 12, 31)));
            if (p.Limit is { } l)
            {
                writer.WriteStartObject("limit");
                writer.WriteNumber("value", l.Value);
                writer.WriteString("unit", l.Unit.Text);
                writer.WriteEndObject();
                writer.WriteString("comparator", l.Comparator.ToCode());
                OptString(writer, "basis", l.Basis);
                writer.WriteString("validFrom", Iso(l.ValidFrom));
                writer.WriteString("confidence", l.Source.Confidence.ToCode());
            }
            else
            {
                writer.WriteNull("limit");
                writer.WriteString("note", "no limit");
            }

            writer.WriteBoolean("changesDuringYear", p.ChangesDuringYear);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

    private static void WriteLimitOrNull(Utf8JsonWriter writer, string name, LimitValue? limit, Catalogue catalogue)
    {
        if (limit is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WritePropertyName(name);
        CatalogueJson.WriteLimit(writer, limit, catalogue);
    }
}
