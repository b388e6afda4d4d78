using System.Text.Json;

namespace Tbgo.Indicators.Diagnostics;

/// <summary>Writes diagnostics and summaries as JSON in a stable, documented shape (docs/cli.md).</summary>
public static class DiagnosticJson
{
    /// <summary>Writes one diagnostic as an object.</summary>
    public static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Severity(diagnostic.Severity));
        writer.WriteString("message", diagnostic.Message);
        var l = diagnostic.Location;
        if (l.File is not null)
        {
            writer.WriteString("file", l.File);
        }

        if (l.Line > 0)
        {
            writer.WriteNumber("line", l.Line);
        }

        if (l.Column > 0)
        {
            writer.WriteNumber("column", l.Column);
        }

        if (l.Record > 0)
        {
            writer.WriteNumber("record", l.Record);
        }

        if (l.Pointer is not null)
        {
            writer.WriteString("pointer", l.Pointer);
        }

        if (diagnostic.Hint is not null)
        {
            writer.WriteString("hint", diagnostic.Hint);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a summary object: counts by severity and by code.</summary>
    public static void Write(Utf8JsonWriter writer, DiagnosticSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject();
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteStartObject("byCode");
        foreach (var (code, count) in summary.ByCode)
        {
            writer.WriteNumber(code, count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
