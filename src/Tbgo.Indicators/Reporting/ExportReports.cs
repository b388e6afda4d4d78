using System.Reflection;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Reporting;

/// <summary>
/// Export validation reports as library API: make one of the four formats and drive it from a validation
/// run. This is exactly what <c>tbgo validate</c> does; the command adds only files and exit codes.
/// </summary>
/// <example>
/// <code>
/// var run = new ExportValidator(Catalogue.Default).Validate(stream, new ExportValidationOptions { FileName = "export.ndjson" });
/// using var report = ExportReports.Create(ExportReportFormat.Sarif, writer);
/// var summary = await ExportReports.WriteAsync(report, run, "export.ndjson", ExportFormat.Ndjson, Catalogue.Default);
/// </code>
/// </example>
public static class ExportReports
{
    /// <summary>The version of this library as reports name it (SARIF <c>tool.driver.version</c>), without build metadata.</summary>
    public static string ToolVersion { get; } = ReadVersion();

    /// <summary>Makes a report that writes to <paramref name="output"/>. Dispose it when done (JSON and SARIF hold a writer).</summary>
    /// <param name="format">The format.</param>
    /// <param name="output">Where the report goes.</param>
    /// <returns>The report.</returns>
    public static IExportReport Create(ExportReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return format switch
        {
            ExportReportFormat.Json => new JsonExportReport(output),
            ExportReportFormat.Sarif => new SarifExportReport(output),
            ExportReportFormat.Html => new HtmlExportReport(output),
            ExportReportFormat.Text => new TextExportReport(output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };
    }

    /// <summary>Parses a format's code (<c>text</c>, <c>json</c>, <c>sarif</c>, <c>html</c>; case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="format">The format, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseFormat(string? code, out ExportReportFormat format)
    {
        switch (code?.ToLowerInvariant())
        {
            case "text": format = ExportReportFormat.Text; return true;
            case "json": format = ExportReportFormat.Json; return true;
            case "sarif": format = ExportReportFormat.Sarif; return true;
            case "html": format = ExportReportFormat.Html; return true;
            default: format = default; return false;
        }
    }

    /// <summary>
    /// Reads the run to its end, passing every diagnostic to <see cref="IExportReport.Observe"/> and the first
    /// <paramref name="maxPrinted"/> to <see cref="IExportReport.Print"/>, then ends the report with the summary.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="run">A validation run that has not been enumerated yet.</param>
    /// <param name="file">The export's name as the report shows it.</param>
    /// <param name="format">The container that is read.</param>
    /// <param name="catalogue">The catalogue the run checks against.</param>
    /// <param name="maxPrinted">How many diagnostics to print at most; all are counted.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The run's summary.</returns>
    public static async Task<ExportSummary> WriteAsync(IExportReport report, ExportValidationRun run, string file, ExportFormat format, Catalogue catalogue, long maxPrinted = long.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPrinted);
        report.Begin(file, format, catalogue);
        long printed = 0;
        await foreach (var d in run.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            report.Observe(d);
            if (printed < maxPrinted)
            {
                report.Print(d);
                printed++;
            }
        }

        report.End(run.Summary, printed);
        return run.Summary;
    }

    private static string ReadVersion()
    {
        var informational = typeof(ExportReports).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ExportReports).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
