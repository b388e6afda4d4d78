using System.Runtime.Intrinsics;

namespace Tbgo.Indicators.Units;

/// <summary>
/// A dimension vector: one integer exponent per axis of the unit registry. Physical base
/// dimensions (mass, length, time, ...), count kinds (dwelling, person, ...), currency and
/// equivalence qualifiers (CO2-eq, P-eq, ...) are all axes, so <c>kg CO2-eq</c> and <c>kg P-eq</c>
/// have different dimensions and never convert into each other.
/// </summary>
public readonly struct Dimension : IEquatable<Dimension>
{
    /// <summary>The number of axes a dimension vector holds.</summary>
    public const int MaxAxes = 64;

    private const int Half = 32;
    private const int MaxExponent = 100;

    private readonly Vector256<sbyte> _low;
    private readonly Vector256<sbyte> _high;

    private Dimension(Vector256<sbyte> low, Vector256<sbyte> high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>The dimension of a pure number (all exponents zero).</summary>
    public static Dimension None => default;

    /// <summary>True when every exponent is zero.</summary>
    public bool IsDimensionless => _low == Vector256<sbyte>.Zero && _high == Vector256<sbyte>.Zero;

    /// <summary>The exponent on an axis.</summary>
    public int this[int axis]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(axis);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(axis, MaxAxes);
            return axis < Half ? _low.GetElement(axis) : _high.GetElement(axis - Half);
        }
    }

    /// <summary>The dimension with exponent 1 on one axis.</summary>
    public static Dimension OfAxis(int axis) => FromExponent(axis, 1);

    /// <summary>The product of two dimensions (exponents added).</summary>
    /// <exception cref="OverflowException">An exponent leaves the range -100..100.</exception>
    public static Dimension operator *(Dimension left, Dimension right) => Combine(left, right, 1, 1);

    /// <summary>The quotient of two dimensions (exponents subtracted).</summary>
    /// <exception cref="OverflowException">An exponent leaves the range -100..100.</exception>
    public static Dimension operator /(Dimension left, Dimension right) => Combine(left, right, 1, -1);

    /// <summary>Raises to an integer power (exponents multiplied).</summary>
    /// <exception cref="OverflowException">An exponent leaves the range -100..100.</exception>
    public Dimension Pow(int power) => Combine(this, None, power, 0);

    /// <inheritdoc />
    public bool Equals(Dimension other) => _low == other._low && _high == other._high;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dimension d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_low.AsUInt64().GetElement(0), _low.AsUInt64().GetElement(1), _low.AsUInt64().GetElement(2), _low.AsUInt64().GetElement(3), _high.AsUInt64().GetElement(0), _high.AsUInt64().GetElement(1), _high.AsUInt64().GetElement(2), _high.AsUInt64().GetElement(3));

    /// <summary>Equality.</summary>
    public static bool operator ==(Dimension left, Dimension right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Dimension left, Dimension right) => !left.Equals(right);

    /// <summary>Formats with the axis symbols of the default registry, e.g. <c>M.L2.T-3</c>.</summary>
    public override string ToString() => UnitRegistry.Default.FormatDimension(this);

    private static Dimension FromExponent(int axis, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(axis);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(axis, MaxAxes);
        Span<sbyte> e = stackalloc sbyte[MaxAxes];
        e.Clear();
        e[axis] = ToExponent(exponent);
        return new Dimension(Vector256.Create<sbyte>(e[..Half]), Vector256.Create<sbyte>(e[Half..]));
    }

    private static Dimension Combine(Dimension a, Dimension b, int aFactor, int bFactor)
    {
        Span<sbyte> e = stackalloc sbyte[MaxAxes];
        for (var i = 0; i < MaxAxes; i++)
        {
            e[i] = ToExponent((long)a[i] * aFactor + (long)b[i] * bFactor);
        }

        return new Dimension(Vector256.Create<sbyte>(e[..Half]), Vector256.Create<sbyte>(e[Half..]));
    }

    private static sbyte ToExponent(long v) =>
        v is < -MaxExponent or > MaxExponent ? throw new OverflowException("A dimension exponent left the range -100..100.") : (sbyte)v;
}
