namespace Tbgo.Indicators.Units;

/// <summary>
/// A ready conversion between two compatible units, computed from their exact rational factors.
/// When the ratio is an integer or the reciprocal of one, <see cref="Apply(double)"/> rounds once
/// (IEEE correctly rounded); <see cref="Apply(decimal)"/> is exact whenever the result fits a decimal.
/// A value type: obtaining and applying one allocates nothing.
/// </summary>
public readonly struct UnitConversion
{
    private readonly ConversionKind _kind;
    private readonly double _factor;
    private readonly Int128 _numerator;
    private readonly Int128 _denominator;

    private UnitConversion(ConversionKind kind, double factor, Int128 numerator, Int128 denominator)
    {
        _kind = kind;
        _factor = factor;
        _numerator = numerator;
        _denominator = denominator;
    }

    private enum ConversionKind : byte
    {
        Identity = 0,
        Multiply = 1,
        Divide = 2,
        Ratio = 3,
    }

    /// <summary>True unless the exact ratio needs more than 128 bits (then only the double ratio is known).</summary>
    public bool IsExact => _kind == ConversionKind.Identity || _denominator != 0;

    /// <summary>The exact ratio, target units per source unit, reduced.</summary>
    /// <exception cref="InvalidOperationException"><see cref="IsExact"/> is false.</exception>
    public Rational Ratio => _kind == ConversionKind.Identity
        ? Rational.One
        : IsExact ? Rational.FromParts(_numerator, _denominator) : throw new InvalidOperationException("The exact ratio of this conversion needs more than 128 bits.");

    /// <summary>True when the two units are equal in size, so values do not change.</summary>
    public bool IsIdentity => _kind == ConversionKind.Identity;

    /// <summary>The ratio as a double (value in target units per value in source units).</summary>
    public double Factor => _kind switch
    {
        ConversionKind.Identity => 1d,
        ConversionKind.Divide => 1d / _factor,
        _ => _factor,
    };

    /// <summary>Converts a value.</summary>
    public double Apply(double value) => _kind switch
    {
        ConversionKind.Identity => value,
        ConversionKind.Divide => value / _factor,
        _ => value * _factor,
    };

    /// <summary>Converts a decimal value exactly where the result can be represented.</summary>
    /// <exception cref="OverflowException">The result or the ratio does not fit a decimal.</exception>
    public decimal Apply(decimal value) => _kind switch
    {
        ConversionKind.Identity => value,
        ConversionKind.Multiply => value * (decimal)_numerator,
        ConversionKind.Divide => value / (decimal)_denominator,
        _ => value * (decimal)_numerator / (decimal)_denominator,
    };

    internal static UnitConversion Between(Rational from, Rational to)
    {
        // ratio = from / to = (from.N * to.D) / (from.D * to.N); factors are positive.
        if (from == to)
        {
            return new UnitConversion(ConversionKind.Identity, 1d, 1, 1);
        }

        if (from.IsSmall && to.IsSmall)
        {
            // Fast path: the products fit 128 bits exactly; when they also fit 64 bits, test divisibility in 64 bits.
            var nHigh = Math.BigMul((long)from.Numerator, (long)to.Denominator, out long n);
            var dHigh = Math.BigMul((long)from.Denominator, (long)to.Numerator, out long d);
            if (nHigh == (n >> 63) && dHigh == (d >> 63))
            {
                if (n % d == 0)
                {
                    var q = n / d;
                    return new UnitConversion(ConversionKind.Multiply, q, q, 1);
                }

                if (d % n == 0)
                {
                    var q = d / n;
                    return new UnitConversion(ConversionKind.Divide, q, 1, q);
                }

                return new UnitConversion(ConversionKind.Ratio, (double)n / d, n, d);
            }
        }

        return Wide(from, to);
    }

    private static UnitConversion Wide(Rational from, Rational to)
    {
        if (!Rational.TryDivide(from, to, out var r))
        {
            // Beyond 128 bits: keep the double ratio, which is then the best available.
            return new UnitConversion(ConversionKind.Ratio, from.ToDouble() / to.ToDouble(), 0, 0);
        }

        return r.IsInteger
            ? new UnitConversion(ConversionKind.Multiply, (double)r.Numerator, r.Numerator, 1)
            : r.Numerator == 1
                ? new UnitConversion(ConversionKind.Divide, (double)r.Denominator, 1, r.Denominator)
                : new UnitConversion(ConversionKind.Ratio, r.ToDouble(), r.Numerator, r.Denominator);
    }
}
