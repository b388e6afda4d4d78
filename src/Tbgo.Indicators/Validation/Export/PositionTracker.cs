using System.Text;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Line and column bookkeeping for a byte stream: Utf8JsonReader reports positions only in
/// exceptions, so lines are counted here ('\n' in the bytes passed over) and columns are counted in
/// characters (bytes that do not continue a UTF-8 sequence). Work is done lazily, only up to where a
/// diagnostic needs it or bytes are about to be dropped.
/// </summary>
internal sealed class PositionTracker
{
    public long Offset { get; private set; }

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>Starts counting at <paramref name="offset"/> (after a byte order mark).</summary>
    public void Start(long offset) => Offset = offset;

    /// <summary>Moves the position over <paramref name="bytes"/>, which start at the current offset.</summary>
    public void Advance(ReadOnlySpan<byte> bytes)
    {
        (Line, Column) = Walk(bytes, Line, Column);
        Offset += bytes.Length;
    }

    /// <summary>The position of an offset ahead of the current one, given the bytes from the current offset; does not move.</summary>
    public (int Line, int Column) Peek(ReadOnlySpan<byte> fromCurrent) => Walk(fromCurrent, Line, Column);

    public static (int Line, int Column) Walk(ReadOnlySpan<byte> bytes, int line, int column)
    {
        var newlines = bytes.Count((byte)'\n');
        if (newlines > 0)
        {
            line += newlines;
            bytes = bytes[(bytes.LastIndexOf((byte)'\n') + 1)..];
            column = 1;
        }

        return (line, column + CharCount(bytes));
    }

    public static int CharCount(ReadOnlySpan<byte> bytes)
    {
        if (Ascii.IsValid(bytes))
        {
            return bytes.Length;
        }

        var n = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                n++;
            }
        }

        return n;
    }
}
