namespace Tbgo.Indicators.Loading.Yaml;

/// <summary>A node of a safely read YAML document, with its position and JSON pointer.</summary>
internal abstract class YNode
{
    protected YNode(int line, int column, string pointer)
    {
        Line = line;
        Column = column;
        Pointer = pointer;
    }

    /// <summary>1-based line where the node starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the node starts.</summary>
    public int Column { get; }

    /// <summary>JSON pointer of the node within its document.</summary>
    public string Pointer { get; }
}

/// <summary>How a scalar resolves under the YAML 1.2 core schema (the JSON-compatible one).</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    NonFinite,
    String,
}

/// <summary>A scalar; its text is kept exactly as written.</summary>
internal sealed class YScalar : YNode
{
    public YScalar(string value, bool quoted, int line, int column, string pointer)
        : base(line, column, pointer)
    {
        Value = value;
        IsQuoted = quoted;
        Kind = quoted ? ScalarKind.String : Resolve(value);
    }

    public string Value { get; }

    public bool IsQuoted { get; }

    public ScalarKind Kind { get; }

    /// <summary>YAML 1.2.2 core schema resolution of plain scalars (section 10.3.2).</summary>
    internal static ScalarKind Resolve(string s)
    {
        switch (s)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarKind.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN":
                return ScalarKind.NonFinite;
        }

        var i = 0;
        if (s[0] is '-' or '+')
        {
            i++;
        }

        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i == s.Length)
        {
            return digits > 0 ? ScalarKind.Integer : ScalarKind.String;
        }

        var fraction = 0;
        if (s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                fraction++;
            }
        }

        if (digits + fraction == 0)
        {
            return ScalarKind.String;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '-' or '+')
            {
                i++;
            }

            var exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                exp++;
            }

            if (exp == 0)
            {
                return ScalarKind.String;
            }
        }

        return i == s.Length ? ScalarKind.Float : ScalarKind.String;
    }
}

/// <summary>A mapping; entries keep their order. Keys are scalars.</summary>
internal sealed class YMapping : YNode
{
    public YMapping(bool flow, int line, int column, string pointer)
        : base(line, column, pointer)
    {
        IsFlow = flow;
    }

    public bool IsFlow { get; }

    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

    /// <summary>When set (by the model-schema agreement test), collects every key the binder asks for.</summary>
    public HashSet<string>? RequestedKeys { get; set; }

    public YNode? this[string key]
    {
        get
        {
            RequestedKeys?.Add(key);
            foreach (var e in Entries)
            {
                if (string.Equals(e.Key.Value, key, StringComparison.Ordinal))
                {
                    return e.Value;
                }
            }

            return null;
        }
    }

    public YScalar? KeyNode(string key)
    {
        RequestedKeys?.Add(key);
        foreach (var e in Entries)
        {
            if (string.Equals(e.Key.Value, key, StringComparison.Ordinal))
            {
                return e.Key;
            }
        }

        return null;
    }
}

/// <summary>A sequence.</summary>
internal sealed class YSequence : YNode
{
    public YSequence(int line, int column, string pointer)
        : base(line, column, pointer)
    {
    }

    public List<YNode> Items { get; } = [];
}
