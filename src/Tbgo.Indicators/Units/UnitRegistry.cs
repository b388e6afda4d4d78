using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Tbgo.Indicators.Units;

/// <summary>
/// The units the library knows: dimension axes, named units with aliases, equivalence qualifiers
/// and quantity kinds. <see cref="Default"/> is generated from <c>indicators/units.yaml</c>.
/// Parsing is thread-safe and cached, so parsing the same text twice returns the same instance.
/// </summary>
public sealed class UnitRegistry
{
    private const int MaxCacheEntries = 4096;

    private static readonly Lazy<UnitRegistry> DefaultLazy = new(DefaultUnitData.Create);

    private readonly UnitSymbolTable _table;
    private readonly ConcurrentDictionary<string, Unit> _cache = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, QuantityKind> _quantities;
    private readonly Dictionary<Dimension, QuantityKind> _quantityByDimension = [];

    internal UnitRegistry(UnitSymbolTable table, ImmutableArray<DimensionAxis> axes, ImmutableArray<NamedUnit> units, ImmutableArray<UnitQualifier> qualifiers, IReadOnlyList<(string Id, UnitName Name, string Unit)> quantities)
    {
        _table = table;
        Axes = axes;
        Units = units;
        Qualifiers = qualifiers;
        One = new Unit(this, [], [], Dimension.None, Rational.One, "1");
        var kinds = ImmutableArray.CreateBuilder<QuantityKind>(quantities.Count);
        foreach (var (id, name, unitText) in quantities)
        {
            var kind = new QuantityKind(id, name, Parse(unitText));
            kinds.Add(kind);
            _quantityByDimension.TryAdd(kind.Dimension, kind);
        }

        Quantities = kinds.MoveToImmutable();
        _quantities = Quantities.ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
    }

    /// <summary>The registry generated from the shipped <c>units.yaml</c>.</summary>
    public static UnitRegistry Default => DefaultLazy.Value;

    /// <summary>The axes of the dimension vector, in index order.</summary>
    public ImmutableArray<DimensionAxis> Axes { get; }

    /// <summary>The named units, in definition order.</summary>
    public ImmutableArray<NamedUnit> Units { get; }

    /// <summary>The equivalence qualifiers, in definition order.</summary>
    public ImmutableArray<UnitQualifier> Qualifiers { get; }

    /// <summary>The quantity kinds, in definition order.</summary>
    public ImmutableArray<QuantityKind> Quantities { get; }

    /// <summary>The dimensionless unit one.</summary>
    public Unit One { get; }

    /// <summary>Where the definitions as a whole come from (such as the SI Brochure), or <see langword="null"/>.</summary>
    public string? Source { get; internal init; }

