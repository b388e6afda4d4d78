using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Loading;

/// <summary>Finds the <c>TODO</c> placeholders that <c>tbgo new indicator</c> writes, so a scaffold cannot leave draft unnoticed.</summary>
internal static class Placeholders
{
    /// <summary>The marker a scaffold puts where a person must write the real value.</summary>
    public const string Marker = "TODO";

    /// <summary>The placeholder a scaffold writes for an id (a source reference), where the schema allows lower case only.</summary>
    public const string RefMarker = "todo";

    /// <summary>Reports every scalar (value, not key) that starts with <see cref="Marker"/> as a located warning.</summary>
    public static void Report(BindContext c, YNode root)
    {
        var stack = new Stack<YNode>();
        stack.Push(root);
        var found = new List<YScalar>();
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YScalar s when s.Value.StartsWith(Marker, StringComparison.Ordinal) || s.Value == RefMarker:
                    found.Add(s);
                    break;
                case YMapping m:
                    foreach (var e in m.Entries)
                    {
                        stack.Push(e.Value);
                    }

                    break;
                case YSequence q:
                    foreach (var item in q.Items)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }

        foreach (var s in found.OrderBy(s => s.Line).ThenBy(s => s.Column))
        {
            var text = s.Value.Length <= 60 ? s.Value : s.Value[..57] + "...";
            c.Diagnostics.Add(DiagnosticDescriptors.Placeholder.Create(c.At(s), s.Pointer, text));
        }
    }
}
