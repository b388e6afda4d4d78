using System.Xml.Linq;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Charts;
using Tbgo.Indicators.Tests.Calculators;

namespace Tbgo.Indicators.Tests.Charts;

/// <summary>The charts are well-formed, scalable SVG, say what they show, and are the same every run.</summary>
public sealed class CalculatorChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ICalculationResult Result(string name, CalculatorRunOptions? options = null)
    {
        var outcome = Calculator.Find(name)!.Run(System.Text.Encoding.UTF8.GetBytes(CalcSupport.Sample(name)), CalcSupport.Cat, name + ".json", options);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Result;
    }

    private static XElement Parse(string svg)
    {
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ');
        Assert.Equal(["0", "0", root.Attribute("width")!.Value, root.Attribute("height")!.Value], viewBox);
        return root;
    }

    [Fact]
    public void Mpg_chart_has_a_bar_per_weighted_category_largest_first()
    {
        var result = (MpgResult)Result("mpg");
        Assert.True(CalculatorCharts.TryDraw(result, out var svg));
        var root = Parse(svg);
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        var weighted = result.Categories.Where(c => c.Weighted).OrderByDescending(c => c.Mki ?? 0).ToList();
        Assert.Contains(texts, t => t.StartsWith("MKI by impact category, weighting set " + result.WeightingSet, StringComparison.Ordinal));
        var labels = texts.Where(t => weighted.Any(c => t == c.Name || t == c.Name + " *")).ToList();
        Assert.Equal(weighted.Select(c => c.Name), labels.Select(l => l.TrimEnd(' ', '*')));
        // One bar per weighted category, beside the background and the plot frame.
        Assert.Equal(weighted.Count + 2, root.Elements(Svg + "rect").Count());
        Assert.Equal(svg, CalculatorCharts.MpgByCategory(result));
    }

    [Fact]
    public void Roadmap_chart_draws_a_step_line_per_weighting_set_and_names_the_gaps()
    {
        var result = (LimitsResult)Result("limits", new CalculatorRunOptions(2015, 2050));
        Assert.True(CalculatorCharts.TryDraw(result, out var svg));
        var root = Parse(svg);
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        var bases = result.Roadmap.Where(p => p.Limit is not null).Select(p => p.Limit!.Basis).Distinct().Count();
        Assert.True(root.Elements(Svg + "polyline").Count() >= bases);
        Assert.Contains(texts, t => t.StartsWith("Year (limit in force on 31 December", StringComparison.Ordinal));
        Assert.Contains(texts, t => t == "2050" || t == "2045");
        if (result.Roadmap.Any(p => p.Limit is null))
        {
            Assert.Contains(texts, t => t.Contains("no limit in", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_limits_result_without_a_roadmap_has_no_chart()
    {
        var result = (LimitsResult)Result("limits");
        Assert.Equal(result.Roadmap.IsDefaultOrEmpty, !CalculatorCharts.TryDraw(result, out _));
        Assert.False(CalculatorCharts.TryDraw(Result("biogenic"), out _));
    }

    [Fact]
    public void Ticks_are_round_numbers_covering_the_range()
    {
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2], SvgChart.Ticks(0, 1.2));
        Assert.Equal([2020, 2025, 2030, 2035, 2040, 2045, 2050], SvgChart.Ticks(2016, 2050, 7));
        Assert.Single(SvgChart.Ticks(3, 3));
    }
}
