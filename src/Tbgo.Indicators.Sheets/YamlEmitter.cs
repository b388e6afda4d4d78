using System.Text;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Sheets;

/// <summary>Where the emitter wrote a node: 1-based line and column, and the node's JSON pointer.</summary>
internal readonly record struct NodePosition(int Line, int Column, string Pointer, DNode Node);

/// <summary>A generated YAML file and where each of its nodes is.</summary>
internal sealed record EmittedYaml(string Text, IReadOnlyList<NodePosition> Positions);

/// <summary>
/// Writes a document as YAML in the catalogue's house style: block mappings, small objects and short lists in
/// flow style on one line (<c>{nl: ..., en: ...}</c>), long texts folded (<c>&gt;-</c>), a value quoted only when it
/// would otherwise read back as something else. Every value reads back (YAML 1.2 core schema, as the loader reads
/// it) exactly as given; <see cref="TreeComparer"/> checks this after every write.
/// </summary>
internal sealed class YamlEmitter
{
    private const int FlowWidth = 118;
    private const int FoldWidth = 100;
    private const int FoldAbove = 90;

    private readonly StringBuilder _sb = new();
    private readonly List<NodePosition> _positions = [];
    private int _line = 1;
    private int _column = 1;

    public static EmittedYaml Emit(DMap document, string? comment)
    {
        var emitter = new YamlEmitter();
        if (!string.IsNullOrEmpty(comment))
        {
            foreach (var line in comment.Split('\n'))
            {
                emitter.Write(line.Length == 0 ? "#" : "# " + line);
                emitter.Write("\n");
            }
        }

        emitter.Record(document, string.Empty);
        emitter.MapEntries(document, 0, string.Empty, firstInline: false);
        return new EmittedYaml(emitter._sb.ToString(), emitter._positions);
    }

