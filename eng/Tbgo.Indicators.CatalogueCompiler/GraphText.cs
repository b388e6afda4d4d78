using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.CatalogueCompiler;

/// <summary>
/// An object graph as text: every public property, recursively, in name order (units by text, dimension and factor).
/// Two graphs with the same text hold the same data, whatever their object identities: the compiler compares unit
/// registries with it, the tests the compiled catalogue with the one loaded from YAML.
/// </summary>
internal static class GraphText
{
    public static string Of(object? value)
    {
        var s = new StringBuilder();
        Write(s, value, 0);
        return s.ToString();
    }

    private static void Write(StringBuilder s, object? value, int depth)
    {
        switch (value)
        {
            case null:
                s.Append("null");
                return;
            case string text:
                s.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case double d:
                s.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case decimal m:
                s.Append(m.ToString(CultureInfo.InvariantCulture)).Append('m');
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is DateOnly:
                s.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool or Enum or Dimension or Rational:
                s.Append(value);
                return;
            case Unit unit:
                s.Append('<').Append(unit.Text).Append(' ').Append(unit.Dimension).Append(' ').Append(unit.Factor).Append('>');
                return;
            case IEnumerable items:
                s.Append('[');
                foreach (var item in items)
                {
                    Write(s, item, depth + 1);
                    s.Append(',');
                }

                s.Append(']');
                return;
        }

        if (depth > 12)
        {
            throw new InvalidOperationException($"the graph is deeper than 12 levels at a {value.GetType()} (a cycle?)");
        }

        var type = value.GetType();
        s.Append(type.Name).Append('{');
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            s.Append(p.Name).Append('=');
            Write(s, p.GetValue(value), depth + 1);
            s.Append(';');
        }

        s.Append('}');
    }
}
