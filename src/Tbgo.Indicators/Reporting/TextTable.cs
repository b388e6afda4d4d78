using System.Text;

namespace Tbgo.Indicators.Reporting;

/// <summary>Plain-text tables for terminal reports: left-aligned columns, two spaces apart, every cell made printable.</summary>
public static class TextTable
{
    /// <summary>Formats rows under a header; each line ends with <c>\n</c>. Cells pass through <see cref="TerminalText.Escape"/>.</summary>
    /// <param name="header">The column titles.</param>
    /// <param name="rows">The rows; each has at most as many cells as the header.</param>
    /// <returns>The table text.</returns>
    public static string Format(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var all = new List<IReadOnlyList<string>> { header.Select(TerminalText.Escape).ToList() };
        all.AddRange(rows.Select(r => (IReadOnlyList<string>)r.Select(TerminalText.Escape).ToList()));
        var widths = new int[header.Count];
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count && i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count; i++)
            {
                sb.Append(i == row.Count - 1 || i >= widths.Length ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
