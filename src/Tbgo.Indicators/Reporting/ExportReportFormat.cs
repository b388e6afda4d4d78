namespace Tbgo.Indicators.Reporting;

/// <summary>The formats of an export validation report.</summary>
public enum ExportReportFormat
{
    /// <summary>A readable table (record, line:column, code, field, message, hint) and the summary; control characters from the data are escaped.</summary>
    Text,

    /// <summary>One JSON document: tool, file, input format, catalogue, diagnostics, summary (docs/validation.md).</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log for code-scanning tools.</summary>
    Sarif,

    /// <summary>One self-contained HTML page (no scripts, fonts or images from elsewhere).</summary>
    Html,
}
