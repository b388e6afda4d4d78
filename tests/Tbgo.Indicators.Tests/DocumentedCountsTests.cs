using System.Globalization;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests;

/// <summary>The counts README.md and the package pages state are the catalogue's, so they cannot drift.</summary>
public sealed partial class DocumentedCountsTests
{
    private static readonly string Readme = File.ReadAllText(RepoPaths.Combine("README.md"));

    private static int Stated(string text, Regex pattern)
    {
        var m = pattern.Match(text);
        Assert.True(m.Success, $"README.md no longer says '{pattern}'.");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_indicator_count_is_the_catalogues() =>
        Assert.Equal(Catalogue.Default.Indicators.Length, Stated(Readme, IndicatorCount()));

    [Fact]
    public void The_framework_count_is_the_catalogues() =>
        Assert.Equal(Catalogue.Default.Frameworks.Length, Stated(Readme, FrameworkCount()));

    [Fact]
    public void The_unconfirmed_count_is_what_lint_reports()
    {
        var result = CatalogueLoader.LoadEmbedded(new LoadOptions { ReportUnconfirmed = true });
        var unconfirmed = result.Diagnostics.Count(d => d.Code == "TBGO3018");
        Assert.Equal(unconfirmed, Stated(Readme, UnconfirmedCount()));
    }

    [Fact]
    public void The_package_readmes_link_only_absolutely()
    {
        foreach (var page in new[] { RepoPaths.Combine("src", "Tbgo.Indicators", "PACKAGE.md"), RepoPaths.Combine("src", "Tbgo.Indicators.Cli", "PACKAGE.md") })
        {
            var text = File.ReadAllText(page);
            Assert.All(MarkdownLink().Matches(text).Select(m => m.Groups[1].Value), target => Assert.Matches("^(https://|#)", target));
            Assert.DoesNotContain("](docs/", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\*\*2026\.1 \(draft\)\*\*: ([0-9]+) indicators")]
    private static partial Regex IndicatorCount();

    [GeneratedRegex(@"; ([0-9]+) framework reference lists")]
    private static partial Regex FrameworkCount();

    [GeneratedRegex(@"([0-9]+) values are not yet confirmed;")]
    private static partial Regex UnconfirmedCount();

    [GeneratedRegex(@"\]\(([^)]*)\)")]
    private static partial Regex MarkdownLink();
}
