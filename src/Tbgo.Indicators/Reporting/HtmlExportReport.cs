using System.Net;
using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;
using static Tbgo.Indicators.Reporting.ReportText;

namespace Tbgo.Indicators.Reporting;

/// <summary>
/// One self-contained HTML page for a data team (no scripts, fonts or images from elsewhere): the
/// verdict and record counts, diagnostics per code and per indicator, and the first problems of
/// each code with their location.
/// </summary>
/// <param name="output">Where the page goes.</param>
public sealed class HtmlExportReport(TextWriter output) : IExportReport
{
    /// <summary>How many diagnostics of each code the page lists (all are counted).</summary>
    public const int FirstPerCode = 20;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1f23;background:#fff;max-width:72rem}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
        .meta{color:#57606a;margin:0 0 1rem}
        .verdict{display:inline-block;font-weight:700;padding:.3rem .8rem;border-radius:.4rem;color:#fff}
        .valid{background:#1a7f37}.invalid{background:#cf222e}
        .cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
        .card{border:1px solid #d0d7de;border-radius:.5rem;padding:.75rem 1rem;min-width:8rem}
        .card b{display:block;font-size:1.6rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
        th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
        .hint{color:#57606a}.warning{color:#9a6700}.error{color:#cf222e}
        .note{color:#57606a;font-size:.85rem}
        """;

    private readonly Dictionary<string, List<Diagnostic>> _first = new(StringComparer.Ordinal);
    private string _file = string.Empty;
    private ExportFormat _format;
    private string _catalogue = string.Empty;

    /// <inheritdoc/>
    public void Begin(string file, ExportFormat format, Catalogue catalogue)
    {
        _file = file;
        _format = format;
        _catalogue = catalogue.Info.Label;
    }

    /// <inheritdoc/>
    public void Observe(Diagnostic d)
    {
        if (!_first.TryGetValue(d.Code, out var list))
        {
            _first[d.Code] = list = [];
        }

        if (list.Count < FirstPerCode)
        {
            list.Add(d);
        }
    }

    /// <inheritdoc/>
    public void Print(Diagnostic diagnostic)
    {
    }

    /// <inheritdoc/>
    public void End(ExportSummary s, long printed)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>tbgo validate: ").Append(E(Path.GetFileName(_file))).Append(s.IsValid ? " (valid)" : " (invalid)").Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>Export validation: ").Append(E(Path.GetFileName(_file))).Append("</h1>\n");
        h.Append("<p class=\"meta\">").Append(E(_file)).Append(" &middot; ").Append(_format.ToString().ToUpperInvariant()).Append(" &middot; catalogue ").Append(E(_catalogue)).Append("</p>\n");
        h.Append("<section id=\"summary\">\n<span class=\"verdict ").Append(s.IsValid ? "valid\">VALID" : "invalid\">INVALID").Append("</span>\n");
        h.Append("<div class=\"cards\">");
        Card(h, "records read", s.RecordsRead);
        Card(h, "valid records", s.ValidRecords);
        Card(h, "invalid records", s.InvalidRecords);
        Card(h, "errors", s.Errors);
        Card(h, "warnings", s.Warnings);
        h.Append("</div>\n");
        if (!s.Completed)
        {
            h.Append("<p class=\"error\">Reading stopped early (see the first problem below); records after that point were not checked.</p>\n");
        }

        h.Append("</section>\n");

        h.Append("<h2>Problems per code</h2>\n");
        if (s.ByCode.Count == 0)
        {
            h.Append("<p>No problems found.</p>\n");
        }
        else
        {
            h.Append("<table id=\"by-code\"><thead><tr><th>Code</th><th>Problem</th><th>Count</th></tr></thead><tbody>\n");
            foreach (var (code, count) in s.ByCode)
            {
                h.Append("<tr><td><a href=\"#").Append(code).Append("\"><code>").Append(code).Append("</code></a></td><td>").Append(E(Title(code))).Append("</td><td class=\"n\">").Append(N(count)).Append("</td></tr>\n");
            }

            h.Append("</tbody></table>\n");
            h.Append("<h2>Problems per indicator</h2>\n<table id=\"by-indicator\"><thead><tr><th>Indicator</th><th>Count</th></tr></thead><tbody>\n");
            foreach (var (indicator, count) in s.ByIndicator.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                h.Append("<tr><td><code>").Append(E(indicator)).Append("</code></td><td class=\"n\">").Append(N(count)).Append("</td></tr>\n");
            }

            h.Append("</tbody></table>\n");
            h.Append("<h2>First problems per code</h2>\n");
            foreach (var (code, count) in s.ByCode)
            {
                var list = _first.GetValueOrDefault(code) ?? [];
                h.Append("<h3 id=\"").Append(code).Append("\"><code>").Append(code).Append("</code> ").Append(E(Title(code))).Append(" <span class=\"note\">(").Append(list.Count < count ? $"first {N(list.Count)} of {N(count)}" : N(count)).Append(")</span></h3>\n");
                h.Append("<table><thead><tr><th>Record</th><th>Line:col</th><th>Pointer</th><th>Message</th></tr></thead><tbody>\n");
                foreach (var d in list)
                {
                    h.Append("<tr><td class=\"n\">").Append(d.Location.Record > 0 ? N(d.Location.Record) : "-").Append("</td><td>").Append(Position(d.Location)).Append("</td><td><code>").Append(E(d.Location.Pointer ?? string.Empty)).Append("</code></td><td class=\"").Append(d.Severity == DiagnosticSeverity.Error ? "error" : "warning").Append("\">").Append(E(d.Message));
                    if (d.Hint is not null)
                    {
                        h.Append("<br><span class=\"hint\">").Append(E(d.Hint)).Append("</span>");
                    }

                    h.Append("</td></tr>\n");
                }

                h.Append("</tbody></table>\n");
            }
        }

        h.Append("<p class=\"note\">Made by tbgo validate. Codes are explained in docs/diagnostics.md; the record format in schemas/measurement-record.schema.json.</p>\n</body>\n</html>\n");
        output.Write(h.ToString());
    }

    private static void Card(StringBuilder h, string label, long value) =>
        h.Append("<div class=\"card\"><b>").Append(N(value)).Append("</b>").Append(label).Append("</div>");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
