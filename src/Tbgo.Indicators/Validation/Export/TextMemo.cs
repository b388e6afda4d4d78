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
        // KeyHash, not string.GetHashCode: Marvin (randomised, flood-resistant) cost 2.5 % of a validation run, and a
        // crafted text can at worst evict a memo entry here (the check is then repeated, never skipped).
        var hash = new KeyHash(0);
        hash.Add(text);
        slot = (int)(hash.Finish() % Size);
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
