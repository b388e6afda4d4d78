using System;
using Microsoft.CodeAnalysis.Text;

namespace Tbgo.Indicators.Generators;

/// <summary>
/// The few fields of an indicator definition the generator needs, read from the top level of its YAML: <c>id</c>,
/// <c>status</c>, <c>unit</c> and the English (else Dutch) <c>name</c>, block (<c>name:</c> then indented
/// <c>en: ...</c>) or flow style (<c>name: {nl: ..., en: ...}</c>). A file without a top-level <c>id</c> and
/// <c>pillar</c> is not an indicator (frameworks, factor sets, units) and gives null.
/// </summary>
internal sealed record IndicatorYaml(string Path, string Id, string? Name, string? Unit, string? Status)
{
    public static IndicatorYaml? Read(string path, SourceText? text)
    {
        if (text is null)
        {
            return null;
        }

        string? id = null, status = null, unit = null, en = null, nl = null;
        var pillar = false;
        var inName = false;
        foreach (var line in text.Lines)
        {
            var s = line.ToString();
            if (s.Length == 0 || s.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (s[0] == ' ' || s[0] == '\t')
            {
                if (inName)
                {
                    var t = s.Trim();
                    if (t.StartsWith("en:", StringComparison.Ordinal))
                    {
                        en = Scalar(t.Substring(3));
                    }
                    else if (t.StartsWith("nl:", StringComparison.Ordinal))
                    {
                        nl = Scalar(t.Substring(3));
                    }
                }

                continue;
            }

            inName = false;
            var colon = s.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = s.Substring(0, colon);
            var value = s.Substring(colon + 1);
            switch (key)
            {
                case "id": id = Scalar(value); break;
                case "status": status = Scalar(value); break;
                case "unit": unit = Scalar(value); break;
                case "pillar": pillar = true; break;
                case "name":
                    var v = value.Trim();
                    if (v.Length == 0)
                    {
                        inName = true;
                    }
                    else if (v.StartsWith("{", StringComparison.Ordinal))
                    {
                        en = Flow(v, "en");
                        nl = Flow(v, "nl");
                    }

                    break;
            }
        }

        return id is { Length: > 0 } && pillar ? new IndicatorYaml(path, id, en ?? nl, unit, status) : null;
    }

    /// <summary>A plain or quoted scalar, without a trailing comment; null for a block scalar (<c>&gt;-</c>, <c>|</c>), which is not read.</summary>
    private static string? Scalar(string raw)
    {
        var v = raw.Trim();
        if (v.StartsWith(">", StringComparison.Ordinal) || v.StartsWith("|", StringComparison.Ordinal))
        {
            return null;
        }

        if (v.Length >= 2 && (v[0] == '"' || v[0] == '\''))
        {
            var end = v.IndexOf(v[0], 1);
            return end > 0 ? v.Substring(1, end - 1) : v.Substring(1);
        }

        var hash = v.IndexOf(" #", StringComparison.Ordinal);
        v = (hash >= 0 ? v.Substring(0, hash) : v).Trim();
        return v.Length == 0 ? null : v;
    }

    /// <summary>The value of <paramref name="key"/> in a one-line flow mapping such as <c>{nl: Naam, en: Name}</c>.</summary>
    private static string? Flow(string map, string key)
    {
        var at = map.IndexOf(key + ":", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = map.Substring(at + key.Length + 1).TrimStart();
        if (rest.Length > 0 && (rest[0] == '"' || rest[0] == '\''))
        {
            var end = rest.IndexOf(rest[0], 1);
            return end > 0 ? rest.Substring(1, end - 1) : null;
        }

        var stop = rest.IndexOfAny(new[] { ',', '}' });
        return (stop >= 0 ? rest.Substring(0, stop) : rest).Trim();
    }
}