    /// <summary>Parses unit text.</summary>
    /// <exception cref="FormatException">The text is not a unit this registry knows; the message says why.</exception>
    public Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var unit, out var error)
            ? unit
            : throw new FormatException($"The unit '{text}' cannot be read: {error}.");
    }

    /// <summary>Parses unit text, saying why when it fails.</summary>
    public bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            unit = null;
            error = "no unit was given";
            return false;
        }

        if (_cache.TryGetValue(text, out unit))
        {
            error = null;
            return true;
        }

        if (!UnitParser.TryParse(_table, text, out var numerator, out var denominator, out var parseError))
        {
            unit = null;
            error = parseError ?? "it is not a unit";
            return false;
        }

        try
        {
            unit = Compose(numerator, denominator);
        }
        catch (OverflowException)
        {
            unit = null;
            error = "its size or exponents are beyond what the library represents exactly";
            return false;
        }

        if (_cache.Count < MaxCacheEntries)
        {
            unit = _cache.GetOrAdd(text, unit);
        }

        error = null;
        return true;
    }

    /// <summary>Finds a named unit by symbol or alias (exact spelling), or returns <see langword="null"/>.</summary>
    public NamedUnit? FindUnit(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return _table.TryGetUnit(symbol, out var u) ? u : null;
    }

    /// <summary>Finds a quantity kind by id, or returns <see langword="null"/>.</summary>
    public QuantityKind? FindQuantity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _quantities.GetValueOrDefault(id);
    }

    /// <summary>The first quantity kind declared with this dimension, or <see langword="null"/>.</summary>
    public QuantityKind? FindQuantity(Dimension dimension) => _quantityByDimension.GetValueOrDefault(dimension);

    /// <summary>Formats a dimension with axis symbols, such as <c>M.L2.T-3</c>; <c>1</c> when dimensionless.</summary>
    public string FormatDimension(Dimension dimension)
    {
        var sb = new StringBuilder();
        foreach (var axis in Axes)
        {
            var e = dimension[axis.Index];
            if (e == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(axis.Symbol);
            if (e != 1)
            {
                sb.Append(e.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.Length == 0 ? "1" : sb.ToString();
    }

    /// <summary>Describes a dimension for messages: the quantity name where one is declared, and the axis formula.</summary>
    public string DescribeDimension(Dimension dimension)
    {
        var formula = FormatDimension(dimension);
        return FindQuantity(dimension) is { } q ? $"{q.Name.En}, {formula}" : formula;
    }

    internal Unit Compose(IEnumerable<UnitTerm> numerator, IEnumerable<UnitTerm> denominator)
    {
        var num = Merge(numerator);
        var den = Merge(denominator);
        var dimension = Dimension.None;
        var factor = Rational.One;
        Accumulate(num, den, ref dimension, ref factor);
        return new Unit(this, num, den, dimension, factor, Format(num, den));
    }

    internal static void Accumulate(IEnumerable<UnitTerm> numerator, IEnumerable<UnitTerm> denominator, ref Dimension dimension, ref Rational factor)
    {
        // Multiply in arbitrary precision and check only the final factor: intermediate products such as
        // the numerator of (Mt.TWh)/(Mt.TWh) may exceed 128 bits even when the result is 1.
        var top = (System.Numerics.BigInteger)factor.Numerator;
        var bottom = (System.Numerics.BigInteger)factor.Denominator;
        // Two plain loops, not LINQ over (term, sign) pairs: those generic instantiations over structs were some 15
        // methods for the JIT on the first parse of a process (the default catalogue's cold start).
        foreach (var t in numerator)
        {
            Multiply(t, t.Exponent, ref dimension, ref top, ref bottom);
        }

        foreach (var t in denominator)
        {
            Multiply(t, -t.Exponent, ref dimension, ref top, ref bottom);
        }

        factor = Rational.FromBig(top, bottom) ?? throw new OverflowException("The unit factor does not fit 128 bits.");
    }

    private static void Multiply(UnitTerm t, int e, ref Dimension dimension, ref System.Numerics.BigInteger top, ref System.Numerics.BigInteger bottom)
    {
        dimension *= t.Unit.Dimension.Pow(e);
        if (t.Qualifier is not null)
        {
            dimension *= Dimension.OfAxis(t.Qualifier.Axis).Pow(e);
        }

        var n = System.Numerics.BigInteger.Pow((System.Numerics.BigInteger)t.Unit.Factor.Numerator, Math.Abs(e));
        var d = System.Numerics.BigInteger.Pow((System.Numerics.BigInteger)t.Unit.Factor.Denominator, Math.Abs(e));
        (top, bottom) = e > 0 ? (top * n, bottom * d) : (top * d, bottom * n);
    }

    private static ImmutableArray<UnitTerm> Merge(IEnumerable<UnitTerm> terms)
    {
        var list = new List<UnitTerm>();
        foreach (var t in terms)
        {
            var i = list.FindIndex(x => ReferenceEquals(x.Unit, t.Unit) && ReferenceEquals(x.Qualifier, t.Qualifier));
            if (i >= 0)
            {
                list[i] = list[i] with { Exponent = list[i].Exponent + t.Exponent };
            }
            else
            {
                list.Add(t);
            }
        }

        return [.. list];
    }

    private static string Format(ImmutableArray<UnitTerm> num, ImmutableArray<UnitTerm> den)
    {
        var sb = new StringBuilder();
        if (num.IsEmpty)
        {
            sb.Append('1');
        }
        else
        {
            AppendTerms(sb, num);
        }

        if (!den.IsEmpty)
        {
            sb.Append('/');
            if (den.Length == 1 && den[0].Qualifier is null)
            {
                // A lone qualified term is parenthesised too, so EUR/(kg CO2-eq) cannot be misread.
                AppendTerms(sb, den);
            }
            else
            {
                sb.Append('(');
                AppendTerms(sb, den);
                sb.Append(')');
            }
        }

        return sb.ToString();
    }

    private static void AppendTerms(StringBuilder sb, ImmutableArray<UnitTerm> terms)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('.');
            }

            var t = terms[i];
            sb.Append(t.Unit.Symbol);
            if (t.Exponent != 1)
            {
                sb.Append(t.Exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (t.Qualifier is not null)
            {
                sb.Append(' ').Append(t.Qualifier.Symbol);
            }
        }
    }
}
