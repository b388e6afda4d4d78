using System.Text;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>
/// Translates a JSON Schema <c>pattern</c> (ECMA-262 syntax, no flags) into a .NET pattern with the same meaning
/// for <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/>. The differences handled:
/// <list type="bullet">
/// <item><c>$</c> outside a class is end of text (<c>\z</c>); .NET's <c>$</c> also matches before a final <c>\n</c>.</item>
/// <item><c>.</c> excludes the four ECMA line terminators (\n, \r, U+2028, U+2029); .NET's excludes only \n.</item>
/// <item><c>\d</c>, <c>\w</c>, <c>\s</c> and their negations are ECMA's sets (ASCII digits, ASCII word
/// characters, the ECMA white-space and line-terminator set); .NET's are Unicode categories.</item>
/// <item>A <c>[</c> inside a class is a literal (.NET would read <c>-[...]</c> as class subtraction);
/// <c>[]</c> matches nothing and <c>[^]</c> any character.</item>
/// </list>
/// Constructs NonBacktracking cannot run (lookahead, lookbehind, backreferences) and .NET-only or ambiguous
/// syntax (inline options, atomic groups, conditionals, <c>\p{}</c>, <c>\A</c>, word boundaries whose
/// meaning differs) are refused with a reason, so a schema fails when it is compiled, never at validation.
/// </summary>
internal static class EcmaPattern
{
    // ECMA-262 WhiteSpace and LineTerminator code points (\s), as .NET class content.
    private const string Space = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string NotSpace = @"\u0000-\u0008\u000E-\u001F\u0021-\u009F\u00A1-\u167F\u1681-\u1FFF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u2FFF\u3001-\uFEFE\uFF00-\uFFFF";
    private const string Digit = "0-9";
    private const string NotDigit = @"\u0000-\u002F\u003A-\uFFFF";
    private const string Word = "0-9A-Z_a-z";
    private const string NotWord = @"\u0000-\u002F\u003A-\u0040\u005B-\u005E\u0060\u007B-\uFFFF";

    /// <summary>The .NET pattern with the ECMA meaning of <paramref name="ecma"/>, or a reason it is refused (prefixed "syntax: " when the pattern is malformed).</summary>
    public static string Translate(string ecma, out string? refusal)
    {
        refusal = null;
        var sb = new StringBuilder(ecma.Length + 16);
        var inClass = false;
        for (var i = 0; i < ecma.Length; i++)
        {
            var c = ecma[i];
            if (c == '\\')
            {
                if (i + 1 >= ecma.Length)
                {
                    refusal = "syntax: it ends with a lone backslash";
                    return string.Empty;
                }

                var (text, length, why) = Escape(ecma, i + 1, inClass);
                if (why is not null)
                {
                    refusal = why;
                    return string.Empty;
                }

                sb.Append(text);
                i += length;
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                }

                sb.Append(c == '[' ? @"\[" : c.ToString());
                continue;
            }

            switch (c)
            {
                case '[':
                    if (string.CompareOrdinal(ecma, i, "[]", 0, 2) == 0)
                    {
                        sb.Append(@"[^\u0000-\uFFFF]");
                        i += 1;
                    }
                    else if (string.CompareOrdinal(ecma, i, "[^]", 0, 3) == 0)
                    {
                        sb.Append(@"[\u0000-\uFFFF]");
                        i += 2;
                    }
                    else
                    {
                        inClass = true;
                        sb.Append('[');
                        if (i + 1 < ecma.Length && ecma[i + 1] == '^')
                        {
                            sb.Append('^');
                            i++;
                        }
                    }

                    break;
                case '$':
                    sb.Append(@"\z");
                    break;
                case '.':
                    sb.Append(@"[^\n\r\u2028\u2029]");
                    break;
                case '(' when i + 1 < ecma.Length && ecma[i + 1] == '?':
                    if (i + 2 < ecma.Length && ecma[i + 2] == ':')
                    {
                        sb.Append("(?:");
                        i += 2;
                        break;
                    }

                    refusal = ecma.AsSpan(i).StartsWith("(?=") || ecma.AsSpan(i).StartsWith("(?!")
                        ? "lookahead (?= / (?! is not supported (the linear-time matcher cannot run it)"
                        : ecma.AsSpan(i).StartsWith("(?<=") || ecma.AsSpan(i).StartsWith("(?<!")
                            ? "lookbehind (?<= / (?<! is not supported (the linear-time matcher cannot run it)"
                            : "only plain (...) and non-capturing (?:...) groups are supported, not '" + ecma.Substring(i, Math.Min(4, ecma.Length - i)) + "'";
                    return string.Empty;
                default:
                    sb.Append(c);
                    break;
            }
        }

        if (inClass)
        {
            refusal = "syntax: a character class [ is not closed";
            return string.Empty;
        }

        return sb.ToString();
    }

    private static (string Text, int Length, string? Refusal) Escape(string s, int at, bool inClass)
    {
        var e = s[at];
        switch (e)
        {
            case 'd': return (inClass ? Digit : "[" + Digit + "]", 1, null);
            case 'D': return (inClass ? NotDigit : "[" + NotDigit + "]", 1, null);
            case 'w': return (inClass ? Word : "[" + Word + "]", 1, null);
            case 'W': return (inClass ? NotWord : "[" + NotWord + "]", 1, null);
            case 's': return (inClass ? Space : "[" + Space + "]", 1, null);
            case 'S': return (inClass ? NotSpace : "[" + NotSpace + "]", 1, null);
            case 'f' or 'n' or 'r' or 't' or 'v': return ("\\" + e, 1, null);
            case 'b' when inClass: return (@"\u0008", 1, null);
            case 'b' or 'B': return (string.Empty, 1, @"word boundaries \b and \B are not supported (their .NET meaning uses Unicode word characters)");
            case '0' when at + 1 >= s.Length || !char.IsAsciiDigit(s[at + 1]): return (@"\u0000", 1, null);
            case >= '0' and <= '9': return (string.Empty, 1, $"backreferences (\\{e}) are not supported (the linear-time matcher cannot run them)");
            case 'k': return (string.Empty, 1, @"named backreferences \k<...> are not supported (the linear-time matcher cannot run them)");
            case 'c' when at + 1 < s.Length && char.IsAsciiLetter(s[at + 1]): return ("\\c" + s[at + 1], 2, null);
            case 'x' when Hex(s, at + 1, 2): return ("\\x" + s.Substring(at + 1, 2), 3, null);
            case 'u' when Hex(s, at + 1, 4): return ("\\u" + s.Substring(at + 1, 4), 5, null);
            case 'p' or 'P': return (string.Empty, 1, @"Unicode property classes \p{...} are not supported (ECMA-262 reads them only in 'u' mode); write explicit classes such as [A-Za-z]");
            default:
                return char.IsAsciiLetterOrDigit(e)
                    ? (string.Empty, 1, $"'\\{e}' is not an ECMA-262 escape this engine supports")
                    : ("\\" + e, 1, null); // an escaped punctuation character is itself in both dialects
        }
    }

    private static bool Hex(string s, int at, int count)
    {
        if (at + count > s.Length)
        {
            return false;
        }

        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiHexDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
