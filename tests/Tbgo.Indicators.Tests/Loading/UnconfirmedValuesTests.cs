using System.Text.RegularExpressions;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>Every confidence tag other than 'confirmed' in the catalogue's YAML is one unconfirmed value, reported where it is.</summary>
public sealed partial class UnconfirmedValuesTests
{
    private static Dictionary<string, int> TagsPerFile() =>
        Directory.EnumerateFiles(RepoPaths.Indicators, "*.yaml", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(RepoPaths.Indicators, f).Replace('\\', '/'), Count: Tag().Matches(File.ReadAllText(f)).Count))
            .Where(x => x.Count > 0)
            .ToDictionary(x => x.File, x => x.Count, StringComparer.Ordinal);

    [Fact]
    public void Every_unconfirmed_or_partly_tag_is_reported_once_in_its_file()
    {
        var result = CatalogueLoader.LoadDirectory(RepoPaths.Indicators, new LoadOptions { ReportUnconfirmed = true });
        var expected = TagsPerFile();
        Assert.True(expected.Values.Sum() > 150, "the scan found too few tags to be meaningful");

        string Relative(string? file) => Path.GetRelativePath(RepoPaths.Indicators, file!).Replace('\\', '/');
        var listed = result.Unconfirmed.GroupBy(u => Relative(u.Location.File)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var diagnosed = result.Diagnostics.Where(d => d.Code == "TBGO3018").GroupBy(d => Relative(d.Location.File)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal), listed.OrderBy(x => x.Key, StringComparer.Ordinal));
        Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal), diagnosed.OrderBy(x => x.Key, StringComparer.Ordinal));
        Assert.All(result.Unconfirmed, u => Assert.True(u.Location.Line > 0 && u.Location.Column > 0, $"{u.Kind} {u.Id} has no line"));
    }

    [Fact]
    public void Each_kind_of_unconfirmed_value_is_named()
    {
        var result = CatalogueLoader.LoadEmbedded();
        var kinds = result.Unconfirmed.Select(u => u.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["limit-value", "factor", "factor-set", "framework", "framework-item", "indicator-source", "formula", "example", "unit", "aggregation-rule"], StringComparer.Ordinal), kinds);
        Assert.Contains(result.Unconfirmed, u => u is { Kind: "factor", Id: "nmd-shadow-prices-a2/pm" });
        Assert.Contains(result.Unconfirmed, u => u is { Kind: "aggregation-rule", Id: "tbgo.env.materials.biobased-share", Confidence: Model.Confidence.Partly });
        Assert.Contains(result.Unconfirmed, u => u.Kind == "framework-item" && u.Id.StartsWith("levels:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TBGO3018");
    }

    [GeneratedRegex(@"confidence:\s*(unconfirmed|partly)\b")]
    private static partial Regex Tag();
}
