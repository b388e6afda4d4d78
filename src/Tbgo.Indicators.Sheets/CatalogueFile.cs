using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>A definition file as read from YAML: its path in the catalogue, kind, root mapping and header comment.</summary>
internal sealed record CatalogueFile(string Path, DefinitionKind Kind, YMapping Root, string? Comment)
{
    /// <summary>
    /// The comment block at the top of a file (the lines starting with <c>#</c> before the first content line),
    /// without the <c>#</c> and one space; null when there is none.
    /// </summary>
    public static string? HeaderComment(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                lines.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
            }
            else if (line.Trim().Length == 0 && lines.Count > 0)
            {
                lines.Add(string.Empty);
            }
            else
            {
                break;
            }
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>The full-line comments below the header comment (lines whose first non-space character is <c>#</c>).</summary>
    public static int InnerCommentLines(string text)
    {
        var count = 0;
        var inHeader = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (inHeader && (line.StartsWith('#') || line.Length == 0))
            {
                continue;
            }

            inHeader = false;
            if (line.StartsWith('#'))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>A definition file built from a workbook: its path, kind, document and header comment, and the row it came from.</summary>
internal sealed record BuiltFile(string Path, DefinitionKind Kind, DMap Root, string? Comment, CellRef Origin);
