using System.Globalization;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Loading;

/// <summary>
/// Makes what can be bound of a document with schema errors bindable, so its units and references are still checked:
/// an unknown key is dropped, and an element of a list (a limit value, a mapping, a framework item, ...) that has a
/// schema error anywhere inside it is dropped as a whole. Errors in the document's own fields are left; binding such a
/// document may fail, and then it is not checked further (its schema errors are reported all the same).
/// </summary>
internal static class PartialDocument
{
    public static void Prune(YMapping root, IReadOnlyList<SchemaError> errors)
    {
        var dropElements = new Dictionary<YSequence, SortedSet<int>>();
        foreach (var error in errors)
        {
            var segments = Segments(error.Pointer);
            if (segments.Count == 0)
            {
                continue;
            }

            if (error.Descriptor.Code == "TBGO2001" && Resolve(root, segments[..^1]) is YMapping parent)
            {
                parent.Entries.RemoveAll(e => string.Equals(e.Key.Value, segments[^1], StringComparison.Ordinal));
                continue;
            }

            // A misspelt code in the document's own fields (pillar, direction, status, ...) is read as the closest
            // allowed code, so the rest of the document binds; the schema error already names the right one.
            if (segments.Count == 1 && error.Descriptor.Code == "TBGO2004" && Replacement(error) is { } code)
            {
                var at = root.Entries.FindIndex(e => string.Equals(e.Key.Value, segments[0], StringComparison.Ordinal));
                if (at >= 0 && root.Entries[at].Value is YScalar old)
                {
                    root.Entries[at] = new(root.Entries[at].Key, new YScalar(code, quoted: true, old.Line, old.Column, old.Pointer));
                }

                continue;
            }

            if (segments.Count >= 2 && root[segments[0]] is YSequence list
                && int.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Items.Count)
            {
                if (!dropElements.TryGetValue(list, out var set))
                {
                    dropElements[list] = set = [];
                }

                set.Add(index);
            }
        }

        foreach (var (list, indices) in dropElements)
        {
            foreach (var i in indices.Reverse())
            {
                list.Items.RemoveAt(i);
            }
        }
    }

    private static string? Replacement(SchemaError error)
    {
        const string prefix = "Did you mean '";
        if (error.Hint is { } hint && hint.StartsWith(prefix, StringComparison.Ordinal) && hint.IndexOf('\'', prefix.Length) is > 0 and var end)
        {
            return hint[prefix.Length..end];
        }

        return error.Args is [_, _, string allowed, ..] ? allowed.Split(", ")[0] : null;
    }

    private static YNode? Resolve(YNode node, List<string> segments)
    {
        YNode? current = node;
        foreach (var s in segments)
        {
            current = current switch
            {
                YMapping m => m[s],
                YSequence q when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < q.Items.Count => q.Items[i],
                _ => null,
            };
        }

        return current;
    }

    private static List<string> Segments(string pointer) =>
        [.. pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
}
