using System.Globalization;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Charts;

/// <summary>
/// SVG charts of calculator results, readable without the JSON. Pure functions from a result to SVG text
/// (with a <c>viewBox</c>, so the chart scales in a page); no native graphics library, no I/O.
/// </summary>
public static class CalculatorCharts
{
    private const double Width = 900;
    private const string Confirmed = "#1f77b4";
    private const string NotConfirmed = "#9ecae1";
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

    /// <summary>The chart of a result, for the calculators that have one (<c>mpg</c>: MKI by category; <c>limits</c> with a roadmap: the trajectory).</summary>
    /// <param name="result">A calculator result.</param>
    /// <param name="svg">The SVG document, when there is a chart.</param>
    /// <returns>Whether the result has a chart.</returns>
    public static bool TryDraw(ICalculationResult result, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? svg)
    {
        ArgumentNullException.ThrowIfNull(result);
        svg = result switch
        {
            MpgResult mpg => MpgByCategory(mpg),
            LimitsResult { Roadmap.IsDefaultOrEmpty: false } limits => LimitRoadmap(limits),
            _ => null,
        };
        return svg is not null;
    }

    /// <summary>The limit trajectory year by year: one step line per basis (factor set), gaps where no limit applies, the tested value dashed.</summary>
    /// <param name="result">A <c>limits</c> result with a roadmap.</param>
    /// <returns>The SVG document.</returns>
    public static string LimitRoadmap(LimitsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Roadmap.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The result has no roadmap; ask the limits calculator for one (from and to years).", nameof(result));
        }

        var first = result.Roadmap[0].Year;
        var last = result.Roadmap[^1].Year;
        var unit = result.Roadmap.FirstOrDefault(p => p.Limit is not null)?.Limit?.Unit.Text ?? result.ValueUnit;
        var title = $"{result.Indicator}: {result.Kind.ToCode()} limit values {Y(first)}-{Y(last)}";
        var series = Series(result);
        var gaps = result.Roadmap.Where(p => p.Limit is null).Select(p => p.Year).ToList();
        var legend = series.Select(s => (s.Color, s.Label)).DistinctBy(s => s.Label).ToList();
        if (result.Value is { } tested)
        {
            legend.Add(("#000000", $"tested value {SvgChart.Label(tested)} {result.ValueUnit}"));
        }

        const double left = 80, right = 30, top = 70, plotHeight = 360;
        var height = top + plotHeight + 60 + (22 * legend.Count) + 20;
        var svg = new SvgChart(Width, height, title);
        svg.Text(Width / 2, 28, title, 15, "middle", bold: true);
        svg.Text(Width / 2, 50, result.Scope.ToString(), 12, "middle");

        var plotWidth = Width - left - right;
        double X(double year) => left + ((year - (first - 0.5)) / (last + 1.5 - (first - 0.5)) * plotWidth);
        var max = series.Count == 0 ? 1 : Math.Max(series.SelectMany(s => s.Points).Max(p => p.Value), result.Value ?? 0) * 1.2;
        if (!(max > 0))
        {
            max = 1;
        }

        double Yv(double v) => top + plotHeight - (v / max * plotHeight);
        svg.Rect(left, top, plotWidth, plotHeight, "#ffffff", "#444444");
        foreach (var tick in SvgChart.Ticks(0, max))
        {
            svg.Line(left, Yv(tick), left + plotWidth, Yv(tick), "#e5e5e5", 1);
            svg.Text(left - 8, Yv(tick) + 4, SvgChart.Label(tick), 11, "end");
        }

        foreach (var tick in SvgChart.Ticks(first, last, 10).Where(t => t == Math.Floor(t)))
        {
            svg.Line(X(tick), top + plotHeight, X(tick), top + plotHeight + 5, "#444444", 1);
            svg.Text(X(tick), top + plotHeight + 18, tick.ToString("0", CultureInfo.InvariantCulture), 11, "middle");
        }

        svg.Text(20, top + (plotHeight / 2), unit, 12, "middle", rotate: -90);
        svg.Text(left + (plotWidth / 2), top + plotHeight + 40, gaps.Count == 0 ? "Year (limit in force on 31 December)" : $"Year (limit in force on 31 December; no limit in {Ranges(gaps)})", 12, "middle");
        if (series.Count == 0)
        {
            svg.Text(left + (plotWidth / 2), top + (plotHeight / 2), "no limit value in this period", 13, "middle");
        }

        foreach (var s in series)
        {
            // A step holds each year's value until the next year starts; the last step closes at year + 1.
            svg.Polyline(s.Points.SelectMany(p => new[] { (X(p.Year), Yv(p.Value)), (X(p.Year + 1), Yv(p.Value)) }), s.Color, 3);
            foreach (var p in s.Points)
            {
                svg.Circle(X(p.Year), Yv(p.Value), 3.5, s.Color);
            }
        }

        if (result.Value is { } value)
        {
            svg.Line(left, Yv(value), left + plotWidth, Yv(value), "#000000", 2, "8 5");
        }

        var y = top + plotHeight + 66;
        foreach (var (color, label) in legend)
        {
            svg.Rect(left, y - 10, 24, 4, color, null);
            svg.Text(left + 32, y - 4, label, 12);
            y += 22;
        }

