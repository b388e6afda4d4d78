using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Reporting;

/// <summary>
/// One JSON document, written as the diagnostics stream in (docs/validation.md):
/// <c>{"tool", "file", "inputFormat", "catalogue", "diagnostics": [...], "summary": {...}}</c>.
/// </summary>
public sealed class JsonExportReport : IExportReport, IDisposable
{
    private readonly JsonReportWriter _writer;
    private readonly Utf8JsonWriter _w;

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    /// <param name="output">Where the document goes.</param>
    public JsonExportReport(TextWriter output)
    {
        _writer = new JsonReportWriter(output);
        _w = _writer.Json;
    }

    /// <inheritdoc/>
    public void Begin(string file, ExportFormat format, Catalogue catalogue)
    {
        _w.WriteStartObject();
        _w.WriteString("tool", "tbgo validate");
        _w.WriteString("file", file);
        _w.WriteString("inputFormat", format.ToString().ToLowerInvariant());
        _w.WriteStartObject("catalogue");
        _w.WriteString("id", catalogue.Info.Id);
        _w.WriteString("version", catalogue.Info.Version);
        _w.WriteEndObject();
        _w.WriteStartArray("diagnostics");
    }

    /// <inheritdoc/>
    public void Observe(Diagnostic diagnostic)
    {
    }

    /// <inheritdoc/>
    public void Print(Diagnostic diagnostic)
    {
        DiagnosticJson.Write(_w, diagnostic);
        _writer.DrainIfLarge();
    }

    /// <inheritdoc/>
    public void End(ExportSummary s, long printed)
    {
        _w.WriteEndArray();
        _w.WriteStartObject("summary");
        _w.WriteBoolean("valid", s.IsValid);
        _w.WriteBoolean("completed", s.Completed);
        _w.WriteNumber("recordsRead", s.RecordsRead);
        _w.WriteNumber("validRecords", s.ValidRecords);
        _w.WriteNumber("invalidRecords", s.InvalidRecords);
        _w.WriteNumber("errors", s.Errors);
        _w.WriteNumber("warnings", s.Warnings);
        var total = s.ByCode.Values.Sum();
        _w.WriteNumber("diagnostics", total);
        _w.WriteNumber("printed", printed);
        _w.WriteNumber("normalisedRecords", s.NormalisedRecords);
        _w.WriteStartObject("byCode");
        foreach (var (code, count) in s.ByCode)
        {
            _w.WriteNumber(code, count);
        }

        _w.WriteEndObject();
        _w.WriteStartObject("byIndicator");
        foreach (var (indicator, count) in s.ByIndicator)
        {
            _w.WriteNumber(indicator, count);
        }

        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteEndObject();
        _writer.Finish();
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
