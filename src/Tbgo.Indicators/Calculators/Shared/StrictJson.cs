using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

/// <summary>Strict JSON parsing for calculator input: no comments, no trailing commas, no duplicate keys, limited depth.</summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = JsonBinder.MaxDepth,
        AllowDuplicateProperties = false,
    };

    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? reason, out string pointer)
    {
        pointer = string.Empty;
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), Options);
            reason = null;
            return true;
        }
        catch (JsonException ex)
        {
            document = null;
            pointer = ToPointer(ex.Path);
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
            var message = ex.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            reason = (cut > 0 ? message[..cut].TrimEnd('.', ' ') : message.TrimEnd('.')) + where;
            return false;
        }
    }

    /// <summary>Turns a System.Text.Json path (<c>$.a[0].b</c> or <c>$['a b']</c>) into a JSON pointer.</summary>
    internal static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                sb.Append('/').Append(Escape(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                sb.Append('/').Append(Escape(path[(i + 2)..end]));
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                sb.Append('/').Append(path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return sb.ToString();
    }

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
