using System.Diagnostics.CodeAnalysis;

namespace Tbgo.Indicators.Text;

/// <summary>
/// Looks a dictionary with string keys up by a span of characters. On .NET 9 and later this is the
/// dictionary's allocation-free alternate lookup; on .NET 8, which lacks it, the span becomes a string.
/// </summary>
/// <typeparam name="TValue">The dictionary's value type.</typeparam>
internal readonly struct SpanLookup<TValue>
{
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanLookup(Dictionary<string, TValue> dictionary) => _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();

    public TValue this[ReadOnlySpan<char> key]
    {
        set => _lookup[key] = value;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) => _lookup.TryGetValue(key, out value);
#else
    private readonly Dictionary<string, TValue> _dictionary;

    public SpanLookup(Dictionary<string, TValue> dictionary) => _dictionary = dictionary;

    public TValue this[ReadOnlySpan<char> key]
    {
        set => _dictionary[key.ToString()] = value;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) => _dictionary.TryGetValue(key.ToString(), out value);
#endif
}
