using System.Globalization;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>
/// Compares a document as read from YAML with one built from a workbook: the same keys in any order, the same
/// items in the same order, the same scalars (text as written for strings; numbers by their exact digits; booleans
/// by value). Style, comments and positions are not compared.
/// </summary>
internal static class TreeComparer
{
    /// <summary>The JSON pointer and a description of the first difference, or null when the two are the same.</summary>
    public static (string Pointer, string What)? FirstDifference(YNode read, DNode built, string pointer = "")
    {
        switch (read, built)
        {
            case (YMapping m, DMap d):
            {
                if (m.Entries.Count != d.Entries.Count)
                {
                    var missing = m.Entries.Select(e => e.Key.Value).Except(d.Entries.Select(e => e.Key), StringComparer.Ordinal).FirstOrDefault();
                    var extra = d.Entries.Select(e => e.Key).Except(m.Entries.Select(e => e.Key.Value), StringComparer.Ordinal).FirstOrDefault();
                    return (pointer, missing is not null ? $"'{missing}' is missing" : $"'{extra}' is extra");
                }

                foreach (var entry in m.Entries)
                {
                    var key = entry.Key.Value;
                    if (d[key] is not { } other)
                    {
                        return (pointer, $"'{key}' is missing");
                    }

                    if (FirstDifference(entry.Value, other, pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            }

            case (YSequence s, DList l):
            {
                if (s.Items.Count != l.Items.Count)
                {
                    return (pointer, $"{s.Items.Count} items became {l.Items.Count}");
                }

                for (var i = 0; i < s.Items.Count; i++)
                {
                    if (FirstDifference(s.Items[i], l.Items[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture)) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            }

            case (YScalar y, DScalar d):
                return SameScalar(y, d) ? null : (pointer, $"'{y.Value}' became '{d.Text}'");
            default:
                return (pointer, $"a {Describe(read)} became a {Describe(built)}");
        }
    }

    private static bool SameScalar(YScalar y, DScalar d) => (y.Kind, d.Kind) switch
    {
        (ScalarKind.String, DScalarKind.String) => string.Equals(y.Value, d.Text, StringComparison.Ordinal),
        (ScalarKind.Integer or ScalarKind.Float, DScalarKind.Number) => string.Equals(y.Value, d.Text, StringComparison.Ordinal),
        (ScalarKind.Boolean, DScalarKind.Boolean) => string.Equals(y.Value, d.Text, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string Describe(object node) => node switch
    {
        YMapping or DMap => "mapping",
        YSequence or DList => "list",
        YScalar { Kind: ScalarKind.Null } => "null",
        YScalar or DScalar => "scalar",
        _ => "node",
    };
}
