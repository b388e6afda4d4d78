using System.Globalization;

namespace Tbgo.Indicators.Units;

/// <summary>
/// Strict, culture-independent number parsing and printing. Accepts <c>-12.5</c>, <c>3.6e6</c>,
/// <c>0.8</c>; rejects thousands separators, <c>NaN</c>, <c>Infinity</c>, hexadecimal, surrounding
/// spaces and values that overflow to infinity (<c>1e400</c>). A decimal comma is accepted only
/// where the caller says so.
/// </summary>
public static class InvariantNumber
{
    /// <summary>Parses a finite number written with a decimal point.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value) => TryParse(text, '.', out value);

    /// <summary>Parses a finite number written with the given decimal separator (<c>.</c> or <c>,</c>).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, char decimalSeparator, out double value)
    {
        value = 0;
        if (decimalSeparator is not ('.' or ','))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), decimalSeparator, "The decimal separator is '.' or ','.");
        }

        if (!IsWellFormed(text, decimalSeparator))
        {
            return false;
        }

        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        if (decimalSeparator == ',')
        {
            buffer.Replace(',', '.');
        }

        return double.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Parses a number exactly into a decimal; false for malformed text or values out of decimal range.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        return IsWellFormed(text, '.')
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>True when the text is a number with a decimal comma, like <c>0,8</c>: worth a hint.</summary>
    public static bool LooksLikeDecimalComma(ReadOnlySpan<char> text) =>
        text.Contains(',') && !text.Contains('.') && IsWellFormed(text, ',');

    /// <summary>Formats a number in the shortest form that reads back to the same double, invariant culture.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Checks the grammar <c>[+-]digits[sep digits][(e|E)[+-]digits]</c> without parsing.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> s, char decimalSeparator = '.')
    {
        var i = 0;
        if (i < s.Length && s[i] is '-' or '+')
        {
            i++;
        }

        var intDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            intDigits++;
        }

        var fracDigits = 0;
        if (i < s.Length && s[i] == decimalSeparator)
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                fracDigits++;
            }
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+')
            {
                i++;
            }

            var expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }
}
