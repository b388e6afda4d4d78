using System.Text.RegularExpressions;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Docs;

/// <summary>The reference site in a real browser (headless Chromium, as for the HTML report): an indicator page renders to a screenshot, and the index's filter script runs.</summary>
public sealed class SiteBrowserTests
{
    [ChromiumFact]
    public void AnIndicatorPageRendersAndTheIndexFilterHidesTheOtherPillars()
    {
        var chromium = Chromium.Path;
        Assert.True(chromium is not null, "Chromium is not installed, and CI=true requires it: run apt-get install -y chromium (.ci/run does this).");
        var dir = Directory.CreateTempSubdirectory("tbgo-docs-browser-");
        try
        {
            var site = Path.Combine(dir.FullName, "site");
            var (exit, _, err) = CliRunner.Run("docs", "--out", site);
            Assert.True(exit == 0, err);

            var indicator = Catalogue.Default.Indicators.First(i => !i.LimitValues.IsDefaultOrEmpty);
            var page = new Uri(Path.Combine(site, "nl", "indicators", indicator.Id + ".html")).AbsoluteUri;
            var dom = HtmlReportBrowserTests.Chromium(chromium!, dir.FullName, "--dump-dom", page);
            Assert.Contains("Grenswaarden in de tijd", dom, StringComparison.Ordinal);
            Assert.Contains("<svg", dom, StringComparison.Ordinal);

            var png = Path.Combine(dir.FullName, "indicator.png");
            HtmlReportBrowserTests.Chromium(chromium!, dir.FullName, "--screenshot=" + png, "--window-size=1280,1600", page);
            Assert.True(File.Exists(png), "Chromium wrote no screenshot.");
            var bytes = File.ReadAllBytes(png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"The screenshot is suspiciously small ({bytes.Length} bytes).");
            var keep = Environment.GetEnvironmentVariable("TBGO_SCREENSHOT_DIR");
            if (!string.IsNullOrEmpty(keep))
            {
                File.Copy(png, Path.Combine(keep, "docs-indicator.png"), overwrite: true);
            }

            // The filter reads its values from the query string and hides the rows that do not match.
            var total = Catalogue.Default.Indicators.Length;
            var social = Catalogue.Default.Indicators.Count(i => i.Pillar == Pillar.Social);
            Assert.InRange(social, 1, total - 1);
            var index = new Uri(Path.Combine(site, "en", "index.html")).AbsoluteUri + "?pillar=soc";
            var filtered = HtmlReportBrowserTests.Chromium(chromium!, dir.FullName, "--dump-dom", index);
            Assert.Equal(total - social, Regex.Matches(filtered, "<tr hidden").Count);
            Assert.Contains($"{social} / {total} shown", filtered, StringComparison.Ordinal);
            Assert.Contains("<option value=\"soc\">", filtered, StringComparison.Ordinal);

            var unfiltered = HtmlReportBrowserTests.Chromium(chromium!, dir.FullName, "--dump-dom", new Uri(Path.Combine(site, "en", "index.html")).AbsoluteUri);
            Assert.DoesNotContain("<tr hidden", unfiltered, StringComparison.Ordinal);
            Assert.Contains($"{total} / {total} shown", unfiltered, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
