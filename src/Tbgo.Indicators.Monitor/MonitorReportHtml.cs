using System.Globalization;
using System.Net;
using System.Text;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

/// <summary>
/// The monitor report as one self-contained HTML page (<c>report.html</c> of <c>tbgo monitor report</c>): no script,
/// no external file; the charts are inline SVG made by the library's own chart writer.
/// </summary>
public static class MonitorReportHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1f23;background:#fff;max-width:72rem}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2.2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
        h3{font-size:1.05rem;margin:1.8rem 0 .4rem}.meta{color:#57606a;margin:0 0 1rem}
        .cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
        .card{border:1px solid #d0d7de;border-radius:.5rem;padding:.75rem 1rem;min-width:8rem}.card b{display:block;font-size:1.6rem}
        table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
        th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
        figure{margin:.5rem 0 1rem}figure svg{width:100%;height:auto;border:1px solid #eaeef2}
        .pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.none{color:#57606a}.warning{color:#9a6700}
        nav ul{columns:2;font-size:.9rem}
        """;

    /// <summary>Writes the report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <param name="catalogue">The catalogue the report was made with (indicator names, units, aggregation rules).</param>
    /// <returns>The HTML document.</returns>
    public static string Write(MonitorReport report, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalogue);
        var h = new StringBuilder(256 * 1024);
        var scope = report.Project is null ? "all projects" : "project " + report.Project;
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>tbgo monitor report ").Append(E(report.Period)).Append(" (").Append(E(scope)).Append(")</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>Programme monitor: ").Append(E(report.Period)).Append("</h1>\n");
        h.Append("<p class=\"meta\">").Append(E(scope)).Append(" · catalogue ").Append(E(report.Catalogue)).Append(" · half-years ")
            .Append(E(report.Halves[0])).Append(" to ").Append(E(report.Halves[^1])).Append("</p>\n");

        var inPeriod = report.Series.SelectMany(s => s.Points.Where(p => p.Half == report.Period).Select(p => (s, p))).ToList();
        var projects = report.Series.Select(s => s.Key.Project).Distinct(StringComparer.Ordinal).Count();
        h.Append("<div class=\"cards\">");
        Card(h, "projects-card", projects, "projects with values");
        Card(h, "reported-card", report.Status.Length, "reported in " + report.Period);
        Card(h, "series-card", report.Series.Length, "series");
        Card(h, "fail-card", inPeriod.Count(x => x.p.Verdict == LimitVerdict.Fail), "values above their limit in " + report.Period);
        Card(h, "rollup-card", report.Rollups.Count(r => r.Result is not null), "roll-ups");
        h.Append("</div>\n");

        var indicators = report.Series.Select(s => s.Key.Indicator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        h.Append("<nav><h2>Contents</h2><ul><li><a href=\"#status\">Reported in ").Append(E(report.Period)).Append("</a></li><li><a href=\"#rollups\">Roll-ups to area level</a></li>");
        foreach (var id in indicators)
        {
            h.Append("<li><a href=\"#").Append(Anchor(id)).Append("\">").Append(E(catalogue.GetIndicator(id).Name.ToString())).Append("</a></li>");
        }

        h.Append("</ul></nav>\n");

        h.Append("<section id=\"status\">\n<h2>Reported in ").Append(E(report.Period)).Append("</h2>\n");
        if (report.Status.IsEmpty)
        {
            h.Append("<p>No project reported in this half-year.</p>\n");
        }
        else
        {
            h.Append("<table><thead><tr><th>project</th><th>indicators reported</th><th>core indicators missing</th></tr></thead><tbody>\n");
            foreach (var p in report.Status)
            {
                h.Append("<tr><td><code>").Append(E(p.Project)).Append("</code></td><td class=\"n\">").Append(p.Indicators.Length.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(p.MissingCore.IsEmpty ? "none" : string.Join(", ", p.MissingCore.Select(m => "<code>" + E(m) + "</code>"))).Append("</td></tr>\n");
            }

            h.Append("</tbody></table>\n");
        }

        h.Append("</section>\n<section id=\"rollups\">\n<h2>Roll-ups to area level, ").Append(E(report.Period)).Append("</h2>\n");
        h.Append("<p class=\"meta\">Object values (buildings, spaces, assets) combined by each indicator's declared aggregation, per project and for the programme (every project's objects together).</p>\n");
        if (report.Rollups.IsEmpty)
        {
            h.Append("<p>No object-level values in this half-year.</p>\n");
        }
        else
        {
            h.Append("<table id=\"rollup-table\"><thead><tr><th>area</th><th>indicator</th><th>scale, phase</th><th>basis</th><th>aggregation</th><th>value</th><th>objects</th><th>total weight</th><th>notes</th></tr></thead><tbody>\n");
            foreach (var r in report.Rollups)
            {
                var indicator = catalogue.GetIndicator(r.Indicator);
                h.Append("<tr data-project=\"").Append(E(r.Project ?? "programme")).Append("\" data-indicator=\"").Append(E(r.Indicator)).Append("\"><td>")
                    .Append(r.Project is null ? "<b>programme</b>" : "<code>" + E(r.Project) + "</code>")
                    .Append("</td><td>").Append(E(indicator.Name.ToString())).Append("</td><td>").Append(E(r.Scale.ToCode())).Append(", ").Append(E(r.Phase.ToCode()))
                    .Append("</td><td>").Append(E(r.Basis ?? "-")).Append("</td><td>").Append(E(indicator.Aggregation.ToCode())).Append("</td>");
                if (r.Result is { } result)
                {
                    h.Append("<td class=\"n rollup-value\">").Append(Num(result.Value)).Append(' ').Append(E(result.Unit)).Append("</td><td class=\"n\">").Append(result.Objects.ToString(CultureInfo.InvariantCulture))
                        .Append("</td><td class=\"n\">").Append(result.TotalWeight is { } w ? Num(w) + (result.WeightUnit is { } wu ? " " + E(wu) : " objects") : "-").Append("</td><td>")
                        .Append(string.Join("<br>", result.Warnings.Select(x => "<span class=\"warning\">" + E(x.Message) + "</span>"))).Append("</td>");
                }
                else
                {
                    h.Append("<td class=\"none\">refused</td><td class=\"n\">").Append(r.Objects.ToString(CultureInfo.InvariantCulture)).Append("</td><td>-</td><td>")
                        .Append(string.Join("<br>", r.Refused.Take(3).Select(d => "<code>" + E(d.Code) + "</code> " + E(d.Message)))).Append(r.Refused.Length > 3 ? $"<br>and {r.Refused.Length - 3} more" : string.Empty).Append("</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</tbody></table>\n");
        }

        h.Append("</section>\n<section id=\"indicators\">\n<h2>Indicators over time</h2>\n");
        var roadmaps = report.Roadmaps.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var id in indicators)
        {
            var indicator = catalogue.GetIndicator(id);
            h.Append("<section class=\"indicator\" id=\"").Append(Anchor(id)).Append("\">\n<h3>").Append(E(indicator.Name.ToString())).Append(" <code>").Append(E(id)).Append("</code></h3>\n");
            h.Append("<p class=\"meta\">").Append(E(indicator.Name.Nl ?? string.Empty)).Append(" · unit ").Append(E(indicator.Unit.Text)).Append(" · ").Append(E(indicator.Direction.ToCode()))
                .Append(" · aggregation ").Append(E(indicator.Aggregation.ToCode())).Append("</p>\n");
            foreach (var group in report.Series.Where(s => s.Key.Indicator == id).GroupBy(s => (s.Roadmap, s.Key.Phase, s.Key.Basis)).OrderBy(g => g.Key.Roadmap, StringComparer.Ordinal).ThenBy(g => g.Key.Phase).ThenBy(g => g.Key.Basis, StringComparer.Ordinal))
            {
                var list = group.ToList();
                var first = list[0].Key;
                var subtitle = $"{first.Scale.ToCode()}, {first.Phase.ToCode()}" + (first.BuildingType is null ? string.Empty : ", " + first.BuildingType) + (first.Variant is null ? string.Empty : ", " + first.Variant) + (first.Basis is null ? string.Empty : ", basis " + first.Basis);
                if (indicator.ValueKind == IndicatorValueKind.Number)
                {
                    var lines = list.Select(s => (Label(s.Key, report.Project is not null), (IReadOnlyList<(string, double)>)s.Points.Where(p => p.Value is not null).Select(p => (p.Half, p.Value!.Value)).ToList())).ToList();
                    h.Append("<figure class=\"chart\">").Append(MonitorChart.Trajectory(indicator.Name.ToString(), subtitle, indicator.Unit.Text, lines, roadmaps[group.Key.Roadmap]))
                        .Append("<figcaption class=\"meta\">").Append(E(subtitle)).Append(": ").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(" series; the limit line is the binding limit in force on 31 December of each year to ")
                        .Append(MonitorReportBuilder.RoadmapEnd.ToString(CultureInfo.InvariantCulture)).Append(" for this scope").Append(first.BuildingType is null && indicator.LimitValues.Any(l => l.Scope.BuildingType is not null) ? " (the records state no building type, so limits per building type do not apply)" : string.Empty).Append(".</figcaption></figure>\n");
                }

                h.Append("<table class=\"series\"><thead><tr><th>series</th>");
                foreach (var half in report.Halves)
                {
                    h.Append("<th class=\"n\">").Append(E(half)).Append("</th>");
                }

                h.Append("<th>limit in ").Append(E(report.Period)).Append("</th></tr></thead><tbody>\n");
                foreach (var s in list)
                {
                    var byHalf = s.Points.ToDictionary(p => p.Half, StringComparer.Ordinal);
                    h.Append("<tr><td>").Append(E(Label(s.Key, false))).Append("</td>");
                    foreach (var half in report.Halves)
                    {
                        if (!byHalf.TryGetValue(half, out var p))
                        {
                            h.Append("<td class=\"n none\">-</td>");
                            continue;
                        }

                        var css = p.Verdict switch { LimitVerdict.Pass => "pass", LimitVerdict.Fail => "fail", _ => string.Empty };
                        h.Append("<td class=\"n ").Append(css).Append("\" title=\"").Append(E(Tooltip(p))).Append("\">").Append(p.Value is { } v ? Num(v) : E(p.Category ?? string.Empty)).Append("</td>");
                    }

                    var last = byHalf.GetValueOrDefault(report.Period);
                    h.Append("<td>").Append(last?.Limit is { } l ? E($"{l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit.Text}") + $" <span class=\"{(last.Verdict == LimitVerdict.Fail ? "fail" : "pass")}\">{last.Verdict.ToCode()}</span>"
                        : last?.NotComparedLimit is { } nc ? "<span class=\"warning\">not compared: limit in " + E(nc.Basis ?? "no stated basis") + "</span>" : "<span class=\"none\">no limit</span>").Append("</td></tr>\n");
                }

                h.Append("</tbody></table>\n");
            }

            h.Append("</section>\n");
        }

        h.Append("</section>\n<p class=\"meta\">Made by <code>tbgo monitor report</code>. Of several records of one series in one half-year the latest counts (by the end of its period, then by ingest time). A verdict compares a value with the binding limit in force on the last day of its half-year for the series' scale, building type and variant; a value is never compared with a limit in another weighting set.</p>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Card(StringBuilder h, string id, int value, string label) =>
        h.Append("<div class=\"card\" id=\"").Append(id).Append("\"><b>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</b>").Append(E(label)).Append("</div>");

    private static string Label(MonitorSeriesKey k, bool withoutProject)
    {
        var parts = new List<string>(3);
        if (!withoutProject)
        {
            parts.Add(k.Project);
        }

        parts.Add(k.Object ?? "area");
        return string.Join(" / ", parts);
    }

    private static string Tooltip(MonitorPoint p)
    {
        var records = p.Records == 1 ? "1 record" : $"{p.Records} records, the latest shown";
        return p.Limit is { } l ? $"{records}; limit {l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit.Text} ({l.Source.Confidence.ToCode()}): {p.Verdict.ToCode()}" : records;
    }

    private static string Anchor(string id) => "ind-" + id.Replace('.', '-');

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
