using Tbgo.Indicators.Text;

namespace Tbgo.Indicators.Units;

/// <summary>Symbol and alias lookup shared by the parser, the builder and the registry.</summary>
internal sealed class UnitSymbolTable
{
    private readonly Dictionary<string, NamedUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitQualifier> _qualifiers = new(StringComparer.Ordinal);
    private SpanLookup<NamedUnit> _unitLookup;
    private SpanLookup<UnitQualifier> _qualifierLookup;

    public UnitSymbolTable()
    {
        _unitLookup = new(_units);
        _qualifierLookup = new(_qualifiers);
    }

    public int MaxUnitLength { get; private set; }

    public int MaxQualifierLength { get; private set; }

    public IEnumerable<string> UnitSpellings => _units.Keys;

    public IEnumerable<string> QualifierSpellings => _qualifiers.Keys;

    public bool Contains(string spelling) => _units.ContainsKey(spelling) || _qualifiers.ContainsKey(spelling);

    public void Add(string spelling, NamedUnit unit)
    {
        _units.Add(spelling, unit);
        MaxUnitLength = Math.Max(MaxUnitLength, spelling.Length);
    }

    public void Add(string spelling, UnitQualifier qualifier)
    {
        _qualifiers.Add(spelling, qualifier);
        MaxQualifierLength = Math.Max(MaxQualifierLength, spelling.Length);
    }

    public bool TryGetUnit(ReadOnlySpan<char> spelling, out NamedUnit unit) => _unitLookup.TryGetValue(spelling, out unit!);

    public bool TryGetQualifier(ReadOnlySpan<char> spelling, out UnitQualifier qualifier) => _qualifierLookup.TryGetValue(spelling, out qualifier!);
}
