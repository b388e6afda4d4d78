using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Reporting;

/// <summary>
/// One output format of an export validation report (what <c>tbgo validate --format</c> prints). Diagnostics
/// stream in as the export is read; the summary comes last. <see cref="ExportReports.WriteAsync"/> drives a
/// report from an <see cref="ExportValidationRun"/>.
/// </summary>
public interface IExportReport
{
    /// <summary>Starts the report, before the first diagnostic.</summary>
    /// <param name="file">The export's name as the reader should see it.</param>
    /// <param name="format">The container that was read.</param>
    /// <param name="catalogue">The catalogue the export was checked against.</param>
    void Begin(string file, ExportFormat format, Catalogue catalogue);

    /// <summary>Sees every diagnostic, printed or not (a report may count or sample them).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    void Observe(Diagnostic diagnostic);

    /// <summary>Prints one diagnostic (at most the caller's maximum of them).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    void Print(Diagnostic diagnostic);

    /// <summary>Ends the report with the summary.</summary>
    /// <param name="summary">The counts of the whole run.</param>
    /// <param name="printed">How many diagnostics were passed to <see cref="Print"/>.</param>
    void End(ExportSummary summary, long printed);
}
