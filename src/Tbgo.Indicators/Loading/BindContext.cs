using System.Globalization;
using System.Runtime.CompilerServices;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Loading;

/// <summary>Where each bound object was defined, for diagnostics raised after binding.</summary>
internal sealed class LocationMap
{
    private readonly ConditionalWeakTable<object, SourceLocation> _map = [];
    private readonly ConditionalWeakTable<object, Dictionary<string, SourceLocation>> _fields = [];

    public void Set(object item, SourceLocation location) => _map.AddOrUpdate(item, location);

    public void SetField(object item, string field, SourceLocation location) =>
        _fields.GetOrCreateValue(item)[field] = location;

    public SourceLocation Get(object item) => _map.TryGetValue(item, out var l) ? l : SourceLocation.None;

    /// <summary>Where a field's value of an item is written, falling back to the item itself.</summary>
    public SourceLocation Get(object item, string field) =>
        _fields.TryGetValue(item, out var f) && f.TryGetValue(field, out var l) ? l : Get(item);
}

/// <summary>Reading helpers over a schema-valid YAML tree; problems the schema cannot see become diagnostics.</summary>
internal sealed class BindContext(string file, UnitRegistry units, List<Diagnostic> diagnostics, LocationMap locations)
{
    public string File { get; } = file;

    public UnitRegistry Units { get; } = units;

    public LocationMap Locations { get; } = locations;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public SourceLocation At(YNode node) => new(File, node.Line, node.Column, 0, node.Pointer.Length == 0 ? "/" : node.Pointer);

    /// <summary>Remembers where an item and each of its keys' values are written.</summary>
    public T Located<T>(T item, YNode node)
        where T : class
    {
        Locations.Set(item, At(node));
        if (node is YMapping m)
        {
            foreach (var (key, value) in m.Entries)
            {
                Locations.SetField(item, key.Value, At(value));
            }
        }

        return item;
    }

    public static YMapping Map(YNode node) => (YMapping)node;

    public static string Str(YMapping m, string key) => ((YScalar)m[key]!).Value;

    public static string? OptStr(YMapping m, string key) => m[key] is YScalar { Kind: not ScalarKind.Null } s ? s.Value : null;

    public static YMapping? OptMap(YMapping m, string key) => m[key] as YMapping;

    public static IEnumerable<YNode> Seq(YMapping m, string key) => m[key] is YSequence s ? s.Items : [];

    public static decimal Dec(YMapping m, string key) => decimal.Parse(Str(m, key), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static decimal? OptDec(YMapping m, string key) => OptStr(m, key) is { } s ? decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public static double? OptDbl(YMapping m, string key) => OptStr(m, key) is { } s ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public static double Dbl(YNode n) => double.Parse(((YScalar)n).Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Int(YMapping m, string key) => ToInt(Str(m, key));

    public static int? OptInt(YMapping m, string key) => OptStr(m, key) is { } s ? ToInt(s) : null;

    /// <summary>An integer the schema has accepted; draft-07 also counts <c>2.0</c> and <c>2e0</c> as the integer 2.</summary>
    private static int ToInt(string s) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : checked((int)decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture));

    public static DateOnly Date(YMapping m, string key) => DateOnly.ParseExact(Str(m, key), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptDate(YMapping m, string key) => OptStr(m, key) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static T Code<T>(YMapping m, string key, TryParseCode<T> parse)
        where T : struct => parse(Str(m, key), out var v) ? v : throw new InvalidOperationException($"Schema and codes disagree on '{key}'.");

    public static T? OptCode<T>(YMapping m, string key, TryParseCode<T> parse)
        where T : struct => OptStr(m, key) is { } s ? (parse(s, out var v) ? v : throw new InvalidOperationException($"Schema and codes disagree on '{key}'.")) : null;

    public static LocalizedText Localized(YMapping m, string key) => Localized(Map(m[key]!));

    public static LocalizedText? OptText(YMapping m, string key) => m[key] is YMapping t ? Localized(t) : null;

    public static LocalizedText Localized(YMapping t) => new(OptStr(t, "nl"), OptStr(t, "en"));

    public SourceReference SourceRef(YMapping m, string key) => SourceRef(Map(m[key]!));

    public SourceReference? OptSourceRef(YMapping m, string key) => m[key] is YMapping s ? SourceRef(s) : null;

    public SourceReference SourceRef(YMapping s) => Located(
        new SourceReference(Str(s, "ref"), OptStr(s, "locator"), Code<Confidence>(s, "confidence", Codes.TryParse), OptStr(s, "note")), s);

    public LimitScope Scope(YMapping? m)
    {
        if (m is null)
        {
            return LimitScope.Any;
        }

        return Located(new LimitScope(OptCode<Scale>(m, "scale", Codes.TryParse), OptStr(m, "buildingType"), OptStr(m, "variant")), m);
    }

    /// <summary>Parses a unit; reports TBGO4001 at the scalar and returns null when it cannot be read.</summary>
    public Unit? Unit(YMapping m, string key)
    {
        var node = (YScalar)m[key]!;
        if (Units.TryParse(node.Value, out var unit, out var error))
        {
            return unit;
        }

        Diagnostics.Add(DiagnosticDescriptors.InvalidUnit.Create(At(node), node.Value, error));
        return null;
    }

    public Unit? OptUnit(YMapping m, string key) => m[key] is null ? null : Unit(m, key);

    /// <summary>Parses a quantity such as <c>7200 EUR</c>; reports TBGO4004 and returns null when it cannot be read.</summary>
    public Quantity? Quantity(YMapping m, string key, out int decimals)
    {
        decimals = 0;
        if (m[key] is not YScalar node)
        {
            return null;
        }

        if (!Tbgo.Indicators.Units.Quantity.TryParse(node.Value, Units, out var q, out var error))
        {
            Diagnostics.Add(DiagnosticDescriptors.InvalidQuantity.Create(At(node), node.Value, error));
            return null;
        }

        decimals = DecimalsOf(node.Value);
        return q;
    }

    internal static int DecimalsOf(string quantityText)
    {
        var text = quantityText.Trim();
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or '-' or '+'))
        {
            end++;
        }

        var number = text[..end];
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : number.Length - dot - 1;
    }

    public delegate bool TryParseCode<T>(string? code, out T value);
}