        return svg.Finish();
    }

    /// <summary>MKI per impact category as horizontal bars (largest first); categories whose price is not confirmed are lighter and starred; unknown prices and sub-indicators are named, never added.</summary>
    /// <param name="result">An <c>mpg</c> result.</param>
    /// <returns>The SVG document.</returns>
    public static string MpgByCategory(MpgResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var weighted = result.Categories.Where(c => c.Weighted).OrderByDescending(c => c.Mki ?? 0).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        var verdict = result.Limit is { } limit
            ? $"limit {SvgChart.Label(limit)}: {result.Verdict.ToCode().ToUpperInvariant()}{(result.VerdictIsProvisional ? " (provisional)" : string.Empty)}"
            : "no limit tested";
        var title = $"MKI by impact category, weighting set {result.WeightingSet}";
        var subtitle = $"MPG {SvgChart.Label(Math.Round(result.Mpg, 3))} EUR/(m2.a){(result.IsComplete ? string.Empty : " (incomplete)")}, {verdict}";
        var unknown = result.Categories.Where(c => c.Price is null && c.ComponentOf is null).Select(c => c.Category).ToList();
        var components = result.Categories.Where(c => c.ComponentOf is not null).Select(c => c.Category).ToList();
        var notes = new List<string> { "MKI in EUR over the study period (uplift included); * = price not fully confirmed." };
        if (unknown.Count > 0)
        {
            notes.Add("INCOMPLETE, price unknown and not included: " + string.Join(", ", unknown) + ".");
        }

        if (components.Count > 0)
        {
            notes.Add("Reported but not added (part of GWP-total): " + string.Join(", ", components) + ".");
        }

        string Name(MpgCategoryResult c) => c.Confidence == Confidence.Confirmed ? c.Name : c.Name + " *";
        const double top = 70, barHeight = 22, gap = 6, right = 90;
        var left = Math.Min(360, 20 + weighted.Select(c => SvgChart.TextWidth(Name(c), 11)).DefaultIfEmpty(60).Max());
        var plotWidth = Width - left - right;
        var plotHeight = Math.Max(1, weighted.Count) * (barHeight + gap) + gap;
        var noteLines = notes.SelectMany(n => SvgChart.Wrap(n, 11, Width - 40)).ToList();
        var height = top + plotHeight + 40 + (noteLines.Count * 15) + 20;
        var svg = new SvgChart(Width, height, title);
        svg.Text(Width / 2, 28, title, 15, "middle", bold: true);
        svg.Text(Width / 2, 50, subtitle, 12, "middle");
        var max = weighted.Select(c => c.Mki ?? 0).DefaultIfEmpty(0).Max();
        var min = Math.Min(0, weighted.Select(c => c.Mki ?? 0).DefaultIfEmpty(0).Min());
        if (!(max > min))
        {
            max = min + 1;
        }

        double X(double v) => left + ((v - min) / (max - min) * plotWidth);
        svg.Rect(left, top, plotWidth, plotHeight, "#ffffff", "#444444");
        foreach (var tick in SvgChart.Ticks(min, max))
        {
            svg.Line(X(tick), top, X(tick), top + plotHeight, "#e5e5e5", 1);
            svg.Text(X(tick), top + plotHeight + 16, SvgChart.Label(tick), 11, "middle");
        }

        var y = top + gap;
        foreach (var c in weighted)
        {
            var v = c.Mki ?? 0;
            var x0 = X(Math.Min(0, v));
            svg.Rect(x0, y, Math.Abs(X(v) - X(0)), barHeight, c.Confidence == Confidence.Confirmed ? Confirmed : NotConfirmed, null);
            svg.Text(left - 6, y + 15, Name(c), 11, "end");
            svg.Text(X(Math.Max(0, v)) + 4, y + 15, SvgChart.Label(Math.Round(v, 2)), 11);
            y += barHeight + gap;
        }

        svg.Paragraph(20, top + plotHeight + 40, noteLines, 11, double.MaxValue);
        return svg.Finish();
    }

    private static List<(string Color, string Label, List<(int Year, double Value)> Points)> Series(LimitsResult result)
    {
        var series = new List<(string Color, string Label, List<(int Year, double Value)> Points)>();
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        LimitValue? previous = null;
        foreach (var point in result.Roadmap)
        {
            if (point.Limit is null)
            {
                previous = null;
                continue;
            }

            if (previous is null || !SameSeries(previous, point.Limit))
            {
                var key = point.Limit.Basis ?? point.Limit.Kind.ToCode();
                if (!colors.TryGetValue(key, out var color))
                {
                    color = Palette[colors.Count % Palette.Length];
                    colors[key] = color;
                }

                var label = $"{point.Limit.Kind.ToCode()} limit ({point.Limit.Comparator.ToCode()}){(point.Limit.Basis is null ? string.Empty : ", " + point.Limit.Basis)}";
                series.Add((color, label, []));
            }

            series[^1].Points.Add((point.Year, (double)point.Limit.Value));
            previous = point.Limit;
        }

        return series;
    }

    private static bool SameSeries(LimitValue a, LimitValue b) =>
        string.Equals(a.Basis, b.Basis, StringComparison.Ordinal) && a.Kind == b.Kind && a.Unit == b.Unit;

    private static string Ranges(List<int> years)
    {
        var parts = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? Y(years[i]) : $"{Y(years[i])}-{Y(years[j])}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
