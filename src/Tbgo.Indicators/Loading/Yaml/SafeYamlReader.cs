using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Tbgo.Indicators.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tbgo.Indicators.Loading.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree without YamlDotNet's object model:
/// event by event, with an explicit stack (no recursion), rejecting anchors, aliases and tags,
/// bounding depth and node count, reporting duplicate keys, invalid UTF-8 and syntax errors as
/// located diagnostics. Never throws for bad input.
/// </summary>
internal static class SafeYamlReader
{
    public static YNode? Read(ReadOnlySpan<byte> utf8, string file, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        if (utf8.Length > limits.MaxBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.FileTooLarge.Create(SourceLocation.InFile(file, 1, 1), limits.MaxBytes));
            return null;
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var text = Decode(utf8, file, diagnostics);
        return text is null ? null : Read(text, file, limits, diagnostics);
    }

    public static YNode? Read(string text, string file, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var builder = new TreeBuilder(file, limits, diagnostics, text);
        if (FindForbiddenCharacter(text) is { } bad)
        {
            builder.SyntaxError(bad.Line, bad.Column, bad.Reason);
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            return builder.Build(parser);
        }
        catch (YamlException ex)
        {
            builder.SyntaxError(ex.Start.Line, ex.Start.Column, Describe(ex));
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet rejects a malformed %TAG directive or tag handle with ArgumentException ("Global tags must be
            // valid URIs"), not YamlException; found by fuzzing (tests/Tbgo.Indicators.Tests/Fuzz/Regressions/yaml).
            builder.SyntaxError(builder.LastLine, builder.LastColumn, "a tag or %TAG directive is not well-formed (" + ex.Message.TrimEnd('.') + "); tags are not used in the catalogue: remove it");
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed flow collections surface as InvalidOperationException (reference/dependencies.md),
            // with .NET's generic "Operation is not valid due to the current state of the object" as the message.
            builder.SyntaxError(builder.LastLine, builder.LastColumn, "a flow collection is not closed or not well-formed here: '[' needs a matching ']' and '{' a matching '}', with items separated by commas (or quote the value if it is text that starts with '[' or '{')");
            return null;
        }
    }

    /// <summary>
    /// The first character YAML 1.2 does not allow in a stream (section 5.1: C0 controls other than tab, line feed and
    /// carriage return, DEL, C1 controls other than NEL, U+FFFE/U+FFFF, lone surrogates), with its line and column.
    /// A NUL is named as such: it usually means a binary or UTF-16 file saved as .yaml.
    /// </summary>
    private static (int Line, int Column, string Reason)? FindForbiddenCharacter(string text)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if ((c < ' ' && c is not '\t' and not '\r') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F' && c != '\u0085') || c is '\uFFFE' or '\uFFFF' || lone)
            {
                var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return (line, column, c == '\0'
                    ? $"the file contains a NUL character ({code}); YAML is text and cannot contain NUL (was a binary or UTF-16 file saved as .yaml?)"
                    : $"the file contains the control character {code}, which YAML does not allow (only tab, line feed and carriage return)");
            }

            column++;
        }

        return null;
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException is { } inner && !string.Equals(inner.Message, ex.Message, StringComparison.Ordinal)
            ? $"{ex.Message} ({inner.Message})"
            : ex.Message;
        return message.TrimEnd('.', ' ');
    }

