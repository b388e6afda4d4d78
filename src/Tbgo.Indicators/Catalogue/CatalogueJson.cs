using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators;

/// <summary>
/// Writes catalogue content as JSON in a stable shape: properties in a fixed order, codes as in YAML,
/// dates as <c>YYYY-MM-DD</c>, numbers in invariant notation. The shapes are documented in docs/cli.md.
/// </summary>
public static class CatalogueJson
{
    /// <summary>Writes the catalogue identity.</summary>
    public static void WriteInfo(Utf8JsonWriter writer, CatalogueInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(info);
        writer.WriteStartObject();
        writer.WriteString("id", info.Id);
        writer.WriteString("version", info.Version);
        writer.WriteString("releaseDate", Iso(info.ReleaseDate));
        writer.WriteString("status", info.Status.ToCode());
        writer.WriteEndObject();
    }

    /// <summary>Writes the short form of an indicator used by lists.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        writer.WriteStartObject();
        writer.WriteString("id", indicator.Id);
        writer.WriteString("status", indicator.Status.ToCode());
        writer.WriteBoolean("core", indicator.IsCore);
        writer.WriteString("pillar", indicator.Pillar.ToCode());
        writer.WriteString("theme", indicator.Theme);
        WriteText(writer, "name", indicator.Name);
        writer.WriteString("unit", indicator.Unit.Text);
        writer.WriteStartArray("scales");
        foreach (var s in indicator.Applicability.Select(a => a.Scale).Distinct().Order())
        {
            writer.WriteStringValue(s.ToCode());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("phases");
        foreach (var p in indicator.Applicability.Select(a => a.Phase).Distinct().Order())
        {
            writer.WriteStringValue(p.ToCode());
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the full definition of an indicator, with the titles of its sources from the catalogue.</summary>
    public static void WriteIndicator(Utf8JsonWriter writer, Indicator indicator, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("id", indicator.Id);
        writer.WriteString("status", indicator.Status.ToCode());
        writer.WriteBoolean("core", indicator.IsCore);
        if (indicator.ReplacedBy is not null)
        {
            writer.WriteString("replacedBy", indicator.ReplacedBy);
        }

        writer.WriteString("since", indicator.Since);
        if (indicator.Changed is not null)
        {
            writer.WriteString("changed", indicator.Changed);
        }

        WriteText(writer, "name", indicator.Name);
        WriteText(writer, "description", indicator.Description);
        writer.WriteString("pillar", indicator.Pillar.ToCode());
        writer.WriteString("theme", indicator.Theme);
        writer.WriteString("quantity", indicator.Quantity);
        writer.WriteString("unit", indicator.Unit.Text);
        writer.WriteString("valueType", indicator.ValueKind.ToCode());
        if (!indicator.Categories.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("categories");
            foreach (var c in indicator.Categories)
            {
                writer.WriteStartObject();
                writer.WriteString("code", c.Code);
                WriteText(writer, "name", c.Name);
                if (c.Rank is { } rank)
                {
                    writer.WriteNumber("rank", rank);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("direction", indicator.Direction.ToCode());
        if (indicator.Range is { } range)
        {
            writer.WriteStartObject("range");
            if (range.Min is { } min)
            {
                writer.WriteNumber("min", min);
            }

            if (range.Max is { } max)
            {
                writer.WriteNumber("max", max);
            }

            writer.WriteEndObject();
        }

        writer.WriteString("aggregation", indicator.Aggregation.ToCode());
        if (indicator.ShareOfObjects is { } share)
        {
            writer.WriteStartObject("shareOfObjects");
            writer.WriteStartObject("test");
            writer.WriteString("comparator", share.Comparator.ToCode());
            writer.WriteNumber("value", share.Value);
            writer.WriteString("unit", share.Unit.Text);
            writer.WriteEndObject();
            writer.WriteString("weight", share.Weight.ToCode());
            WriteSource(writer, "source", share.Source, catalogue);
            if (share.Note is not null)
            {
                writer.WriteString("note", share.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteStartArray("applicability");
        foreach (var a in indicator.Applicability)
        {
            writer.WriteStartObject();
            writer.WriteString("phase", a.Phase.ToCode());
            writer.WriteString("scale", a.Scale.ToCode());
            writer.WriteString("method", a.Method.ToCode());
            if (a.Note is not null)
            {
                writer.WriteString("note", a.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (indicator.Formula is { } formula)
        {
            writer.WriteStartObject("formula");
            writer.WriteString("expression", formula.Expression);
            writer.WriteStartArray("inputs");
            foreach (var i in formula.Inputs)
            {
                writer.WriteStartObject();
                writer.WriteString("name", i.Name);
                writer.WriteString("unit", i.Unit.Text);
                WriteText(writer, "description", i.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteSource(writer, "source", formula.Source, catalogue);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("mappings");
        foreach (var m in indicator.Mappings)
        {
            writer.WriteStartObject();
            writer.WriteString("target", m.Target.ToString());
            writer.WriteString("relation", m.Relation.ToCode());
            if (catalogue.FindFrameworkItem(m.Target) is { } item)
            {
                WriteText(writer, "targetName", item.Name);
            }

            if (m.Note is not null)
            {
                writer.WriteString("note", m.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("limitValues");
        foreach (var l in indicator.LimitValues)
        {
            WriteLimit(writer, l, catalogue);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("referenceMeasurements");
        foreach (var r in indicator.ReferenceMeasurements)
        {
            writer.WriteStartObject();
            WriteScope(writer, r.Scope);
            writer.WriteNumber("year", r.Year);
            if (r.SampleSize is { } n)
            {
                writer.WriteNumber("n", n);
            }

            writer.WriteString("unit", r.Unit.Text);
            if (r.Basis is not null)
            {
                writer.WriteString("basis", r.Basis);
            }

            if (!r.Percentiles.IsEmpty)
            {
                writer.WriteStartArray("percentiles");
                foreach (var p in r.Percentiles)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("p", p.P);
                    writer.WriteNumber("value", p.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (!r.Sample.IsEmpty)
            {
                writer.WriteStartArray("sample");
                foreach (var v in r.Sample)
                {
                    writer.WriteNumberValue(v);
                }

                writer.WriteEndArray();
            }

            if (r.Summary is { } s)
            {
                writer.WriteStartObject("summary");
                WriteOptional(writer, "min", s.Min);
                WriteOptional(writer, "max", s.Max);
                WriteOptional(writer, "mean", s.Mean);
                WriteOptional(writer, "median", s.Median);
                writer.WriteEndObject();
            }

            WriteSource(writer, "source", r.Source, catalogue);
            if (r.Note is not null)
            {
                writer.WriteString("note", r.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sources");
        foreach (var s in indicator.Sources)
        {
            WriteSource(writer, null, s, catalogue);
        }

        writer.WriteEndArray();
        writer.WriteNumber("examples", indicator.Examples.Length);
        if (indicator.Note is not null)
        {
            writer.WriteString("note", indicator.Note);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one limit value.</summary>
    public static void WriteLimit(Utf8JsonWriter writer, LimitValue limit, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteNumber("value", limit.Value);
        writer.WriteString("unit", limit.Unit.Text);
        writer.WriteString("comparator", limit.Comparator.ToCode());
        WriteScope(writer, limit.Scope);
        writer.WriteString("validFrom", Iso(limit.ValidFrom));
        if (limit.ValidTo is { } to)
        {
            writer.WriteString("validTo", Iso(to));
        }

        writer.WriteString("kind", limit.Kind.ToCode());
        if (limit.Basis is not null)
        {
            writer.WriteString("basis", limit.Basis);
        }

        WriteSource(writer, "source", limit.Source, catalogue);
        if (limit.Note is not null)
        {
            writer.WriteString("note", limit.Note);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a source reference as an object, with the source's title and address from the catalogue.</summary>
    public static void WriteSource(Utf8JsonWriter writer, string? propertyName, SourceReference reference, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (propertyName is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(propertyName);
        }

        writer.WriteString("ref", reference.SourceId);
        if (catalogue.FindSource(reference.SourceId) is { } source)
        {
            writer.WriteString("title", source.Title);
            if (source.Url is not null)
            {
                writer.WriteString("url", source.Url);
            }
        }

        if (reference.Locator is not null)
        {
            writer.WriteString("locator", reference.Locator);
        }

        writer.WriteString("confidence", reference.Confidence.ToCode());
        if (reference.Note is not null)
        {
            writer.WriteString("note", reference.Note);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a quantity as <c>{"value": 1.2, "unit": "t CO2-eq"}</c>.</summary>
    public static void WriteQuantity(Utf8JsonWriter writer, string propertyName, Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject(propertyName);
        writer.WriteNumber("value", quantity.Value);
        writer.WriteString("unit", quantity.Unit.Text);
        writer.WriteEndObject();
    }

    internal static void WriteScope(Utf8JsonWriter writer, LimitScope scope)
    {
        writer.WriteStartObject("scope");
        if (scope.Scale is { } s)
        {
            writer.WriteString("scale", s.ToCode());
        }

        if (scope.BuildingType is not null)
        {
            writer.WriteString("buildingType", scope.BuildingType);
        }

        if (scope.Variant is not null)
        {
            writer.WriteString("variant", scope.Variant);
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        if (text.Nl is not null)
        {
            writer.WriteString("nl", text.Nl);
        }

        if (text.En is not null)
        {
            writer.WriteString("en", text.En);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
