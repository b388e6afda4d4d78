using System.Globalization;
using Tbgo.Indicators.Charts;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

/// <summary>
/// The monitor's trajectory chart (the library's own SVG writer, as the calculator charts): the values of several
/// series over the half-years against the binding limit in force year by year to 2050 (a step line, the limits
/// calculator's roadmap). Up to eight series get a colour and a legend line each; more are drawn thin and grey with
/// their mean per half-year in bold, so a chart of thirty projects stays readable.
/// </summary>
internal static class MonitorChart
{
    public const int MaxColouredSeries = 8;
    private const double Width = 900;
    private const string LimitColour = "#d62728";
    private static readonly string[] Palette = ["#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

    /// <summary>Draws the chart; <paramref name="series"/> share one unit and one roadmap.</summary>
    public static string Trajectory(string title, string subtitle, string unit, IReadOnlyList<(string Label, IReadOnlyList<(string Half, double Value)> Points)> series, MonitorRoadmap? roadmap)
    {
        var allPoints = series.SelectMany(s => s.Points).ToList();
        var limits = roadmap?.Years.Where(y => y.Limit is not null).Select(y => (y.Year, Value: y.Limit!.Threshold.ValueIn(y.Limit.Unit), y.Limit.Basis, y.Limit.Comparator)).ToList() ?? [];

        // Two panels on one value axis: the reported half-years (with the limit in force then), and to the right the
        // roadmap from the end of the reported years to 2050, so ten half-years are not squeezed into a 25-year axis.
        var a0 = Math.Floor(allPoints.Count == 0 ? (limits.Count > 0 ? limits.Min(l => l.Year) : 2000) : allPoints.Min(p => X0(p.Half)) - 0.5);
        var a1 = Math.Max(a0 + 1, Math.Ceiling(allPoints.Count == 0 ? a0 + 1 : allPoints.Max(p => X0(p.Half))));
        var b1 = limits.Count == 0 ? a1 : Math.Max(a1, limits.Max(l => l.Year) + 1);
        var roadmapPanel = b1 > a1;
        var coloured = series.Count <= MaxColouredSeries;
        var legend = new List<(string Colour, string Label, bool Dashed)>();
        if (coloured)
        {
            legend.AddRange(series.Select((s, i) => (Palette[i % Palette.Length], s.Label, false)));
        }
        else
        {
            legend.Add(("#bbbbbb", $"each of the {series.Count} series", false));
            legend.Add(("#1f77b4", "mean of the series with a value in that half-year", false));
        }

        foreach (var basis in limits.Select(l => l.Basis).Distinct())
        {
            legend.Add((LimitColour, $"binding limit in force on 31 December ({limits.First(l => l.Basis == basis).Comparator.ToCode()}{(basis is null ? string.Empty : ", " + basis)})", true));
        }

        if (limits.Count == 0)
        {
            legend.Add((LimitColour, "no binding limit value for this scope in the catalogue", true));
        }

        const double left = 80, right = 30, top = 70, plotHeight = 300, gap = 24;
        var height = top + plotHeight + 56 + (20 * legend.Count) + 16;
        var svg = new SvgChart(Width, height, title);
        svg.Text(Width / 2, 26, title, 15, "middle", bold: true);
        svg.Text(Width / 2, 48, subtitle, 12, "middle");
        var plotWidth = Width - left - right;
        var widthA = roadmapPanel ? (plotWidth - gap) * 0.68 : plotWidth;
        var leftB = left + widthA + gap;
        var widthB = plotWidth - widthA - gap;
        double X(double year) => year <= a1 || !roadmapPanel ? left + ((year - a0) / (a1 - a0) * widthA) : XB(year);
        double XB(double year) => leftB + ((year - a1) / (b1 - a1) * widthB);

        var values = allPoints.Select(p => p.Value).Concat(limits.Select(l => l.Value)).ToList();
        var max = values.Count == 0 ? 1 : values.Max();
        var min = values.Count == 0 ? 0 : Math.Min(0, values.Min());
        max = max > 0 ? max * 1.15 : (max < 0 ? 0 : 1);
        min = min < 0 ? min * 1.15 : 0;
        if (!(max > min))
        {
            max = min + 1;
        }

        double Y(double v) => top + plotHeight - ((v - min) / (max - min) * plotHeight);
        svg.Rect(left, top, widthA, plotHeight, "#ffffff", "#444444");
        if (roadmapPanel)
        {
            svg.Rect(leftB, top, widthB, plotHeight, "#fafafa", "#444444");
            svg.Text(leftB + (widthB / 2), top - 6, "roadmap to " + (b1 - 1).ToString("0", CultureInfo.InvariantCulture), 11, "middle");
        }

        foreach (var tick in SvgChart.Ticks(min, max))
        {
            svg.Line(left, Y(tick), left + widthA, Y(tick), "#e5e5e5", 1);
            if (roadmapPanel)
            {
                svg.Line(leftB, Y(tick), leftB + widthB, Y(tick), "#e5e5e5", 1);
            }

            svg.Text(left - 8, Y(tick) + 4, SvgChart.Label(tick), 11, "end");
        }

        foreach (var tick in SvgChart.Ticks(a0, a1, 8).Where(t => t == Math.Floor(t)).Concat(roadmapPanel ? SvgChart.Ticks(a1, b1, 4).Where(t => t == Math.Floor(t) && t > a1) : []))
        {
            svg.Line(X(tick), top + plotHeight, X(tick), top + plotHeight + 5, "#444444", 1);
            svg.Text(X(tick), top + plotHeight + 18, tick.ToString("0", CultureInfo.InvariantCulture), 11, "middle");
        }

        svg.Text(20, top + (plotHeight / 2), unit, 12, "middle", rotate: -90);
        svg.Text(left + (widthA / 2), top + plotHeight + 38, "Year (a value at the end of its half-year)", 12, "middle");

        foreach (var group in limits.GroupBy(l => l.Basis))
        {
            // Consecutive years form one step line; a year without a limit breaks it.
            var run = new List<(double, double)>();
            var previous = int.MinValue;
            foreach (var l in group.OrderBy(l => l.Year).Where(l => l.Year + 1 > a0))
            {
                var inRoadmap = roadmapPanel && l.Year >= a1;
                if (run.Count > 0 && (l.Year != previous + 1 || (inRoadmap && l.Year == (int)a1)))
                {
                    svg.Polyline(run, LimitColour, 2.5); // a year without a limit, or the panel boundary
                    run.Clear();
                }

                run.Add((inRoadmap ? XB(l.Year) : X(Math.Max(l.Year, a0)), Y(l.Value)));
                run.Add((inRoadmap ? XB(l.Year + 1) : X(l.Year + 1), Y(l.Value)));
                previous = l.Year;
            }

            if (run.Count > 0)
            {
                svg.Polyline(run, LimitColour, 2.5);
            }
        }

        for (var i = 0; i < series.Count; i++)
        {
            var colour = coloured ? Palette[i % Palette.Length] : "#bbbbbb";
            var points = series[i].Points.OrderBy(p => p.Half, StringComparer.Ordinal).Select(p => (X(X0(p.Half)), Y(p.Value))).ToList();
            if (points.Count > 1)
            {
                svg.Polyline(points, colour, coloured ? 2 : 1);
            }

            foreach (var (x, y) in points)
            {
                svg.Circle(x, y, coloured ? 3.5 : 2, colour);
            }
        }

        if (!coloured)
        {
            var mean = allPoints.GroupBy(p => p.Half).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (X(X0(g.Key)), Y(g.Average(p => p.Value)))).ToList();
            svg.Polyline(mean, "#1f77b4", 3);
            foreach (var (x, y) in mean)
            {
                svg.Circle(x, y, 4, "#1f77b4");
            }
        }

        var ly = top + plotHeight + 62;
        foreach (var (colour, label, dashed) in legend)
        {
            if (dashed)
            {
                svg.Line(left, ly - 8, left + 24, ly - 8, colour, 2.5);
            }
            else
            {
                svg.Rect(left, ly - 10, 24, 4, colour, null);
            }

            svg.Text(left + 32, ly - 4, label, 12);
            ly += 20;
        }

        var text = svg.Finish();
        return text[(text.IndexOf("<svg", StringComparison.Ordinal))..]; // inline in HTML: no XML declaration
    }

    /// <summary>The x position of a half-year: its end (<c>2026H1</c> is 2026.5, <c>2026H2</c> is 2027).</summary>
    private static double X0(string half) => int.Parse(half.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) + (half[5] == '1' ? 0.5 : 1.0);
}
