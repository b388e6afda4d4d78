using System.Globalization;
using System.Text;

namespace Tbgo.Indicators.Units;

/// <summary>
/// Parses unit text into numerator and denominator terms. Grammar (the way the building sector
/// writes units, so <c>kWh/m2.a</c> and <c>kWh/m²·yr</c> mean kWh per m2 per year):
/// <code>
/// expression  = product { "/" product }        every product after a "/" is in the denominator
/// product     = factor { "." factor }          "." also written "·", "*", "×"
/// factor      = "(" expression ")" [ "^" int ] | "1" | term
/// term        = unit [ exponent ] [ " " qualifier ]      kg CO2-eq, m2, s-1, m^3, m³
/// </code>
/// </summary>
internal ref struct UnitParser
{
    private const int MaxExponent = 9;
    private const int MaxDepth = 8;
    private const int MaxLength = 200;

    private readonly UnitSymbolTable _table;
    private readonly string _original;
    private readonly string _s;
    private int _p;
    private int _depth;

    private UnitParser(UnitSymbolTable table, string original, string normalized)
    {
        _table = table;
        _original = original;
        _s = normalized;
        _p = 0;
        _depth = 0;
        Error = null;
    }

    private string? Error { get; set; }

    /// <summary>Parses <paramref name="text"/>; returns false with a message when it is not a unit.</summary>
    public static bool TryParse(UnitSymbolTable table, string text, out List<UnitTerm> numerator, out List<UnitTerm> denominator, out string? error)
    {
        numerator = [];
        denominator = [];
        if (text.Length > MaxLength)
        {
            error = $"it is longer than {MaxLength} characters";
            return false;
        }

        var normalized = Normalize(text);
        var trimmed = normalized.Trim();
        if (trimmed.Length == 0)
        {
            error = "it is empty; write '1' for a pure number";
            return false;
        }

        if (trimmed is "-" or "1")
        {
            error = null;
            return true;
        }

        var parser = new UnitParser(table, text, normalized);
        parser.ParseExpression(numerator, denominator);
        if (parser.Error is null)
        {
            parser.SkipSpaces();
            if (parser._p < parser._s.Length)
            {
                var c = parser._s[parser._p];
                parser.Fail(c == ')' ? "a ')' has no matching '('"
                    : char.IsLetter(c) || c == '%' ? $"'{parser.ReadWord(parser._p)}' follows a unit without an operator; write '.' for a product or '/' for a quotient"
                    : $"unexpected '{c}'");
            }
        }

        error = parser.Error;
        return error is null;
    }

    /// <summary>Maps the typographic forms people type onto the parser's ASCII forms, one character for one.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '⁰' => '0',
                '¹' => '1',
                '²' => '2',
                '³' => '3',
                '⁴' => '4',
                '⁵' => '5',
                '⁶' => '6',
                '⁷' => '7',
                '⁸' => '8',
                '⁹' => '9',
                '⁻' or '−' or '‐' or '‑' => '-',
                >= '₀' and <= '₉' => (char)('0' + (c - '₀')),
                '·' or '⋅' or '•' or '∙' or '×' or '*' => '.',
                '\t' or '\u00A0' or '\u2009' or '\u202F' => ' ',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private void ParseExpression(List<UnitTerm> numerator, List<UnitTerm> denominator)
    {
        if (++_depth > MaxDepth)
        {
            Fail($"parentheses nest deeper than {MaxDepth} levels");
            return;
        }

        ParseProduct(numerator, denominator);
        while (Error is null)
        {
            SkipSpaces();
            if (!Peek('/'))
            {
                break;
            }

            _p++;
            ParseProduct(denominator, numerator);
        }

        _depth--;
    }

    private void ParseProduct(List<UnitTerm> into, List<UnitTerm> opposite)
    {
        ParseFactor(into, opposite);
        while (Error is null)
        {
            SkipSpaces();
            if (!Peek('.'))
            {
                break;
            }

            _p++;
            ParseFactor(into, opposite);
        }
    }

    private void ParseFactor(List<UnitTerm> into, List<UnitTerm> opposite)
    {
        SkipSpaces();
        if (_p >= _s.Length)
        {
            Fail("a unit is missing at the end");
            return;
        }

        var c = _s[_p];
        if (c == '(')
        {
            _p++;
            var innerNum = new List<UnitTerm>();
            var innerDen = new List<UnitTerm>();
            ParseExpression(innerNum, innerDen);
            if (Error is not null)
            {
                return;
            }

            SkipSpaces();
            if (!Peek(')'))
            {
                Fail("a '(' is not closed");
                return;
            }

            _p++;
            var power = 1;
            if (Peek('^'))
            {
                _p++;
                if (!TryReadInteger(out power))
                {
                    return;
                }
            }

            AddAll(innerNum, power, into, opposite);
            AddAll(innerDen, power, opposite, into);
            return;
        }

        if (c == '1' && (_p + 1 >= _s.Length || !char.IsAsciiDigit(_s[_p + 1])))
        {
            _p++;
            return;
        }

        if (c is '/' or '.' or ')')
        {
            Fail($"a unit is missing before '{c}'");
            return;
        }

        if (!TryMatchUnit(out var unit))
        {
            return;
        }

        var exponent = 1;
        if (_p < _s.Length && (_s[_p] == '^' || char.IsAsciiDigit(_s[_p]) || (_s[_p] == '-' && _p + 1 < _s.Length && char.IsAsciiDigit(_s[_p + 1]))))
        {
            if (_s[_p] == '^')
            {
                _p++;
            }

            if (!TryReadInteger(out exponent))
            {
                return;
            }
        }

        UnitQualifier? qualifier = null;
        if (_p < _s.Length && _s[_p] == ' ')
        {
            var save = _p;
            SkipSpaces();
            if (_p < _s.Length && !IsOperator(_s[_p]))
            {
                if (!TryMatchQualifier(out qualifier))
                {
                    if (Error is null)
                    {
                        _p = save;
                    }

                    return;
                }
            }
            else
            {
                _p = save;
            }
        }

        Add(new UnitTerm(unit, qualifier, 1), exponent, into, opposite);
    }

    private bool TryMatchUnit(out NamedUnit unit)
    {
        var max = Math.Min(_table.MaxUnitLength, _s.Length - _p);
        for (var len = max; len > 0; len--)
        {
            var candidate = _s.AsSpan(_p, len);
            if (_table.TryGetUnit(candidate, out unit) && IsUnitBoundary(_p + len))
            {
                _p += len;
                return true;
            }
        }

        unit = null!;
        var word = ReadWord(_p);
        Fail($"'{word}' is not a known unit" + Suggest(word, _table.UnitSpellings));
        return false;
    }

    private bool TryMatchQualifier(out UnitQualifier? qualifier)
    {
        var max = Math.Min(_table.MaxQualifierLength, _s.Length - _p);
        for (var len = max; len > 0; len--)
        {
            if (_table.TryGetQualifier(_s.AsSpan(_p, len), out var q) && IsQualifierBoundary(_p + len))
            {
                _p += len;
                qualifier = q;
                return true;
            }
        }

        qualifier = null;
        var word = ReadWord(_p);
        var max2 = Math.Min(_table.MaxUnitLength, _s.Length - _p);
        for (var len = max2; len > 0; len--)
        {
            if (_table.TryGetUnit(_s.AsSpan(_p, len), out _) && IsUnitBoundary(_p + len))
            {
                Fail($"two units stand next to each other without an operator before '{word}'; write '.' for a product (t.km) or '/' for a quotient");
                return false;
            }
        }

        Fail($"'{word}' is not a known qualifier such as CO2-eq" + Suggest(word, _table.QualifierSpellings));
        return false;
    }

    private bool IsUnitBoundary(int i)
    {
        if (i >= _s.Length)
        {
            return true;
        }

        var c = _s[i];
        return c is ' ' or '/' or '.' or ')' or '(' or '^' || char.IsAsciiDigit(c) || (c == '-' && i + 1 < _s.Length && char.IsAsciiDigit(_s[i + 1]));
    }

    private bool IsQualifierBoundary(int i) => i >= _s.Length || _s[i] is ' ' or '/' or '.' or ')';

    private static bool IsOperator(char c) => c is '/' or '.' or ')';

    private bool TryReadInteger(out int value)
    {
        value = 0;
        var start = _p;
        if (_p < _s.Length && _s[_p] is '-' or '+')
        {
            _p++;
        }

        var digitsStart = _p;
        while (_p < _s.Length && char.IsAsciiDigit(_s[_p]))
        {
            _p++;
        }

        if (_p == digitsStart)
        {
            Fail("an exponent has no digits");
            return false;
        }

        if (!int.TryParse(_s.AsSpan(start, _p - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value == 0 || Math.Abs(value) > MaxExponent)
        {
            Fail($"the exponent '{_s[start.._p]}' must be a whole number from -{MaxExponent} to {MaxExponent}, not 0");
            return false;
        }

        return true;
    }

    private static void AddAll(List<UnitTerm> terms, int power, List<UnitTerm> into, List<UnitTerm> opposite)
    {
        foreach (var t in terms)
        {
            Add(t with { Exponent = 1 }, t.Exponent * power, into, opposite);
        }
    }

    private static void Add(UnitTerm term, int exponent, List<UnitTerm> into, List<UnitTerm> opposite)
    {
        var target = exponent > 0 ? into : opposite;
        var e = Math.Abs(exponent);
        for (var i = 0; i < target.Count; i++)
        {
            if (ReferenceEquals(target[i].Unit, term.Unit) && ReferenceEquals(target[i].Qualifier, term.Qualifier))
            {
                target[i] = target[i] with { Exponent = target[i].Exponent + e };
                return;
            }
        }

        target.Add(term with { Exponent = e });
    }

    private void SkipSpaces()
    {
        while (_p < _s.Length && _s[_p] == ' ')
        {
            _p++;
        }
    }

    private readonly bool Peek(char c) => _p < _s.Length && _s[_p] == c;

    private readonly string ReadWord(int start)
    {
        var end = start;
        while (end < _s.Length && _s[end] is not (' ' or '/' or '.' or '(' or ')' or '^'))
        {
            end++;
        }

        return end == start ? _original.Substring(start, Math.Min(1, _original.Length - start)) : _original[start..end];
    }

    private void Fail(string message)
    {
        Error ??= string.Create(CultureInfo.InvariantCulture, $"{message} (at character {_p + 1})");
    }

    private static string Suggest(string word, IEnumerable<string> spellings) =>
        Text.EditDistance.Closest(word, spellings) is { } best ? $"; did you mean '{best}'?" : string.Empty;
}
