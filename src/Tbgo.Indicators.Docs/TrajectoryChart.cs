using System.Globalization;
using System.Text;
using System.Xml;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Docs;

/// <summary>
/// The limit values of an indicator over time as an inline SVG step chart: one step line per series (scope, kind and
/// basis), a step from the first to the last year of each value's validity (open-ended values run to the chart's
/// last year), labels in the page's language. Written with an <see cref="XmlWriter"/>, so all text is escaped.
/// (The library's <c>CalculatorCharts.LimitRoadmap</c> draws one calculator result in English; a reference page
/// needs every series of an indicator and its own language.)
/// </summary>
internal static class TrajectoryChart
{
    private const double Width = 880, Left = 80, Right = 30, Top = 40, PlotHeight = 260;
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];

    /// <summary>The SVG element (no XML declaration, to go inline in a page), or null when no limit value has a number to draw.</summary>
    public static string? Draw(Indicator indicator, string language, Func<LimitValue, string> seriesLabel)
    {
        var values = indicator.LimitValues;
        if (values.IsDefaultOrEmpty)
        {
            return null;
        }

        var first = values.Min(v => v.ValidFrom.Year);
        var last = Math.Max(first + 4, values.Max(v => Math.Max(v.ValidFrom.Year, v.ValidTo?.Year ?? v.ValidFrom.Year)) + 1);
        var series = values.GroupBy(seriesLabel, StringComparer.Ordinal).ToList();
        var max = (double)values.Max(v => v.Value);
        var min = Math.Min(0, (double)values.Min(v => v.Value));
        if (!(max > min))
        {
            max = min + 1;
        }

        max += (max - min) * 0.15;
        var height = Top + PlotHeight + 50 + (20 * series.Count) + 10;
        var plotWidth = Width - Left - Right;
        double X(double year) => Left + ((year - first) / (last + 1 - first) * plotWidth);
        double Y(double v) => Top + PlotHeight - ((v - min) / (max - min) * PlotHeight);

        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n", ConformanceLevel = ConformanceLevel.Fragment }))
        {
            var title = $"{SiteLabels.Get(language, "chart.title")}: {indicator.Name.Get(language)} ({indicator.Unit.Text})";
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            xml.WriteAttributeString("viewBox", $"0 0 {N(Width)} {N(height)}");
            xml.WriteAttributeString("width", N(Width));
            xml.WriteAttributeString("height", N(height));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif");
            xml.WriteElementString("title", title);
            Text(xml, Width / 2, 22, title, 14, "middle");
            Rect(xml, Left, Top, plotWidth, PlotHeight, "#ffffff", "#444444");
            foreach (var tick in Ticks(min, max, 6))
            {
                Line(xml, Left, Y(tick), Left + plotWidth, Y(tick), "#e5e5e5");
                Text(xml, Left - 6, Y(tick) + 4, Num(tick), 11, "end");
            }

            var step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 12.0));
            for (var year = first; year <= last; year += step)
            {
                Line(xml, X(year), Top + PlotHeight, X(year), Top + PlotHeight + 5, "#444444");
                Text(xml, X(year), Top + PlotHeight + 18, year.ToString(CultureInfo.InvariantCulture), 11, "middle");
            }

            Text(xml, Left + (plotWidth / 2), Top + PlotHeight + 36, SiteLabels.Get(language, "chart.year"), 12, "middle");
            var legendY = Top + PlotHeight + 58;
            var index = 0;
            foreach (var s in series)
            {
                var color = Palette[index++ % Palette.Length];
                foreach (var v in s.OrderBy(v => v.ValidFrom))
                {
                    var end = (v.ValidTo?.Year ?? last) + 1;
                    var y = Y((double)v.Value);
                    xml.WriteStartElement("polyline");
                    xml.WriteAttributeString("points", $"{N(X(v.ValidFrom.Year))},{N(y)} {N(X(end))},{N(y)}");
                    xml.WriteAttributeString("fill", "none");
                    xml.WriteAttributeString("stroke", color);
                    xml.WriteAttributeString("stroke-width", "3");
                    xml.WriteElementString("title", $"{Num((double)v.Value)} {v.Unit.Text}, {v.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} - {v.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? SiteLabels.Get(language, "value.open")}");
                    xml.WriteEndElement();
                }

                Rect(xml, Left, legendY - 9, 24, 4, color, null);
                Text(xml, Left + 32, legendY - 3, s.Key, 12, "start");
                legendY += 20;
            }

            xml.WriteEndElement();
        }

        return sb.ToString();
    }

    private static void Text(XmlWriter xml, double x, double y, string text, double size, string anchor)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("font-size", N(size));
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Rect(XmlWriter xml, double x, double y, double w, double h, string fill, string? stroke)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("width", N(w));
        xml.WriteAttributeString("height", N(h));
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
        }

        xml.WriteEndElement();
    }

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, string stroke)
    {
        xml.WriteStartElement("line");
        xml.WriteAttributeString("x1", N(x1));
        xml.WriteAttributeString("y1", N(y1));
        xml.WriteAttributeString("x2", N(x2));
        xml.WriteAttributeString("y2", N(y2));
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteEndElement();
    }

    private static IEnumerable<double> Ticks(double min, double max, int count)
    {
        var raw = (max - min) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        for (var t = Math.Ceiling(min / step) * step; t <= max + (step / 1000); t += step)
        {
            yield return Math.Round(t, 10);
        }
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
