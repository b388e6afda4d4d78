using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Tbgo.Indicators.Docs;

/// <summary>
/// An HTML template embedded in this assembly (<c>Templates/*</c>) with <c>{{name}}</c> placeholders. Text values are
/// HTML-encoded when filled in; only fragments the generator made itself (rendered Markdown, the SVG chart, the
/// embedded script) go in unencoded, and are passed separately so the two cannot be mixed up.
/// </summary>
internal sealed partial class Template
{
    /// <summary>Encodes &lt; &gt; &amp; quotes and control characters; leaves other Unicode text readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string text;

    private Template(string name, string text)
    {
        Name = name;
        this.text = text;
    }

    public string Name { get; }

    /// <summary>Reads an embedded template or other resource (<c>Templates/name</c>) as text.</summary>
    public static string Resource(string name)
    {
        using var stream = typeof(Template).Assembly.GetManifestResourceStream("tbgo/docs/" + name)
            ?? throw new InvalidOperationException($"The embedded site resource '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static Template Load(string name) => new(name, Resource(name));

    /// <summary>Fills every placeholder: from <paramref name="values"/> HTML-encoded, from <paramref name="trusted"/> as is. A placeholder left over or a value without a placeholder is a bug and throws.</summary>
    public string Fill(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? trusted = null)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = Placeholder().Replace(text, m =>
        {
            var key = m.Groups[1].Value;
            used.Add(key);
            if (values.TryGetValue(key, out var v))
            {
                return Encoder.Encode(v);
            }

            return trusted is not null && trusted.TryGetValue(key, out var html)
                ? html
                : throw new InvalidOperationException($"The template '{Name}' has the placeholder '{key}', which was not filled.");
        });
        var unused = values.Keys.Concat(trusted?.Keys ?? []).FirstOrDefault(k => !used.Contains(k));
        return unused is null ? result : throw new InvalidOperationException($"The template '{Name}' has no placeholder '{unused}'.");
    }

    [GeneratedRegex(@"\{\{([a-z-]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
