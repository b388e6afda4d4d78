namespace Tbgo.Indicators.Validation.Export;

/// <summary>The JSON kind of a field value as it arrived.</summary>
internal enum FieldKind : byte
{
    Absent = 0,
    String,
    Number,

    /// <summary>A number that is not finite: NaN, Infinity, or beyond the range of a double (1e400).</summary>
    NonFinite,
    True,
    False,
    Null,
    Object,
    Array,

    /// <summary>A string whose bytes are not valid UTF-8 (already reported).</summary>
    BadText,
}

/// <summary>One field of the record being checked; text lives in the builder's arena.</summary>
internal struct FieldSlot
{
    public FieldKind Kind;
    public int TextStart;
    public int TextLength;
    public double Number;

    /// <summary>Absolute byte offset of the value in the input (JSON containers), or -1.</summary>
    public long Offset;

    /// <summary>Absolute byte offset of the field name (JSON containers), or -1.</summary>
    public long NameOffset;
    public int Line;
    public int Column;

    /// <summary>Length in characters when the text was too long to keep whole (only a prefix is stored).</summary>
    public int FullLength;

    /// <summary>Length in code points; set only when the text was too long to keep whole (read it only then).</summary>
    public int FullCodePoints;
}

/// <summary>
/// Per-record state, reused for every record: one slot per schema field and a character arena for
/// their text, so the happy path allocates nothing per record.
/// </summary>
internal sealed class RecordBuilder(int fieldCount)
{
    /// <summary>Text longer than this is kept as a prefix only (the schema limits are far below it).</summary>
    public const int MaxKeptChars = 4096;

    private char[] _arena = new char[1024];
    private int _used;

    public FieldSlot[] Slots { get; } = new FieldSlot[fieldCount];

    /// <summary>Problems found while reading (unknown or repeated fields, bad UTF-8, non-finite numbers), in order.</summary>
    public List<PendingProblem> Problems { get; } = [];

    /// <summary>1-based record number.</summary>
    public long Record { get; set; }

    /// <summary>Absolute offset of the record's first byte (JSON containers), or -1.</summary>
    public long Offset { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }

    public void Reset(long record)
    {
        Array.Clear(Slots);
        Problems.Clear();
        _used = 0;
        Record = record;
        Offset = -1;
        Line = 0;
        Column = 0;
    }

    public ReadOnlySpan<char> Text(int field) => _arena.AsSpan(Slots[field].TextStart, Slots[field].TextLength);

    public ReadOnlySpan<char> Text(in FieldSlot slot) => _arena.AsSpan(slot.TextStart, slot.TextLength);


    /// <summary>Reserves room for <paramref name="length"/> characters and returns it; commit with <see cref="Commit"/>.</summary>
    public Span<char> Reserve(int length)
    {
        if (_used + length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + length));
        }

        return _arena.AsSpan(_used, length);
    }

    /// <summary>Stores the reserved text in the slot.</summary>
    public void Commit(ref FieldSlot slot, int length)
    {
        slot.TextStart = _used;
        slot.TextLength = length;
        _used += length;
    }

    /// <summary>Stores text in the slot (a prefix when it is very long).</summary>
    public void Store(ref FieldSlot slot, ReadOnlySpan<char> text)
    {
        slot.FullLength = text.Length;
        if (text.Length > MaxKeptChars)
        {
            slot.FullCodePoints = Schema.SchemaValidator.CodePoints(text);
            text = text[..MaxKeptChars];
        }

        text.CopyTo(Reserve(text.Length));
        Commit(ref slot, text.Length);
    }
}

/// <summary>A problem found while reading a record, reported with the record's other diagnostics.</summary>
internal readonly record struct PendingProblem(ProblemKind Kind, int Field, string Text, long Offset, int Line, int Column);

/// <summary>What a <see cref="PendingProblem"/> is about.</summary>
internal enum ProblemKind
{
    UnknownField,
    DuplicateField,
    InvalidUtf8,
}
