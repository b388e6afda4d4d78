using System.Globalization;
using System.Text;
using System.Xml;

namespace Tbgo.Indicators.Charts;

/// <summary>
/// A small, dependency-free SVG writer for the library's charts: a plot area with axes, ticks and grid,
/// step lines, horizontal bars, a legend and wrapped notes. Output is deterministic (invariant culture,
/// fixed decimals, stable element order) and scales with its <c>viewBox</c>.
/// </summary>
internal sealed class SvgChart
{
    private const string Font = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private readonly StringBuilder text = new();
    private readonly XmlWriter xml;

    public SvgChart(double width, double height, string title)
    {
        Width = width;
        Height = height;
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n", ConformanceLevel = ConformanceLevel.Fragment });
        xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        xml.WriteAttributeString("width", N(width));
        xml.WriteAttributeString("height", N(height));
        xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("font-family", Font);
        xml.WriteElementString("title", title);
        Rect(0, 0, width, height, "#ffffff", null);
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>An estimate of a text's width in pixels (average glyph 0.58 em), for layout only.</summary>
    public static double TextWidth(string value, double size) => value.Length * size * 0.58;

    public void Rect(double x, double y, double w, double h, string fill, string? stroke)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("width", N(Math.Max(0, w)));
        xml.WriteAttributeString("height", N(Math.Max(0, h)));
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
        }

        xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width, string? dash = null)
    {
        xml.WriteStartElement("line");
        xml.WriteAttributeString("x1", N(x1));
        xml.WriteAttributeString("y1", N(y1));
        xml.WriteAttributeString("x2", N(x2));
        xml.WriteAttributeString("y2", N(y2));
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", N(width));
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width)
    {
        xml.WriteStartElement("polyline");
        xml.WriteAttributeString("points", string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y))));
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", N(width));
        xml.WriteAttributeString("stroke-linejoin", "round");
        xml.WriteEndElement();
    }

    public void Circle(double x, double y, double r, string fill)
    {
        xml.WriteStartElement("circle");
        xml.WriteAttributeString("cx", N(x));
        xml.WriteAttributeString("cy", N(y));
        xml.WriteAttributeString("r", N(r));
        xml.WriteAttributeString("fill", fill);
        xml.WriteEndElement();
    }

    public void Text(double x, double y, string value, double size, string anchor = "start", bool bold = false, string fill = "#222222", double rotate = 0)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("font-size", N(size));
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteAttributeString("fill", fill);
        if (bold)
        {
            xml.WriteAttributeString("font-weight", "bold");
        }

        if (rotate != 0)
        {
            xml.WriteAttributeString("transform", $"rotate({N(rotate)} {N(x)} {N(y)})");
        }

        xml.WriteString(Printable(value));
        xml.WriteEndElement();
    }

    /// <summary>Writes lines of text from <paramref name="y"/> down, wrapping each at <paramref name="maxWidth"/>; returns the y below the last line.</summary>
    public double Paragraph(double x, double y, IEnumerable<string> lines, double size, double maxWidth, bool bold = false)
    {
        foreach (var line in lines.SelectMany(l => Wrap(l, size, maxWidth)))
        {
            Text(x, y, line, size, bold: bold);
            y += size * 1.35;
        }

        return y;
    }

    public static IEnumerable<string> Wrap(string value, double size, double maxWidth)
    {
        var current = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (current.Length > 0 && TextWidth(current + " " + word, size) > maxWidth)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish()
    {
        xml.WriteEndElement();
        xml.Flush();
        xml.Dispose();
        return text.Append('\n').ToString();
    }

    /// <summary>Round tick values (1, 2 or 5 times a power of ten) covering [min, max].</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int target = 6)
    {
        if (!(max > min) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            return [min];
        }

        var raw = (max - min) / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var v = Math.Ceiling(min / step) * step; v <= max + (step * 1e-9); v += step)
        {
            ticks.Add(Math.Round(v, 10));
        }

        return ticks;
    }

    /// <summary>A number as chart text: invariant culture, at most three decimals.</summary>
    public static string Label(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters or lone surrogates; data text shows them as U+FFFD.
    private static string Printable(string value) =>
        value.Any(c => c < ' ' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            ? string.Concat(value.EnumerateRunes().Select(r => r.Value < ' ' || r.Value is 0xFFFE or 0xFFFF ? "\uFFFD" : r.ToString()))
            : value;
}