    private static string? Decode(ReadOnlySpan<byte> utf8, string file, List<Diagnostic> diagnostics)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, utf8.Length));
        try
        {
            var status = Utf8.ToUtf16(utf8, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            // Locate the first bad byte by line and column (columns counted in characters before it).
            var before = utf8[..read];
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < before.Length; i++)
            {
                if (before[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
            diagnostics.Add(DiagnosticDescriptors.InvalidUtf8.Create(
                SourceLocation.InFile(file, line, column),
                utf8[read].ToString("X2", CultureInfo.InvariantCulture),
                read.ToString(CultureInfo.InvariantCulture)));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private sealed class TreeBuilder(string file, YamlLimits limits, List<Diagnostic> diagnostics, string text)
    {
        private readonly Stack<Frame> _stack = new();
        private int _nodes;

        public int LastLine { get; private set; } = 1;

        public int LastColumn { get; private set; } = 1;

        public YNode? Build(IParser parser)
        {
            YNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                LastLine = (int)ev.Start.Line;
                LastColumn = (int)ev.Start.Column;
                switch (ev)
                {
                    case StreamStart or StreamEnd or DocumentEnd or Comment:
                        continue;
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            diagnostics.Add(DiagnosticDescriptors.MultipleDocuments.Create(At(ev)));
                            return null;
                        }

                        continue;
                    case AnchorAlias alias:
                        diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed.Create(At(ev), "*" + alias.Value.Value));
                        return null;
                    case MappingEnd or SequenceEnd:
                        var done = _stack.Pop();
                        if (_stack.Count == 0)
                        {
                            root = done.Node;
                        }

                        continue;
                }

                var nodeEvent = (NodeEvent)ev;
                if (!nodeEvent.Anchor.IsEmpty)
                {
                    diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed.Create(At(ev), "&" + nodeEvent.Anchor.Value));
                    return null;
                }

                if (!nodeEvent.Tag.IsEmpty && !(nodeEvent is Scalar { IsQuotedImplicit: true } && nodeEvent.Tag.Value == "!"))
                {
                    diagnostics.Add(DiagnosticDescriptors.TagNotAllowed.Create(At(ev), nodeEvent.Tag.Value));
                    return null;
                }

                if (++_nodes > limits.MaxNodes)
                {
                    diagnostics.Add(DiagnosticDescriptors.TooManyNodes.Create(At(ev), limits.MaxNodes));
                    return null;
                }

                var parent = _stack.Count > 0 ? _stack.Peek() : null;
                if (parent is { Node: YMapping, PendingKey: null })
                {
                    // This event is a key.
                    if (ev is not Scalar keyScalar)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NonScalarKey.Create(At(ev)));
                        return null;
                    }

                    parent.PendingKey = new YScalar(keyScalar.Value, keyScalar.Style is not ScalarStyle.Plain, LastLine, LastColumn, parent.Node.Pointer);
                    continue;
                }

                var pointer = parent is null ? string.Empty : parent.ChildPointer();
                YNode node;
                switch (ev)
                {
                    case Scalar s:
                        node = new YScalar(s.Value, s.Style is not ScalarStyle.Plain, LastLine, LastColumn, pointer);
                        break;
                    case MappingStart ms:
                        node = new YMapping(ms.Style == MappingStyle.Flow, LastLine, LastColumn, pointer);
                        break;
                    case SequenceStart:
                        node = new YSequence(LastLine, LastColumn, pointer);
                        break;
                    default:
                        continue;
                }

                if (parent is null)
                {
                    root = node;
                }
                else
                {
                    parent.Add(node, diagnostics, file);
                }

                if (node is YMapping or YSequence)
                {
                    if (_stack.Count >= limits.MaxDepth)
                    {
                        diagnostics.Add(DiagnosticDescriptors.TooDeep.Create(At(ev), limits.MaxDepth));
                        return null;
                    }

                    _stack.Push(new Frame(node));
                }
            }

            if (root is null || root is YScalar { Kind: ScalarKind.Null })
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyDocument.Create(SourceLocation.InFile(file, 1, 1)));
                return null;
            }

            return root;
        }

        public void SyntaxError(long line, long column, string reason)
        {
            // A tab where indentation is expected is the commonest syntax error; YamlDotNet marks the start of the
            // enclosing mapping, so point at the tab itself and say so plainly.
            if (FirstTabIndent() is var (tabLine, tabColumn) && (tabLine >= line || reason.Contains("tab", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidYaml.CreateWithHint(
                    SourceLocation.InFile(file, tabLine, tabColumn),
                    string.Create(CultureInfo.InvariantCulture, $"Line {tabLine} is indented with a tab; YAML indents with spaces only."),
                    reason));
                return;
            }

            diagnostics.Add(DiagnosticDescriptors.InvalidYaml.CreateWithHint(
                SourceLocation.InFile(file, (int)Math.Max(1, line), (int)Math.Max(1, column)),
                DiagnosticDescriptors.InvalidYaml.Help,
                reason));
        }

        private (int Line, int Column)? FirstTabIndent()
        {
            var lineNumber = 1;
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
                {
                    if (text[i] == '\t')
                    {
                        return (lineNumber, i - start + 1);
                    }
                }

                lineNumber++;
                start = end + 1;
            }

            return null;
        }

        private SourceLocation At(ParsingEvent ev) => SourceLocation.InFile(file, (int)ev.Start.Line, (int)ev.Start.Column);

        private sealed class Frame(YNode node)
        {
            private Dictionary<string, YScalar>? _keys;

            public YNode Node { get; } = node;

            public YScalar? PendingKey { get; set; }

            public string ChildPointer() => Node switch
            {
                YMapping => Node.Pointer + "/" + Escape(PendingKey!.Value),
                YSequence seq => Node.Pointer + "/" + seq.Items.Count.ToString(CultureInfo.InvariantCulture),
                _ => Node.Pointer,
            };

            public void Add(YNode child, List<Diagnostic> diagnostics, string file)
            {
                if (Node is YSequence seq)
                {
                    seq.Items.Add(child);
                    return;
                }

                var map = (YMapping)Node;
                var key = PendingKey!;
                PendingKey = null;
                _keys ??= new Dictionary<string, YScalar>(StringComparer.Ordinal);
                if (_keys.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateKey.Create(
                        SourceLocation.InFile(file, key.Line, key.Column, child.Pointer), key.Value, first.Line, first.Column));
                    return;
                }

                _keys.Add(key.Value, key);
                map.Entries.Add(new KeyValuePair<YScalar, YNode>(key, child));
            }

            private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        }
    }
}
