using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Cli.Reports;

/// <summary>
/// One JSON document, written as the diagnostics stream in (docs/validation.md):
/// <c>{"tool", "file", "inputFormat", "catalogue", "diagnostics": [...], "summary": {...}}</c>.
/// </summary>
internal sealed class JsonReport : IReport, IDisposable
{
    private readonly JsonReportWriter _writer;
    private readonly Utf8JsonWriter _w;

    public JsonReport(TextWriter output)
    {
        _writer = new JsonReportWriter(output);
        _w = _writer.Json;
    }

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

    public void Observe(Diagnostic diagnostic)
    {
    }

    public void Print(Diagnostic diagnostic)
    {
        DiagnosticJson.Write(_w, diagnostic);
        _writer.DrainIfLarge();
    }

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

    public void Dispose() => _writer.Dispose();
}
