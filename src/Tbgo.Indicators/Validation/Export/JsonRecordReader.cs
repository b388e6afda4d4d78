using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Reads one record object token by token into a <see cref="RecordBuilder"/> (no document tree):
/// known fields into their slots, unknown and repeated fields as problems, nested values skipped.
/// Shared by the JSON and NDJSON readers.
/// </summary>
internal static class JsonRecordReader
{
    /// <summary>
    /// Reads the record whose first token the reader is on. Returns false when the data ends before the
    /// record does (read more and retry from a saved reader). Throws <see cref="JsonException"/> on a syntax error.
    /// </summary>
    /// <param name="r">The reader, on the record's first token.</param>
    /// <param name="rec">The builder, reset by the caller.</param>
    /// <param name="rules">The record rules.</param>
    /// <param name="baseOffset">Absolute offset of the reader's first byte.</param>
    /// <param name="patched">Offsets where a NaN or Infinity literal was replaced by 0 so that reading can go on, with the literal.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    public static bool TryRead(ref Utf8JsonReader r, RecordBuilder rec, RecordRules rules, long baseOffset, List<(long Offset, string Literal)>? patched)
    {
        rec.Offset = baseOffset + r.TokenStartIndex;
        var guess = 0;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            // A property name.
            var nameOffset = baseOffset + r.TokenStartIndex;
            int field;
            string? unknown = null;
            if (!r.ValueIsEscaped)
            {
                field = rules.Find(r.ValueSpan, guess);
                if (field < 0)
                {
                    unknown = Utf8.IsValid(r.ValueSpan) ? Encoding.UTF8.GetString(r.ValueSpan) : null;
                }
            }
            else
            {
                var name = Unescape(ref r);
                field = name is null ? -1 : rules.Find(name);
                unknown = field < 0 ? name : null;
            }

            if (field < 0)
            {
                rec.Problems.Add(unknown is null
                    ? new PendingProblem(ProblemKind.InvalidUtf8, -1, "field name", nameOffset, 0, 0)
                    : new PendingProblem(ProblemKind.UnknownField, -1, unknown, nameOffset, 0, 0));
            }
            else if (rec.Slots[field].Kind != FieldKind.Absent)
            {
                rec.Problems.Add(new PendingProblem(ProblemKind.DuplicateField, field, rules.Fields[field].Name, nameOffset, 0, 0));
                field = -1;
            }
            else
            {
                guess = field + 1;
            }

            if (!r.Read())
            {
                return false;
            }

            if (field < 0)
            {
                if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !r.TrySkip())
                {
                    return false;
                }

                continue;
            }

            ref var slot = ref rec.Slots[field];
            slot.Offset = baseOffset + r.TokenStartIndex;
            slot.NameOffset = nameOffset;
            switch (r.TokenType)
            {
                case JsonTokenType.String:
                    ReadString(ref r, rec, ref slot, field, rules.Fields[field].Name);
                    break;
                case JsonTokenType.Number:
                    ReadNumber(ref r, rec, ref slot, patched);
                    break;
                case JsonTokenType.True:
                    slot.Kind = FieldKind.True;
                    rec.Store(ref slot, "true");
                    break;
                case JsonTokenType.False:
                    slot.Kind = FieldKind.False;
                    rec.Store(ref slot, "false");
                    break;
                case JsonTokenType.Null:
                    slot.Kind = FieldKind.Null;
                    rec.Store(ref slot, "null");
                    break;
                case JsonTokenType.StartObject:
                    slot.Kind = FieldKind.Object;
                    if (!r.TrySkip())
                    {
                        return false;
                    }

                    break;
                default:
                    slot.Kind = FieldKind.Array;
                    if (!r.TrySkip())
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Replaces the first unquoted <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c> in <paramref name="data"/>
    /// by a <c>0</c> padded with spaces, so that the reader can go on and the value can be reported as not
    /// finite. Returns the offset within <paramref name="data"/> and the literal, or -1.
    /// </summary>
    public static (int Index, string? Literal) PatchNonFinite(Span<byte> data, bool isFinal = true)
    {
        var inString = false;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
                continue;
            }

            ReadOnlySpan<byte> literal = b switch
            {
                (byte)'N' => "NaN"u8,
                (byte)'I' => "Infinity"u8,
                (byte)'-' or (byte)'+' when i + 1 < data.Length && data[i + 1] == (byte)'I' => b == (byte)'-' ? "-Infinity"u8 : "+Infinity"u8,
                _ => default,
            };
            if (literal.IsEmpty)
            {
                continue;
            }

            if (!data[i..].StartsWith(literal))
            {
                if (!isFinal && data.Length - i < literal.Length && literal.StartsWith(data[i..]))
                {
                    return (-2, null); // the literal may continue in the next bytes
                }

                continue;
            }

            var text = Encoding.ASCII.GetString(literal);
            data[i] = (byte)'0';
            data.Slice(i + 1, literal.Length - 1).Fill((byte)' ');
            return (i, text);
        }

