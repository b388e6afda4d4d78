using System.Text;

namespace Tbgo.Indicators.Docs;

/// <summary>
/// Writing catalogue data into Markdown safely: every ASCII punctuation character is backslash-escaped (CommonMark
/// allows that for all of them), so no data text can open a link, emphasis, table cell, HTML tag or code span;
/// and the Markdown pipeline has raw HTML disabled on top of that.
/// </summary>
internal static class Md
{
    /// <summary>Inline text: escaped, line breaks folded to spaces, leading/trailing space trimmed.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            if (c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A paragraph block: every line escaped and trimmed; blank lines kept as paragraph breaks.</summary>
    public static string Paragraphs(string? text) =>
        string.Join("\n", (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(Text));

    /// <summary>Bold inline text, escaped.</summary>
    public static string Strong(string? text) => string.IsNullOrEmpty(text) ? string.Empty : "**" + Text(text) + "**";

    /// <summary>A link to a relative page the generator wrote (its path is made of safe characters only) or to an absolute web address from the data.</summary>
    public static string Link(string? text, string href) => "[" + Text(text) + "](<" + Href(href) + ">)";

    /// <summary>A table: a header row and rows of already escaped inline Markdown.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", header.Select(Text)).Append(" |\n");
        sb.Append('|').AppendJoin("|", header.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(c => c.Length == 0 ? " " : c)).Append(" |\n");
        }

        return sb.ToString();
    }

    // Inside <...> a link destination may hold anything but line breaks, < and >; encode those (and spaces).
    private static string Href(string href)
    {
        var sb = new StringBuilder(href.Length);
        foreach (var c in href)
        {
            _ = c switch
            {
                '<' => sb.Append("%3C"),
                '>' => sb.Append("%3E"),
                ' ' => sb.Append("%20"),
                '\\' => sb.Append("%5C"),
                '\n' or '\r' or '\t' => sb,
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
