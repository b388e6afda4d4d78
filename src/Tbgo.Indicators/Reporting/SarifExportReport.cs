using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Reporting;

/// <summary>A SARIF 2.1.0 log: one run, the tbgo driver (name, version) with a rule per code reported, one result per printed diagnostic with its physical and logical location.</summary>
public sealed class SarifExportReport : IExportReport, IDisposable
{
    private readonly JsonReportWriter _writer;
    private readonly Utf8JsonWriter _w;
    private readonly SortedSet<string> _codes = new(StringComparer.Ordinal);
    private string _file = string.Empty;

    /// <summary>Writes the log to <paramref name="output"/>.</summary>
    /// <param name="output">Where the log goes.</param>
    public SarifExportReport(TextWriter output)
    {
        _writer = new JsonReportWriter(output);
        _w = _writer.Json;
    }

    /// <inheritdoc/>
    public void Begin(string file, ExportFormat format, Catalogue catalogue)
    {
        _file = file;
        _w.WriteStartObject();
        _w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _w.WriteString("version", "2.1.0");
        _w.WriteStartArray("runs");
        _w.WriteStartObject();
        _w.WriteStartArray("results");
    }

    /// <inheritdoc/>
    public void Observe(Diagnostic diagnostic)
    {
    }

    /// <inheritdoc/>
    public void Print(Diagnostic d)
    {
        _codes.Add(d.Code);
        _w.WriteStartObject();
        _w.WriteString("ruleId", d.Code);
        _w.WriteString("level", d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        });
        _w.WriteStartObject("message");
        _w.WriteString("text", d.Hint is null ? d.Message : d.Message + " " + d.Hint);
        _w.WriteEndObject();
        _w.WriteStartArray("locations");
        _w.WriteStartObject();
        _w.WriteStartObject("physicalLocation");
        _w.WriteStartObject("artifactLocation");
        _w.WriteString("uri", Uri(d.Location.File ?? _file));
        _w.WriteEndObject();
        if (d.Location.Line > 0)
        {
            _w.WriteStartObject("region");
            _w.WriteNumber("startLine", d.Location.Line);
            if (d.Location.Column > 0)
            {
                _w.WriteNumber("startColumn", d.Location.Column);
            }

            _w.WriteEndObject();
        }

        _w.WriteEndObject();
        if (!string.IsNullOrEmpty(d.Location.Pointer))
        {
            _w.WriteStartArray("logicalLocations");
            _w.WriteStartObject();
            _w.WriteString("fullyQualifiedName", d.Location.Pointer);
            _w.WriteString("kind", "element");
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        _w.WriteEndObject();
        _w.WriteEndArray();
        if (d.Location.Record > 0)
        {
            _w.WriteStartObject("properties");
            _w.WriteNumber("record", d.Location.Record);
            _w.WriteEndObject();
        }

        _w.WriteEndObject();
        _writer.DrainIfLarge();
    }

    /// <inheritdoc/>
    public void End(ExportSummary summary, long printed)
    {
        _w.WriteEndArray();
        _w.WriteStartObject("tool");
        _w.WriteStartObject("driver");
        _w.WriteString("name", "tbgo");
        _w.WriteString("version", ExportReports.ToolVersion);
        _w.WriteString("semanticVersion", ExportReports.ToolVersion);
        _w.WriteString("informationUri", "https://github.com/tbgo-indicators/tbgo-indicators/blob/main/docs/validation.md");
        _w.WriteStartArray("rules");
        foreach (var code in _codes)
        {
            var descriptor = DiagnosticDescriptors.Find(code);
            _w.WriteStartObject();
            _w.WriteString("id", code);
            _w.WriteStartObject("shortDescription");
            _w.WriteString("text", descriptor?.Title ?? code);
            _w.WriteEndObject();
            if (descriptor?.Help is { } help)
            {
                _w.WriteStartObject("help");
                _w.WriteString("text", help);
                _w.WriteEndObject();
            }

            _w.WriteEndObject();
        }

        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteStartArray("invocations");
        _w.WriteStartObject();
        _w.WriteBoolean("executionSuccessful", true);
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        _writer.Finish();
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    private static string Uri(string file) => file.Replace('\\', '/');
}
