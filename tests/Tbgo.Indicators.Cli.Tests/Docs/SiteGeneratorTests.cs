using System.Text.Json;
using Tbgo.Indicators.Docs;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Docs;

/// <summary><c>tbgo docs</c> and <see cref="SiteGenerator"/>: pages, links, self-containment, encoding, both languages.</summary>
public sealed class SiteGeneratorTests : IClassFixture<SiteGeneratorTests.Site>
{
    private readonly Site site;

    public SiteGeneratorTests(Site site) => this.site = site;

    [Fact]
    public void EveryIndicatorHasAPageInEachLanguageAsManyAsTbgoListCounts()
    {
        var (exit, json, _) = CliRunner.Run("list", "--format", "json");
        Assert.Equal(0, exit);
        var listed = JsonDocument.Parse(json).RootElement.GetProperty("count").GetInt32();
        var catalogue = Catalogue.Default;
        Assert.Equal(catalogue.Indicators.Length, listed);

        var fixedPages = 1 + catalogue.Frameworks.Length + catalogue.FactorSets.Length; // index + framework and factor-set pages
        foreach (var lang in new[] { "nl", "en" })
        {
            var files = Directory.GetFiles(Path.Combine(site.Dir, lang), "*.html", SearchOption.AllDirectories);
            Assert.Equal(listed + fixedPages, files.Length);
            Assert.Equal(listed, Directory.GetFiles(Path.Combine(site.Dir, lang, "indicators"), "*.html").Length);
            Assert.Equal(catalogue.Frameworks.Length, Directory.GetFiles(Path.Combine(site.Dir, lang, "frameworks"), "*.html").Length);
            Assert.Equal(catalogue.FactorSets.Length, Directory.GetFiles(Path.Combine(site.Dir, lang, "factor-sets"), "*.html").Length);
        }

        Assert.True(File.Exists(Path.Combine(site.Dir, "index.html")));
        Assert.Equal(1 + (2 * (listed + fixedPages)), site.Written.Count);
        Assert.Contains($"Wrote {site.Written.Count} pages", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRelativeLinkAndSourceResolvesToAWrittenFile()
    {
        var checkedLinks = 0;
        foreach (var page in site.Written)
        {
            var file = Path.Combine(site.Dir, page);
            foreach (var (attribute, url) in SiteHtml.Urls(File.ReadAllText(file)))
            {
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
                {
                    Assert.Equal("href", attribute); // external addresses only as hyperlinks (checked below too)
                    continue;
                }

                Assert.False(url.Contains(':', StringComparison.Ordinal), $"{page}: {attribute}=\"{url}\" is neither relative nor http(s).");
                var target = url.Split('#', '?')[0];
                if (target.Length == 0)
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                Assert.True(resolved.StartsWith(site.Dir, StringComparison.Ordinal), $"{page}: {url} leaves the site.");
                Assert.True(File.Exists(resolved), $"{page}: {attribute}=\"{url}\" does not resolve ({resolved}).");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 500, $"Only {checkedLinks} relative links were checked.");
    }

    [Fact]
    public void NothingIsLoadedFromElsewhere()
    {
        var externalLinks = 0;
        foreach (var page in site.Written)
        {
            var html = File.ReadAllText(Path.Combine(site.Dir, page));
            foreach (var (attribute, url) in SiteHtml.Urls(html))
            {
                if (url.Contains("//", StringComparison.Ordinal))
                {
                    Assert.True(attribute == "href", $"{page}: {attribute}=\"{url}\" loads from elsewhere.");
                    externalLinks++;
                }
            }

            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(externalLinks > 0, "Sources with web addresses should be linked.");
    }

    [Fact]
    public void BothLanguagesAreCompleteAndEachPageSwitchesToItsCounterpart()
    {
        var nl = site.Written.Where(p => p.StartsWith("nl/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        var en = site.Written.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        Assert.Equal(nl, en);
        foreach (var (lang, other) in new[] { ("nl", "en"), ("en", "nl") })
        {
            var labels = SiteLabels.For(lang).Values.ToHashSet(StringComparer.Ordinal);
            var otherOnly = SiteLabels.For(other).Values.Except(labels).ToHashSet(StringComparer.Ordinal);
            foreach (var page in nl)
            {
                var html = File.ReadAllText(Path.Combine(site.Dir, lang, page));
                Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
                var depth = page.Count(c => c == '/') + 1;
                var expected = string.Concat(Enumerable.Repeat("../", depth)) + other + "/" + page;
                Assert.Contains($"href=\"{expected}\" hreflang=\"{other}\"", html, StringComparison.Ordinal);

                // Headings and table headers are UI labels of the page's own language, never of the other one.
                var ui = SiteHtml.Texts(html, "h2").Concat(SiteHtml.Texts(html, "th")).ToList();
                Assert.NotEmpty(ui);
                Assert.All(ui, t => Assert.True(labels.Contains(t), $"{lang}/{page}: '{t}' is not a {lang} label."));
                Assert.All(ui, t => Assert.DoesNotContain(t, otherOnly));
            }
        }
    }

    [Fact]
    public void TextInOneLanguageOnlyIsShownWithAMarker()
    {
        // The shipped catalogue has every framework text in both languages (ShippedCatalogueTests), so this test adds an English-only one.
        using var copy = new CatalogueCopy();
        const string english = "Only written in English so far, which the Dutch page must say.";
        File.WriteAllText(copy.Path("frameworks/english-only.yaml"), $$"""
            id: english-only
            name: {nl: Alleen Engels, en: English only}
            description:
              en: {{english}}
            source: {ref: nmd-bbl-2026, confidence: confirmed}
            items:
              - id: item-1
                name: {nl: Onderdeel, en: Item}
                description: {en: An item described in English only.}
            """);
        var dir = Directory.CreateTempSubdirectory("tbgo-docs-en-only-").FullName;
        try
        {
            var (exit, _, err) = CliRunner.Run("docs", "--catalogue", copy.Root, "--out", dir);
            Assert.True(exit == 0, err);
            var page = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(dir, "nl", "frameworks", "english-only.html")));
            Assert.Equal(2, page.Split("[en: alleen in het Engels]").Length - 1); // the framework's description and its item's
            Assert.Contains(english, page, StringComparison.Ordinal);
            Assert.Contains("An item described in English only.", page, StringComparison.Ordinal);
            var englishPage = File.ReadAllText(Path.Combine(dir, "en", "frameworks", "english-only.html"));
            Assert.DoesNotContain("[en: alleen in het Engels]", englishPage, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AnIndicatorPageShowsItsDefinitionMatrixMappingsLimitsChartSourcesAndHistory()
    {
        var indicator = Catalogue.Default.Indicators.First(i => !i.LimitValues.IsDefaultOrEmpty && !i.Mappings.IsDefaultOrEmpty && i.LimitValues.Any(l => l.Basis is not null));
        var html = File.ReadAllText(Path.Combine(site.Dir, "en", "indicators", indicator.Id + ".html"));
        var decoded = System.Net.WebUtility.HtmlDecode(html);
        Assert.Contains(indicator.Name.En!, decoded, StringComparison.Ordinal);
        Assert.Contains(indicator.Unit.Text, decoded, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(indicator.LimitValues.Length, System.Text.RegularExpressions.Regex.Matches(html, "<polyline").Count);
        foreach (var basis in indicator.LimitValues.Select(l => l.Basis).OfType<string>().Distinct())
        {
            Assert.Contains($"href=\"../factor-sets/{basis}.html\"", html, StringComparison.Ordinal);
        }

        foreach (var m in indicator.Mappings)
        {
            Assert.Contains($"href=\"../frameworks/{m.Target.FrameworkId}.html\"", html, StringComparison.Ordinal);
        }

        var headings = SiteHtml.Texts(html, "h2").ToList();
        Assert.Equal(["Definition", "Properties", "Phase x scale (method per cell)", "Framework mappings", "Limit values over time", "Factor sets used", "Sources", "Status and history"], headings.Take(8));
        if (indicator.Sources.Any(s => s.NeedsConfirmation) || indicator.LimitValues.Any(l => l.Source.NeedsConfirmation))
        {
            Assert.Contains("<strong>⚠", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_share_of_objects_page_states_the_rule_and_lists_its_source()
    {
        string Page(string lang, string id) => System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Dir, lang, "indicators", id + ".html")));
        var en = Page("en", "tbgo.env.materials.biobased-share");
        Assert.Contains("<td>share of objects passing a test</td>", en, StringComparison.Ordinal);
        Assert.Contains("<td>Share rule</td>\n<td>an object counts when its value is ≥ 30 %, weighted by the number of dwellings (", en, StringComparison.Ordinal);
        Assert.Contains("30-30-30: at least 30% of new dwellings with at least 30% bio-based materials by 2030</td>", en, StringComparison.Ordinal); // a row of the sources table
        var nl = Page("nl", "tbgo.gov.transparency.material-passport-share");
        Assert.Contains("<td>Regel voor het aandeel</td>\n<td>een object telt mee bij een waarde ≥ 100 %, gewogen naar het aantal objecten, elk één keer (", nl, StringComparison.Ordinal);
        Assert.DoesNotContain("Share rule", Page("en", "tbgo.env.materials.mpg"), StringComparison.Ordinal);
    }

    [Fact]
    public void DataTextIsEncodedNotMarkup()
    {
        const string hostile = "<script>alert(1)</script> *x* | [a](javascript:alert(1)) <img src=x onerror=alert(2)> & {{body}}";
        using var copy = new CatalogueCopy();
        copy.Replace("env/energy/tbgo.env.energy.beng-1.yaml", "en: BENG 1 - energy need", "en: \"" + hostile + "\"");
        var loaded = CatalogueLoader.LoadDirectory(copy.Root);
        Assert.True(loaded.Catalogue is not null, string.Join("\n", loaded.Diagnostics));
        var pages = SiteGenerator.Build(loaded.Catalogue!);

        var page = pages.Single(p => p.Path == "en/indicators/tbgo.env.energy.beng-1.html").Html;
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; *x* | [a](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt; &amp; {{body}}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        foreach (var p in pages)
        {
            Assert.DoesNotContain("<script>alert", p.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", p.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:alert(1)\"", p.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<em>x</em>", p.Html, StringComparison.Ordinal);
        }

        // The index holds the name in its table and in the inline JSON; the JSON cannot close its script element.
        var index = pages.Single(p => p.Path == "en/index.html").Html;
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(index, "<script").Count);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(index, "</script>").Count);
        Assert.Contains("\\u003Cscript\\u003Ealert(1)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void ACatalogueWithErrorsWritesNothingAndFails()
    {
        using var copy = new CatalogueCopy();
        copy.Replace("env/energy/tbgo.env.energy.beng-1.yaml", "direction: lower-is-better", "direction: sideways");
        var dir = Path.Combine(copy.Root, "site");
        var (exit, _, err) = CliRunner.Run("docs", "--catalogue", copy.Root, "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("has errors", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    /// <summary>The default catalogue's site, written once by <c>tbgo docs --out</c> for the tests of this class.</summary>
    public sealed class Site : IDisposable
    {
        public Site()
        {
            Dir = Directory.CreateTempSubdirectory("tbgo-docs-").FullName + Path.DirectorySeparatorChar;
            var (exit, output, err) = CliRunner.Run("docs", "--out", Dir);
            Assert.True(exit == 0, err);
            Output = output;
            Written = [.. Directory.GetFiles(Dir, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
        }

        public string Dir { get; }

        public string Output { get; }

        public IReadOnlyList<string> Written { get; }

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }
}
