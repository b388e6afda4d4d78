using System.Globalization;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Reporting;

/// <summary>Helpers shared by the report formats.</summary>
internal static class ReportText
{
    public static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Count(long n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

    /// <summary>The field a diagnostic is about: the last segment of its pointer, or empty.</summary>
    public static string Field(Diagnostic d)
    {
        var p = d.Location.Pointer;
        if (string.IsNullOrEmpty(p) || p == "/")
        {
            return string.Empty;
        }

        var last = p[(p.LastIndexOf('/') + 1)..];
        return last.Length > 0 && char.IsAsciiDigit(last[0]) ? string.Empty : last.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    public static string Position(SourceLocation l) =>
        l.Line > 0 ? (l.Column > 0 ? $"{N(l.Line)}:{N(l.Column)}" : N(l.Line)) : "-";

    public static string Title(string code) => DiagnosticDescriptors.Find(code)?.Title ?? string.Empty;
}
