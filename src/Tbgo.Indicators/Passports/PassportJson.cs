using System.Text.Json;
using Tbgo.Indicators.Calculators;

namespace Tbgo.Indicators.Passports;

/// <summary>The JSON form of a passport result (<c>schemas/passport.result.schema.json</c>).</summary>
public static class PassportJson
{
    /// <summary>Writes the combined result: each calculator's result in its own published form under <c>results</c>, then what did not run and what was left out.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The passport result.</param>
    /// <param name="catalogue">The catalogue the result was computed with.</param>
    public static void Write(Utf8JsonWriter writer, PassportResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        writer.WriteStartObject();
        writer.WriteString("calculator", PassportCalculator.Name);
        writer.WriteString("passport", result.PassportId);
        writer.WriteString("passportVersion", result.PassportVersion);
        writer.WriteString("catalogue", catalogue.Info.Label);
        writer.WriteStartObject("results");
        foreach (var c in result.Calculations)
        {
            writer.WritePropertyName(c.Calculator);
            CalculatorJson.Write(writer, c.Result, catalogue);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("notRun");
        foreach (var n in result.NotRun)
        {
            writer.WriteStartObject();
            writer.WriteString("calculator", n.Calculator);
            writer.WriteStartArray("missing");
            foreach (var m in n.Missing)
            {
                writer.WriteStringValue(m);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("omitted");
        foreach (var o in result.Omitted)
        {
            writer.WriteStartObject();
            writer.WriteString("calculator", o.Calculator);
            writer.WriteString("id", o.Id);
            writer.WriteString("pointer", o.Pointer);
            writer.WriteString("reason", o.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var n in result.Notes)
        {
            writer.WriteStringValue(n);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
