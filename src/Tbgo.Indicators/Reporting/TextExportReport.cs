using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;
using static Tbgo.Indicators.Reporting.ReportText;

namespace Tbgo.Indicators.Reporting;

/// <summary>The readable form: one row per diagnostic (record, line:column, code, field, message, hint), then the summary. Text from the data (file name, field, message, hint) is escaped with <see cref="TerminalText.Escape"/>, so it cannot forge lines or send terminal escapes.</summary>
/// <param name="output">Where the report goes.</param>
public sealed class TextExportReport(TextWriter output) : IExportReport
{
    private bool _headerWritten;

    /// <inheritdoc/>
    public void Begin(string file, ExportFormat format, Catalogue catalogue) =>
        output.WriteLine($"tbgo validate {TerminalText.Escape(file)} ({format.ToString().ToLowerInvariant()}, catalogue {catalogue.Info.Id} {catalogue.Info.Version})");

    /// <inheritdoc/>
    public void Observe(Diagnostic diagnostic)
    {
    }

    /// <inheritdoc/>
    public void Print(Diagnostic d)
    {
        if (!_headerWritten)
        {
            output.WriteLine();
            output.WriteLine(Row("RECORD", "LINE:COL", "CODE", "FIELD", "MESSAGE"));
            _headerWritten = true;
        }

        var severity = d.Severity switch
        {
            DiagnosticSeverity.Error => string.Empty,
            DiagnosticSeverity.Warning => "warning: ",
            _ => "info: ",
        };
        output.WriteLine(Row(d.Location.Record > 0 ? N(d.Location.Record) : "-", Position(d.Location), d.Code, TerminalText.Escape(Field(d)), severity + TerminalText.Escape(d.Message)));
        if (d.Hint is not null)
        {
            output.WriteLine(Row(string.Empty, string.Empty, string.Empty, string.Empty, "hint: " + TerminalText.Escape(d.Hint)));
        }
    }

    /// <inheritdoc/>
    public void End(ExportSummary s, long printed)
    {
        output.WriteLine();
        var total = s.ByCode.Values.Sum();
        output.WriteLine($"{(s.IsValid ? "VALID" : "INVALID")}: {Count(s.RecordsRead, "record")} read, {N(s.ValidRecords)} valid, {N(s.InvalidRecords)} invalid; {Count(s.Errors, "error")}, {Count(s.Warnings, "warning")}.");
        if (!s.Completed)
        {
            output.WriteLine("Reading stopped early (see the first diagnostic); records after that point were not checked.");
        }

        if (printed < total)
        {
            output.WriteLine($"Printed {N(printed)} of {Count(total, "diagnostic")} (--max-errors limits the print, not the count).");
        }

        if (s.NormalisedRecords > 0)
        {
            output.WriteLine($"Normalised {Count(s.NormalisedRecords, "valid record")}.");
        }

        if (s.ByCode.Count > 0)
        {
            output.WriteLine();
            output.Write(TextTable.Format(["CODE", "COUNT", "TITLE"], s.ByCode.Select(kv => (IReadOnlyList<string>)[kv.Key, N(kv.Value), Title(kv.Key)])));
            output.WriteLine();
            output.Write(TextTable.Format(["INDICATOR", "DIAGNOSTICS"], s.ByIndicator.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (IReadOnlyList<string>)[kv.Key, N(kv.Value)])));
        }
    }

    private static string Row(string record, string position, string code, string field, string message) =>
        $"{record,7}  {position,-9}  {code,-8}  {field,-9}  {message}";
}
