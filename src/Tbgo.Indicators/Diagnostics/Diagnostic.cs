namespace Tbgo.Indicators.Diagnostics;

/// <summary>
/// One problem (or remark) found in input: a stable code, a severity, a whole-sentence message that
/// quotes the bad value, where it is, and a hint on how to fix it.
/// </summary>
/// <param name="Code">Stable code such as <c>TBGO2001</c>; never reused. See <see cref="DiagnosticDescriptors"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">The message: one or more whole sentences.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Hint">A suggestion on how to fix it, or <see langword="null"/>.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location, string? Hint = null)
{
    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The formatted arguments the message was made from, in the order of the descriptor's
    /// <see cref="DiagnosticDescriptor.PlaceholderNames"/>, or <see langword="null"/> when the message was written directly.
    /// Used to render the message in another language (<see cref="Localization.DiagnosticTexts.Message"/>); compared by value.
    /// </summary>
    public IReadOnlyList<string>? Arguments
    {
        get => _arguments;
        init => _arguments = value is null ? null : new ValueList(value);
    }

    private readonly ValueList? _arguments;

    /// <summary>Formats as <c>file:line:col: CODE: message</c>, with the severity after the code for non-errors.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => string.Empty,
            DiagnosticSeverity.Warning => "warning: ",
            _ => "info: ",
        };
        return $"{Location}: {Code}: {severity}{Message}";
    }

    /// <summary>A read-only list of strings with value equality, so that records stay comparable by content.</summary>
    private sealed class ValueList(IEnumerable<string> items) : IReadOnlyList<string>, IEquatable<ValueList>
    {
        private readonly string[] _items = [.. items];

        public int Count => _items.Length;

        public string this[int index] => _items[index];

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public bool Equals(ValueList? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);

        public override bool Equals(object? obj) => Equals(obj as ValueList);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var item in _items)
            {
                hash.Add(item, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
