using System.Globalization;
using System.Numerics;

namespace Tbgo.Indicators.Units;

/// <summary>
/// An exact positive or negative fraction with 128-bit numerator and denominator, always reduced,
/// with a positive denominator. Unit factors are rationals so that conversions use exact ratios.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly Int128 _denominatorMinusOne;

    private Rational(Int128 numerator, Int128 denominator, bool _)
    {
        Numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>The numerator (carries the sign).</summary>
    public Int128 Numerator { get; }

    /// <summary>The denominator; always positive.</summary>
    public Int128 Denominator => _denominatorMinusOne + 1;

    /// <summary>True when numerator and denominator both fit 64 bits (the fast conversion path).</summary>
    internal bool IsSmall => Numerator >= long.MinValue && Numerator <= long.MaxValue && Denominator <= long.MaxValue;

    /// <summary>The number one.</summary>
    public static Rational One => new(1, 1, true);

    /// <summary>The number zero.</summary>
    public static Rational Zero => new(0, 1, true);

    /// <summary>True when the denominator is 1.</summary>
    public bool IsInteger => Denominator == 1;

    /// <summary>Creates a reduced rational.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Rational Create(long numerator, long denominator = 1) => Reduce(numerator, denominator);

    /// <summary>A reduced rational from arbitrary-precision parts, or null when it does not fit 128 bits.</summary>
    internal static Rational? FromBig(BigInteger numerator, BigInteger denominator) =>
        TryFromBig(numerator, denominator, out var r) ? r : null;

    /// <summary>A reduced rational from parts that may not be reduced; <see cref="Zero"/> when the denominator is zero.</summary>
    internal static Rational FromParts(Int128 numerator, Int128 denominator) =>
        TryFromBig((BigInteger)numerator, (BigInteger)denominator, out var r) ? r : Zero;

    /// <summary>The closest double to this rational (one rounding when both parts are exact doubles).</summary>
    public double ToDouble() => IsInteger ? (double)Numerator : (double)Numerator / (double)Denominator;

    /// <summary>
    /// Parses an exact decimal (<c>365.25</c>, <c>3.6e6</c>, <c>1e-9</c>) or a fraction (<c>1/1000</c>) in invariant notation.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Rational value)
    {
        value = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParse(text[..slash], out var n) || !TryParse(text[(slash + 1)..], out var d) || d.Numerator == 0)
            {
                return false;
            }

            return TryDivide(n, d, out value);
        }

        if (!TryParseDecimal(text, out var mantissa, out var exponent))
        {
            return false;
        }

        try
        {
            var num = mantissa;
            var den = BigInteger.One;
            if (exponent >= 0)
            {
                num *= BigInteger.Pow(10, exponent);
            }
            else
            {
                den = BigInteger.Pow(10, -exponent);
            }

            return TryFromBig(num, den, out value);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Multiplies two rationals; false when the exact result does not fit in 128 bits.</summary>
    public static bool TryMultiply(Rational a, Rational b, out Rational result) =>
        TryFromBig((BigInteger)a.Numerator * (BigInteger)b.Numerator, (BigInteger)a.Denominator * (BigInteger)b.Denominator, out result);

    /// <summary>Divides two rationals; false when <paramref name="b"/> is zero or the result does not fit.</summary>
    public static bool TryDivide(Rational a, Rational b, out Rational result)
    {
        if (b.Numerator == 0)
        {
            result = default;
            return false;
        }

        return TryFromBig((BigInteger)a.Numerator * (BigInteger)b.Denominator, (BigInteger)a.Denominator * (BigInteger)b.Numerator, out result);
    }

    /// <summary>Raises to an integer power; false when the result does not fit.</summary>
    public static bool TryPow(Rational a, int exponent, out Rational result)
    {
        if (exponent == 0)
        {
            result = One;
            return true;
        }

        if (exponent < 0 && a.Numerator == 0)
        {
            result = default;
            return false;
        }

        var n = BigInteger.Pow((BigInteger)a.Numerator, Math.Abs(exponent));
        var d = BigInteger.Pow((BigInteger)a.Denominator, Math.Abs(exponent));
        return exponent > 0 ? TryFromBig(n, d, out result) : TryFromBig(d, n, out result);
    }

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Rational other) =>
        ((BigInteger)Numerator * (BigInteger)other.Denominator).CompareTo((BigInteger)other.Numerator * (BigInteger)Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>n</c> or <c>n/d</c> in invariant culture.</summary>
    public override string ToString() => IsInteger
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Concat(Numerator.ToString(CultureInfo.InvariantCulture), "/", Denominator.ToString(CultureInfo.InvariantCulture));

    private static Rational Reduce(long n, long d)
    {
        if (d == 0)
        {
            throw new DivideByZeroException("A rational cannot have a zero denominator.");
        }

        if (!TryFromBig(n, d, out var r))
        {
            throw new OverflowException("The rational does not fit in 128 bits.");
        }

        return r;
    }

    private static bool TryFromBig(BigInteger n, BigInteger d, out Rational result)
    {
        result = default;
        if (d.IsZero)
        {
            return false;
        }

        if (d.Sign < 0)
        {
            n = -n;
            d = -d;
        }

        var g = BigInteger.GreatestCommonDivisor(n, d);
        if (!g.IsZero && !g.IsOne)
        {
            n /= g;
            d /= g;
        }

        if (n < (BigInteger)(Int128.MinValue + 1) || n > (BigInteger)Int128.MaxValue || d > (BigInteger)Int128.MaxValue)
        {
            return false;
        }

        result = new Rational((Int128)n, (Int128)d, true);
        return true;
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> s, out BigInteger mantissa, out int exponent)
    {
        mantissa = default;
        exponent = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i++;
        }

        var digits = new System.Text.StringBuilder();
        var fraction = 0;
        var seenDigit = false;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
                seenDigit = true;
                if (seenPoint)
                {
                    fraction++;
                }
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (!seenDigit)
        {
            return false;
        }

        var exp = 0;
        if (i < s.Length)
        {
            if (s[i] is not ('e' or 'E'))
            {
                return false;
            }

            i++;
            if (!int.TryParse(s[i..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp) || Math.Abs(exp) > 36)
            {
                return false;
            }
        }

        mantissa = BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative)
        {
            mantissa = -mantissa;
        }

        exponent = exp - fraction;
        return true;
    }
}
