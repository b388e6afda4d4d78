using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <content>The JSON forms of the limits, percentile, roll-up and pathway calculators.</content>
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

    /// <summary>Reads a <see cref="PercentileInput"/> from UTF-8 JSON (schema <c>calculators/percentile.input.schema.json</c>).</summary>
    public static CalculatorInputResult<PercentileInput> ReadPercentileInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, PercentileCalculator.Name, catalogue, file, (b, r) => new PercentileInput(
            JsonBinder.Str(r, "indicator"), b.Quantity(r, "value", string.Empty), b.Scope(r, "scope", string.Empty), JsonBinder.OptInt(r, "year"), JsonBinder.OptStr(r, "basis"), b.OptNumber(r, "bestPercent", string.Empty) ?? 15));

    /// <summary>Reads a <see cref="RollupInput"/> from UTF-8 JSON (schema <c>calculators/rollup.input.schema.json</c>).</summary>
    public static CalculatorInputResult<RollupInput> ReadRollupInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, RollupCalculator.Name, catalogue, file, (b, r) => new RollupInput(
            JsonBinder.Str(r, "indicator"),
            b.List(r, "objects", string.Empty, (o, p) => new RollupObject(JsonBinder.Str(o, "id"), b.Quantity(o, "value", p), b.OptQuantity(o, "floorArea", p), b.OptQuantity(o, "dwellings", p), b.OptQuantity(o, "residents", p))),
            JsonBinder.OptStr(r, "area")));

    /// <summary>Reads a <see cref="PathwayInput"/> from UTF-8 JSON (schema <c>calculators/pathway.input.schema.json</c>).</summary>
    public static CalculatorInputResult<PathwayInput> ReadPathwayInput(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file = null) =>
        JsonBinder.Read(utf8, PathwayCalculator.Name, catalogue, file, (b, r) => new PathwayInput(
            b.List(r, "actual", string.Empty, (p, ptr) => new PathwayPoint(JsonBinder.Int(p, "year"), b.Quantity(p, "value", ptr))),
            b.List(r, "pathway", string.Empty, (p, ptr) => new PathwayPoint(JsonBinder.Int(p, "year"), b.Quantity(p, "value", ptr))),
            JsonBinder.OptStr(r, "pathwayName"),
            JsonBinder.OptBool(r, "extendActual") ?? true));

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
        if (result.TotalWeight is { } w)
        {
            Amount(writer, "totalWeight", w, result.WeightUnit!);
        }
        else
        {
            writer.WriteNull("totalWeight");
        }

        WriteExplanation(writer, result, catalogue);
        writer.WriteEndObject();
    }

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
