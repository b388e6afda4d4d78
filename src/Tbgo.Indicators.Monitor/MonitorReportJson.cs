using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

/// <summary>The monitor report as JSON (<c>report.json</c> of <c>tbgo monitor report</c>; fields in docs/monitor.md).</summary>
public static class MonitorReportJson
{
    /// <summary>The version of the report's JSON form.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>Writes the report.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">The catalogue the report was made with (for the roll-ups' sources).</param>
    public static void Write(Utf8JsonWriter writer, MonitorReport report, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("report", "tbgo-monitor");
        writer.WriteString("formatVersion", FormatVersion);
        writer.WriteString("catalogue", report.Catalogue);
        writer.WriteString("period", report.Period);
        Opt(writer, "project", report.Project);
        writer.WriteStartArray("halves");
        foreach (var h in report.Halves)
        {
            writer.WriteStringValue(h);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("status");
        foreach (var p in report.Status)
        {
            writer.WriteStartObject();
            writer.WriteString("project", p.Project);
            Strings(writer, "indicators", p.Indicators);
            Strings(writer, "missingCore", p.MissingCore);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("series");
        foreach (var s in report.Series)
        {
            var k = s.Key;
            writer.WriteStartObject();
            writer.WriteString("project", k.Project);
            writer.WriteString("indicator", k.Indicator);
            writer.WriteString("scale", k.Scale.ToCode());
            writer.WriteString("phase", k.Phase.ToCode());
            Opt(writer, "object", k.Object);
            Opt(writer, "basis", k.Basis);
            Opt(writer, "buildingType", k.BuildingType);
            Opt(writer, "variant", k.Variant);
            writer.WriteString("unit", s.Unit);
            writer.WriteString("roadmap", s.Roadmap);
            writer.WriteStartArray("points");
            foreach (var p in s.Points)
            {
                writer.WriteStartObject();
                writer.WriteString("half", p.Half);
                if (p.Value is { } v)
                {
                    writer.WriteNumber("value", v);
                }
                else
                {
                    writer.WriteString("category", p.Category);
                }

                writer.WriteNumber("records", p.Records);
                Limit(writer, "limit", p.Limit);
                writer.WriteString("verdict", p.Verdict.ToCode());
                if (p.NotComparedLimit is { } nc)
                {
                    Limit(writer, "notComparedLimit", nc);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("roadmaps");
        foreach (var r in report.Roadmaps)
        {
            writer.WriteStartObject();
            writer.WriteString("key", r.Key);
            writer.WriteString("indicator", r.Indicator);
            Opt(writer, "scale", r.Scope.Scale?.ToCode());
            Opt(writer, "buildingType", r.Scope.BuildingType);
            Opt(writer, "variant", r.Scope.Variant);
            Opt(writer, "basis", r.Basis);
            writer.WriteString("referenceDate", "31 December of each year");
            writer.WriteStartArray("years");
            foreach (var y in r.Years)
            {
                writer.WriteStartObject();
                writer.WriteNumber("year", y.Year);
                Limit(writer, "limit", y.Limit);
                writer.WriteBoolean("changesDuringYear", y.ChangesDuringYear);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("rollups");
        foreach (var r in report.Rollups)
        {
            writer.WriteStartObject();
            Opt(writer, "project", r.Project);
            writer.WriteString("indicator", r.Indicator);
            writer.WriteString("scale", r.Scale.ToCode());
            writer.WriteString("phase", r.Phase.ToCode());
            Opt(writer, "basis", r.Basis);
            writer.WriteNumber("objects", r.Objects);
            if (r.Result is { } result)
            {
                writer.WritePropertyName("result");
                CalculatorJson.Write(writer, result, catalogue);
            }
            else
            {
                writer.WriteNull("result");
            }

            writer.WriteStartArray("refused");
            foreach (var d in r.Refused)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code);
                writer.WriteString("message", d.Message);
                Opt(writer, "pointer", d.Location.Pointer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Limit(Utf8JsonWriter writer, string name, LimitValue? limit)
    {
        if (limit is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("value", limit.Value);
        writer.WriteString("unit", limit.Unit.Text);
        writer.WriteString("comparator", limit.Comparator.ToCode());
        Opt(writer, "basis", limit.Basis);
        writer.WriteString("validFrom", limit.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("source", limit.Source.SourceId);
        writer.WriteString("confidence", limit.Source.Confidence.ToCode());
        writer.WriteEndObject();
    }

    private static void Opt(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }
}
