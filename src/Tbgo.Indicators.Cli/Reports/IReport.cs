using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Cli.Reports;

/// <summary>One output format of <c>tbgo validate</c>. Diagnostics stream in; the summary comes last.</summary>
internal interface IReport
{
    void Begin(string file, ExportFormat format, Catalogue catalogue);

    /// <summary>Sees every diagnostic, printed or not.</summary>
    void Observe(Diagnostic diagnostic);

    /// <summary>Prints one diagnostic (at most --max-errors of them).</summary>
    void Print(Diagnostic diagnostic);

    void End(ExportSummary summary, long printed);
}
