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

    private UnitConversion(ConversionKind kind, double factor, long numerator, long denominator)
    {
        _kind = kind;
        _factor = factor;
        Numerator = numerator;
        Denominator = denominator;
    }

    private enum ConversionKind : byte
    {
        Identity = 0,
        Multiply = 1,
        Divide = 2,
        Ratio = 3,
    }

    /// <summary>The numerator of the exact ratio target-per-source.</summary>
    public long Numerator { get; }

    /// <summary>The denominator of the exact ratio target-per-source.</summary>
    public long Denominator { get; }

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
    /// <exception cref="OverflowException">The result does not fit a decimal.</exception>
    public decimal Apply(decimal value) => _kind switch
    {
        ConversionKind.Identity => value,
        ConversionKind.Multiply => value * Numerator,
        ConversionKind.Divide => value / Denominator,
        _ => value * Numerator / Denominator,
    };

    internal static UnitConversion Between(Rational from, Rational to)
    {
        // ratio = from / to = (from.N * to.D) / (from.D * to.N); factors are positive.
        if (from == to)
        {
            return new UnitConversion(ConversionKind.Identity, 1d, 1, 1);
        }

        var nHigh = Math.BigMul(from.Numerator, to.Denominator, out long n);
        var dHigh = Math.BigMul(from.Denominator, to.Numerator, out long d);
        if (nHigh != (n >> 63) || dHigh != (d >> 63))
        {
            return Wide(from, to);
        }

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

    private static UnitConversion Wide(Rational from, Rational to)
    {
        if (Rational.TryDivide(from, to, out var r))
        {
            return r.IsInteger
                ? new UnitConversion(ConversionKind.Multiply, r.Numerator, r.Numerator, 1)
                : r.Numerator == 1
                    ? new UnitConversion(ConversionKind.Divide, r.Denominator, 1, r.Denominator)
                    : new UnitConversion(ConversionKind.Ratio, r.ToDouble(), r.Numerator, r.Denominator);
        }

        // The exact ratio does not fit 64 bits: fall back to the double ratio (documented as inexact).
        var f = from.ToDouble() / to.ToDouble();
        return new UnitConversion(ConversionKind.Ratio, f, 0, 0);
    }
}
