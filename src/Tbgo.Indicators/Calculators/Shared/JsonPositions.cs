using System.Collections.Immutable;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation.Export;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Gives calculator diagnostics a line and column beside their JSON pointer: one pass of
/// <see cref="Utf8JsonReader"/> over the input finds where each pointed-at value starts (for an object member, where
/// its name starts). A pointer to a value that is not there (a missing required property) gets the position of its
/// nearest ancestor that is. Columns count characters, not bytes. Runs only when there are diagnostics to place.
/// </summary>
internal static class JsonPositions
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static ImmutableArray<Diagnostic> Locate(ReadOnlySpan<byte> utf8, ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsDefaultOrEmpty || diagnostics.All(d => d.Location.Line > 0 || d.Location.Pointer is null))
        {
            return diagnostics;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            for (var p = Normalise(d.Location.Pointer); p is not null; p = Parent(p))
            {
                if (!wanted.Add(p))
                {
                    break;
                }
            }
        }

        var start = utf8.StartsWith(Bom) ? Bom.Length : 0;
        var offsets = Find(utf8[start..], wanted);
        if (offsets.Count == 0)
        {
            return diagnostics;
        }

        var positions = Positions(utf8[start..], offsets);
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            var located = d;
            if (d.Location.Line == 0)
            {
                for (var p = Normalise(d.Location.Pointer); p is not null; p = Parent(p))
                {
                    if (positions.TryGetValue(p, out var at))
                    {
                        located = d with { Location = d.Location with { Line = at.Line, Column = at.Column } };
                        break;
                    }
                }
            }

            builder.Add(located);
        }

        return builder.MoveToImmutable();
    }

    private static string? Normalise(string? pointer) => pointer is null ? null : pointer == "/" ? string.Empty : pointer;

    private static string? Parent(string pointer) => pointer.Length == 0 ? null : pointer[..pointer.LastIndexOf('/')];

    /// <summary>The byte offset of each wanted pointer, in document order.</summary>
    private static List<(long Offset, string Pointer)> Find(ReadOnlySpan<byte> utf8, HashSet<string> wanted)
    {
        var found = new List<(long, string)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonBinder.MaxDepth * 2, CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<(string Pointer, bool IsArray, int Index)>();
        string? name = null;
        long nameAt = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString();
                        nameAt = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        string pointer;
                        long at;
                        if (frames.Count == 0)
                        {
                            pointer = string.Empty;
                            at = reader.TokenStartIndex;
                        }
                        else
                        {
                            var top = frames.Pop();
                            if (top.IsArray)
                            {
                                pointer = JsonBinder.Child(top.Pointer, top.Index);
                                at = reader.TokenStartIndex;
                                top.Index++;
                            }
                            else
                            {
                                pointer = JsonBinder.Child(top.Pointer, name ?? string.Empty);
                                at = nameAt;
                            }

                            frames.Push(top);
                        }

                        if (wanted.Contains(pointer))
                        {
                            found.Add((at, pointer));
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Push((pointer, reader.TokenType == JsonTokenType.StartArray, 0));
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A document that does not parse has only a root diagnostic with its own position text; keep what was found.
        }

        return found;
    }

    private static Dictionary<string, (int Line, int Column)> Positions(ReadOnlySpan<byte> utf8, List<(long Offset, string Pointer)> offsets)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        (int Line, int Column) position = (1, 1);
        var at = 0;
        foreach (var (offset, pointer) in offsets)
        {
            var next = (int)Math.Min(offset, utf8.Length);
            position = PositionTracker.Walk(utf8[at..next], position.Line, position.Column);
            at = next;
            result.TryAdd(pointer, position);
        }

        return result;
    }
}
