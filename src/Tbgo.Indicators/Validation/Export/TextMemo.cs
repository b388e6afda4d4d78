namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// A small direct-mapped cache from text to a computed result, for values that repeat from record to
/// record (project ids, periods, units): a hit costs a hash and a comparison, never an allocation.
/// </summary>
internal sealed class TextMemo<T>
{
    private const int Size = 512;
    private readonly string?[] _keys = new string?[Size];
    private readonly T[] _values = new T[Size];

    public bool TryGet(ReadOnlySpan<char> text, out T value, out int slot)
    {
        slot = (int)((uint)string.GetHashCode(text, StringComparison.Ordinal) % Size);
        if (_keys[slot] is { } key && text.SequenceEqual(key))
        {
            value = _values[slot];
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(int slot, ReadOnlySpan<char> text, T value)
    {
        if (text.Length > 256)
        {
            return;
        }

        _keys[slot] = new string(text);
        _values[slot] = value;
    }
}
