using System.Globalization;
using ScottPlot;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Charts;

/// <summary>SVG charts of calculator results, drawn with ScottPlot, readable without the JSON.</summary>
public static class CalculatorCharts
{
    private const int Width = 900;
    private const int Height = 520;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#9467bd"), Color.FromHex("#ff7f0e"),
    ];

    /// <summary>The limit trajectory year by year: one step line per basis (factor set), gaps where no limit applies.</summary>
    public static string LimitRoadmap(LimitsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var unit = result.Roadmap.FirstOrDefault(p => p.Limit is not null)?.Limit?.Unit.Text ?? result.ValueUnit;
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        var colors = new Dictionary<string, Color>(StringComparer.Ordinal);
        var segment = new List<RoadmapPoint>();
        foreach (var point in result.Roadmap.Append(new RoadmapPoint(int.MaxValue, null, false)))
        {
            if (segment.Count > 0 && (point.Limit is null || !SameSeries(segment[^1].Limit!, point.Limit)))
            {
                var first = segment[0].Limit!;
                var key = first.Basis ?? first.Kind.ToCode();
                if (!colors.TryGetValue(key, out var color))
                {
                    color = Palette[colors.Count % Palette.Length];
                    colors[key] = color;
                }

                // A step holds each year's value until the next year starts; close the last step at year + 1.
                var xs = segment.Select(p => (double)p.Year).Append(segment[^1].Year + 1).ToArray();
                var ys = segment.Select(p => (double)p.Limit!.Value).Append((double)segment[^1].Limit!.Value).ToArray();
                var line = plot.Add.Scatter(xs, ys, color);
                line.ConnectStyle = ConnectStyle.StepHorizontal;
                line.LineWidth = 3;
                line.MarkerSize = 6;
                if (labelled.Add(key))
                {
                    line.LegendText = $"{first.Kind.ToCode()} limit ({first.Comparator.ToCode()}){(first.Basis is null ? string.Empty : ", " + first.Basis)}";
                }

                segment.Clear();
            }

            if (point.Limit is not null)
            {
                segment.Add(point);
            }
        }

        if (result.Value is { } value)
        {
            var tested = plot.Add.HorizontalLine(value, 2, Colors.Black, LinePattern.Dashed);
            tested.LegendText = $"tested value {Num(value)} {result.ValueUnit}";
        }

        var gaps = result.Roadmap.Where(p => p.Limit is null).Select(p => p.Year).ToList();
        plot.Title($"{result.Indicator}: {result.Kind.ToCode()} limit values {result.Roadmap.First().Year}-{result.Roadmap.Last().Year}\n{result.Scope}");
        plot.XLabel(gaps.Count == 0 ? "Year (limit in force on 31 December)" : $"Year (limit in force on 31 December; no limit in {Ranges(gaps)})");
        plot.YLabel(unit);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };
        Style(plot);
        plot.Axes.SetLimitsX(result.Roadmap.First().Year - 0.5, result.Roadmap.Last().Year + 1.5);
        if (colors.Count == 0)
        {
            plot.Add.Text("no limit value in this period", result.Roadmap.First().Year, 0);
        }
        else
        {
            var max = result.Roadmap.Where(p => p.Limit is not null).Max(p => (double)p.Limit!.Value);
            plot.Axes.SetLimitsY(0, Math.Max(max, result.Value ?? 0) * 1.2);
        }

        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>MKI per impact category as horizontal bars (largest first); sub-indicators and unknown prices are named, never added.</summary>
    public static string MpgByCategory(MpgResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var weighted = result.Categories.Where(c => c.Weighted).OrderBy(c => c.Mki ?? 0).ToList();
        var bars = weighted.Select((c, i) => new Bar
        {
            Position = i,
            Value = c.Mki ?? 0,
            FillColor = c.Confidence == Confidence.Confirmed ? Palette[0] : Color.FromHex("#9ecae1"),
            Label = Num(Math.Round(c.Mki ?? 0, 2)),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 11;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. weighted.Select((_, i) => (double)i)],
            [.. weighted.Select(c => c.Confidence == Confidence.Confirmed ? c.Name : c.Name + " *")]);
        plot.Axes.Margins(left: 0, right: 0.15);
        var verdict = result.Limit is { } limit
            ? $"limit {Num(limit)}: {result.Verdict.ToCode().ToUpperInvariant()}{(result.VerdictIsProvisional ? " (provisional)" : string.Empty)}"
            : "no limit tested";
        plot.Title($"MKI by impact category, weighting set {result.WeightingSet}\nMPG {Num(Math.Round(result.Mpg, 3))} EUR/(m2.a){(result.IsComplete ? string.Empty : " (incomplete)")}, {verdict}");
        var unknown = result.Categories.Where(c => c.Price is null && c.ComponentOf is null).Select(c => c.Category).ToList();
        var components = result.Categories.Where(c => c.ComponentOf is not null).Select(c => c.Category).ToList();
        var notes = new List<string> { "MKI in EUR over the study period (uplift included); * = price not fully confirmed" };
        if (unknown.Count > 0)
        {
            notes.Add("INCOMPLETE, price unknown and not included: " + string.Join(", ", unknown));
        }

        if (components.Count > 0)
        {
            notes.Add("reported but not added (part of GWP-total): " + string.Join(", ", components));
        }

        plot.XLabel(string.Join("\n", notes));
        Style(plot);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.##", CultureInfo.InvariantCulture) };
        return plot.GetSvgXml(Width, Math.Max(Height, 140 + (28 * weighted.Count)));
    }

    private static void Style(Plot plot)
    {
        plot.Axes.Title.Label.FontSize = 15;
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
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

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