        return (-1, null);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private static void ReadString(ref Utf8JsonReader r, RecordBuilder rec, ref FieldSlot slot, int field, string fieldName)
    {
        var span = r.ValueSpan;
        if (!r.ValueIsEscaped)
        {
            if (Ascii.IsValid(span))
            {
                slot.Kind = FieldKind.String;
                slot.FullLength = span.Length;
                slot.FullCodePoints = span.Length;
                var keep = Math.Min(span.Length, RecordBuilder.MaxKeptChars);
                var dest = rec.Reserve(keep);
                Ascii.ToUtf16(span[..keep], dest, out _);
                rec.Commit(ref slot, keep);
                return;
            }

            if (!Utf8.IsValid(span))
            {
                slot.Kind = FieldKind.BadText;
                rec.Problems.Add(new PendingProblem(ProblemKind.InvalidUtf8, field, $"value of '{fieldName}'", slot.Offset, 0, 0));
                return;
            }

            slot.Kind = FieldKind.String;
            if (span.Length <= RecordBuilder.MaxKeptChars)
            {
                var dest = rec.Reserve(span.Length);
                var n = Encoding.UTF8.GetChars(span, dest);
                rec.Commit(ref slot, n);
                slot.FullLength = n;
            }
            else
            {
                slot.FullLength = Encoding.UTF8.GetCharCount(span);
                slot.FullCodePoints = CodePoints(span);
                var dest = rec.Reserve(RecordBuilder.MaxKeptChars);
                Utf8.ToUtf16(span, dest, out _, out var written, replaceInvalidSequences: true, isFinalBlock: false);
                rec.Commit(ref slot, written);
            }

            return;
        }

        char[]? rented = null;
        var buffer = span.Length <= 1024 ? stackalloc char[span.Length] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        try
        {
            var length = r.CopyString(buffer);
            if (!IsValidUtf16(buffer[..length]))
            {
                throw new InvalidOperationException("A \\u escape leaves a lone surrogate.");
            }

            slot.Kind = FieldKind.String;
            rec.Store(ref slot, buffer[..length]);
        }
        catch (InvalidOperationException)
        {
            slot.Kind = FieldKind.BadText;
            rec.Problems.Add(new PendingProblem(ProblemKind.InvalidUtf8, field, $"value of '{fieldName}'", slot.Offset, 0, 0));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private static void ReadNumber(ref Utf8JsonReader r, RecordBuilder rec, ref FieldSlot slot, List<(long Offset, string Literal)>? patched)
    {
        if (patched is { Count: > 0 })
        {
            foreach (var (offset, literal) in patched)
            {
                if (offset == slot.Offset)
                {
                    slot.Kind = FieldKind.NonFinite;
                    rec.Store(ref slot, literal);
                    return;
                }
            }
        }

        var span = r.ValueSpan;
        var keep = Math.Min(span.Length, RecordBuilder.MaxKeptChars);
        var dest = rec.Reserve(keep);
        Ascii.ToUtf16(span[..keep], dest, out _);
        rec.Commit(ref slot, keep);
        slot.FullLength = span.Length;
        slot.Kind = r.TryGetDouble(out var d) && double.IsFinite(d) ? FieldKind.Number : FieldKind.NonFinite;
        slot.Number = d;
    }

    /// <summary>Code points in valid UTF-8: every byte that is not a continuation byte starts one.</summary>
    private static int CodePoints(ReadOnlySpan<byte> utf8)
    {
        var n = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>False when the text holds a lone surrogate (possible through \u escapes), which no UTF-8 output can carry.</summary>
    private static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Unescape(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
