namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Checks a period: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or an interval <c>start/end</c> of
/// such dates, with real calendar dates and start not after end. The schema pattern checks the form;
/// this checks the calendar.
/// </summary>
internal static class PeriodParser
{
    /// <summary>Returns null when the period is valid, else the reason.</summary>
    public static string? Check(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return TryParse(text, out _, out _, out var reason) ? null : reason;
        }

        if (!TryParse(text[..slash], out var startFirst, out _, out var r1))
        {
            return "the start " + r1;
        }

        if (!TryParse(text[(slash + 1)..], out _, out var endLast, out var r2))
        {
            return "the end " + r2;
        }

        return startFirst > endLast ? $"the interval ends ({new string(text[(slash + 1)..])}) before it starts ({new string(text[..slash])})" : null;
    }

    /// <summary>Parses one date of precision year, month or day into its first and last day.</summary>
    private static bool TryParse(ReadOnlySpan<char> s, out DateOnly first, out DateOnly last, out string? reason)
    {
        first = last = default;
        reason = null;
        if (s.Length is not (4 or 7 or 10) || !Digits(s[..4]) || (s.Length >= 7 && (s[4] != '-' || !Digits(s.Slice(5, 2)))) || (s.Length == 10 && (s[7] != '-' || !Digits(s.Slice(8, 2)))))
        {
            reason = $"'{new string(s)}' is not of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = Num(s[..4]);
        if (year < 1)
        {
            reason = "has year 0000, which does not exist";
            return false;
        }

        if (s.Length == 4)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }

        var month = Num(s.Slice(5, 2));
        if (month is < 1 or > 12)
        {
            reason = $"has month {month:00}, but months run from 01 to 12";
            return false;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (s.Length == 7)
        {
            first = new DateOnly(year, month, 1);
            last = new DateOnly(year, month, days);
            return true;
        }

        var day = Num(s.Slice(8, 2));
        if (day < 1 || day > days)
        {
            reason = $"'{new string(s)}' is not a calendar date: {year:0000}-{month:00} has {days} days";
            return false;
        }

        first = last = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Num(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
