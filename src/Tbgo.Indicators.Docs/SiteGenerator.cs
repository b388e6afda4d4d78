using System.Text;

namespace Tbgo.Indicators.Docs;

/// <summary>
/// Generates the static, self-contained reference site of a catalogue in Dutch and English: a root page linking to
/// both languages and, per language (<c>nl/</c>, <c>en/</c>), an index with search and filters, a page per indicator,
/// per framework and per factor set. Pages are Markdown rendered with Markdig into an embedded HTML layout; all data
/// is escaped, CSS and script are inline, links are relative, nothing is loaded from elsewhere.
/// </summary>
public static class SiteGenerator
{
    /// <summary>Builds every page in memory, in a stable order (root page first).</summary>
    /// <param name="catalogue">The catalogue to describe.</param>
    /// <returns>The pages.</returns>
    public static IReadOnlyList<SitePage> Build(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new SiteBuilder(catalogue).Build();
    }

    /// <summary>Writes the site to a folder (created when missing; files of the same name are overwritten, others left alone).</summary>
    /// <param name="catalogue">The catalogue to describe.</param>
    /// <param name="outDir">The folder to write to.</param>
    /// <returns>The paths of the written pages, relative to <paramref name="outDir"/>, with forward slashes.</returns>
    public static IReadOnlyList<string> Generate(Catalogue catalogue, string outDir)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var pages = Build(catalogue);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var page in pages)
        {
            var file = Path.Combine(outDir, page.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, page.Html, encoding);
        }

        return [.. pages.Select(p => p.Path)];
    }
}