    /// <summary>Whether a text can be written as a plain scalar and read back as that same text.</summary>
    internal static bool IsPlainSafe(string text, bool flow)
    {
        if (text.Length == 0 || YScalar.Resolve(text) != ScalarKind.String)
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@` ".Contains(text[0], StringComparison.Ordinal) || text[^1] is ' ' or ':')
        {
            return false;
        }

        // Words that YAML 1.1 readers (still common) take for booleans.
        if (text.ToUpperInvariant() is "YES" or "NO" or "ON" or "OFF" or "Y" or "N")
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            // In flow style, ':' is quoted too: YAML 1.1 readers (PyYAML) refuse {target: mpg:mpg}.
            if (IsSpecial(c) || (flow && c is ',' or '[' or ']' or '{' or '}' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string DoubleQuote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (IsSpecial(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool IsSpecial(char c) => c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    private static string Scalar(DScalar scalar, bool flow) =>
        scalar.Kind != DScalarKind.String || IsPlainSafe(scalar.Text, flow) ? scalar.Text : DoubleQuote(scalar.Text);

    private static bool CanFold(string text)
    {
        if (text.Length <= FoldAbove || text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsSpecial(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(string key) => IsPlainSafe(key, flow: true) ? key : DoubleQuote(key);

    private static string Pointer(string parent, string key) => parent + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private void MapEntries(DMap map, int indent, string pointer, bool firstInline)
    {
        for (var i = 0; i < map.Entries.Count; i++)
        {
            var (key, value) = (map.Entries[i].Key, map.Entries[i].Value);
            if (i > 0 || !firstInline)
            {
                Write(new string(' ', indent));
            }

            var childPointer = Pointer(pointer, key);
            Record(value, childPointer);
            Write(Key(key));
            Write(":");
            Value(value, indent, childPointer);
        }
    }

    /// <summary>Writes the value of a mapping entry whose key is at <paramref name="indent"/>; ends with a line break.</summary>
    private void Value(DNode node, int indent, string pointer)
    {
        switch (node)
        {
            case DScalar s when s.Kind == DScalarKind.String && CanFold(s.Text) && _column + 1 + s.Text.Length > FlowWidth:
                Write(" ");
                Folded(s, indent + 2, pointer);
                break;
            case DScalar s:
                Write(" ");
                Record(s, pointer);
                Write(Scalar(s, flow: false));
                Write("\n");
                break;
            case DMap m when Flow(m) is { } flow && _column + 1 + flow.Length <= FlowWidth:
                Write(" ");
                FlowNode(m, pointer);
                Write("\n");
                break;
            case DMap m:
                Write("\n");
                Write(new string(' ', indent + 2));
                Record(m, pointer);
                MapEntries(m, indent + 2, pointer, firstInline: true);
                break;
            case DList l when Flow(l) is { } flow && _column + 1 + flow.Length <= FlowWidth:
                Write(" ");
                FlowNode(l, pointer);
                Write("\n");
                break;
            case DList l:
                Write("\n");
                for (var i = 0; i < l.Items.Count; i++)
                {
                    Write(new string(' ', indent + 2));
                    SequenceItem(l.Items[i], indent + 2, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                break;
        }
    }

    /// <summary>Writes <c>- item</c> with the dash at <paramref name="dashIndent"/> (already written up to the dash).</summary>
    private void SequenceItem(DNode node, int dashIndent, string pointer)
    {
        Write("- ");
        switch (node)
        {
            case DScalar s when s.Kind == DScalarKind.String && CanFold(s.Text) && _column + s.Text.Length > FlowWidth:
                Folded(s, dashIndent + 2, pointer);
                break;
            case DScalar s:
                Record(s, pointer);
                Write(Scalar(s, flow: false));
                Write("\n");
                break;
            case DMap m when m.Entries.Count == 0 || (Flow(m) is { } flow && _column + flow.Length <= FlowWidth):
                FlowNode(m, pointer);
                Write("\n");
                break;
            case DMap m:
                Record(m, pointer);
                MapEntries(m, dashIndent + 2, pointer, firstInline: true);
                break;
            case DList l:
                FlowOrBlockNested(l, dashIndent, pointer);
                break;
        }
    }

    private void FlowOrBlockNested(DList list, int dashIndent, string pointer)
    {
        if (Flow(list) is { } flow && _column + flow.Length <= FlowWidth)
        {
            FlowNode(list, pointer);
            Write("\n");
            return;
        }

        Record(list, pointer);
        Write("\n");
        for (var i = 0; i < list.Items.Count; i++)
        {
            Write(new string(' ', dashIndent + 2));
            SequenceItem(list.Items[i], dashIndent + 2, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Folded(DScalar scalar, int contentIndent, string pointer)
    {
        Record(scalar, pointer);
        Write(">-\n");
        var words = scalar.Text.Split(' ');
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && contentIndent + line.Length + 1 + word.Length > FoldWidth)
            {
                Write(new string(' ', contentIndent));
                Write(line.ToString());
                Write("\n");
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        Write(new string(' ', contentIndent));
        Write(line.ToString());
        Write("\n");
    }

    /// <summary>The one-line flow form of a node, or null when it has a text that is better folded or has line breaks.</summary>
    private static string? Flow(DNode node)
    {
        switch (node)
        {
            case DScalar s:
                return s.Kind == DScalarKind.String && (s.Text.Contains('\n', StringComparison.Ordinal) || s.Text.Length > FoldAbove) ? null : Scalar(s, flow: true);
            case DMap m:
            {
                var sb = new StringBuilder("{");
                foreach (var (key, value) in m.Entries)
                {
                    if (Flow(value) is not { } v || sb.Length > FlowWidth)
                    {
                        return null;
                    }

                    sb.Append(sb.Length > 1 ? ", " : string.Empty).Append(Key(key)).Append(": ").Append(v);
                }

                return sb.Append('}').ToString();
            }

            case DList l:
            {
                var sb = new StringBuilder("[");
                foreach (var item in l.Items)
                {
                    if (Flow(item) is not { } v || sb.Length > FlowWidth)
                    {
                        return null;
                    }

                    sb.Append(sb.Length > 1 ? ", " : string.Empty).Append(v);
                }

                return sb.Append(']').ToString();
            }

            default:
                return null;
        }
    }

    /// <summary>Writes a node in flow style, recording where each part starts.</summary>
    private void FlowNode(DNode node, string pointer)
    {
        Record(node, pointer);
        switch (node)
        {
            case DScalar s:
                Write(Scalar(s, flow: true));
                break;
            case DMap m:
                Write("{");
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    Write(i > 0 ? ", " : string.Empty);
                    var childPointer = Pointer(pointer, m.Entries[i].Key);
                    Record(m.Entries[i].Value, childPointer);
                    Write(Key(m.Entries[i].Key));
                    Write(": ");
                    FlowNode(m.Entries[i].Value, childPointer);
                }

                Write("}");
                break;
            case DList l:
                Write("[");
                for (var i = 0; i < l.Items.Count; i++)
                {
                    Write(i > 0 ? ", " : string.Empty);
                    FlowNode(l.Items[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                Write("]");
                break;
        }
    }

    private void Record(DNode node, string pointer) => _positions.Add(new NodePosition(_line, _column, pointer, node));

    private void Write(string text)
    {
        _sb.Append(text);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                _line++;
                _column = 1;
            }
            else if (!char.IsLowSurrogate(c))
            {
                _column++;
            }
        }
    }
}
