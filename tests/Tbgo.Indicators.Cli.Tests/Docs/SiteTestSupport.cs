using System.Net;
using System.Text.RegularExpressions;

namespace Tbgo.Indicators.Cli.Tests.Docs;

/// <summary>Reading generated pages back: attributes and element texts, decoded.</summary>
internal static partial class SiteHtml
{
    public static IEnumerable<(string Attribute, string Value)> Urls(string html) =>
        UrlAttribute().Matches(html).Select(m => (m.Groups[1].Value.ToLowerInvariant(), WebUtility.HtmlDecode(m.Groups[2].Value)));

    public static IEnumerable<string> Texts(string html, string element) =>
        Regex.Matches(html, $"<{element}[^>]*>(.*?)</{element}>", RegexOptions.Singleline | RegexOptions.CultureInvariant)
            .Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, string.Empty)).Trim());

    [GeneratedRegex("\\s(href|src|srcset|action|data|poster|xlink:href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
