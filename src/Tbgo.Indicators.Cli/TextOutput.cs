using System.Globalization;
using System.Text;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Cli;

/// <summary>Plain-text formatting shared by the commands.</summary>
internal static class TextOutput
{
    /// <summary>Formats a diagnostic as <c>file:line:col: CODE: message</c> (with the severity after the code for non-errors).</summary>
    public static string Format(Diagnostic d) => d.ToString();

    /// <summary>Formats rows as a left-aligned table with a header, columns separated by two spaces.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = new int[header.Count];
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count; i++)
            {
                sb.Append(i == row.Count - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    public static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
