using System.Globalization;
using System.Text;

namespace Tbgo.Indicators.Reporting;

/// <summary>
/// Makes text from data safe to print on a terminal: a value cannot start a new line (and forge a
/// <c>VALID</c> line), move the cursor, or send ANSI escape sequences. Every C0 and C1 control character,
/// DEL, the line and paragraph separators and the bidirectional overrides are written as <c>\uXXXX</c>
/// (<c>\n</c>, <c>\r</c> and <c>\t</c> as themselves escaped); other text is unchanged.
/// </summary>
public static class TerminalText
{
    /// <summary>The printable form of <paramref name="value"/>; the same string when nothing needs escaping.</summary>
    /// <param name="value">Text that may come from data.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? string.Empty;
        }

        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (!NeedsEscape(c))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
