using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The JSON forms of the calculators. <c>ReadXxxInput</c> parses strictly, validates against the published
/// schema <c>schemas/calculators/&lt;name&gt;.input.schema.json</c> and parses units, returning located
/// diagnostics (JSON pointers); <c>Calculate</c> then checks dimensions and catalogue references and throws
/// <see cref="CalculationException"/> with diagnostics at the same pointers, never returning a wrong number. <c>Write</c> writes a result with
/// properties in a fixed order (documented in docs/calculators.md and <c>&lt;name&gt;.result.schema.json</c>).
/// </summary>
public static partial class CalculatorJson
{
    /// <summary>Writes a result's provenance and warnings: <c>"provenance": {...}, "warnings": [...]</c>.</summary>
    public static void WriteExplanation(Utf8JsonWriter writer, ICalculationResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        var p = result.Provenance;
        writer.WriteStartObject("provenance");
        writer.WriteString("calculator", p.Calculator);
        writer.WriteString("method", p.Method);
        writer.WriteString("methodVersion", p.MethodVersion);
        if (p.FactorSetId is null)
        {
            writer.WriteNull("factorSet");
        }
        else
        {
            writer.WriteString("factorSet", p.FactorSetId);
        }

        writer.WriteString("catalogue", p.CatalogueVersion);
        writer.WriteString("confidence", p.Confidence.ToCode());
        writer.WriteStartArray("sources");
        foreach (var s in p.Sources)
        {
            CatalogueJson.WriteSource(writer, null, s, catalogue);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("warnings");
        foreach (var w in result.Warnings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", w.Code);
            writer.WriteString("message", w.Message);
            if (w.Source is not null)
            {
                CatalogueJson.WriteSource(writer, "source", w.Source, catalogue);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Amount(Utf8JsonWriter writer, string name, double value, string unit)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("value", value);
        writer.WriteString("unit", unit);
        writer.WriteEndObject();
    }

    private static void OptAmount(Utf8JsonWriter writer, string name, double? value, string unit)
    {
        if (value is { } v)
        {
            Amount(writer, name, v, unit);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void OptNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void OptString(Utf8JsonWriter writer, string name, string? value)
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

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
