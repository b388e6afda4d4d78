using Tbgo.Indicators.Diff;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Diff;

public sealed class CatalogueDiffTests
{
    private const string MpgFile = "env/materials/tbgo.env.materials.mpg.yaml";
    private const string NewLimit = "  - {value: 1.2, unit: EUR/(m2.a), comparator: \"<=\", scope: {scale: gebouw, buildingType: woonfunctie}, validFrom: 2035-01-01, kind: target, basis: nmd-shadow-prices-a2,\n     source: {ref: nmd-bbl-2026, confidence: unconfirmed}}\n";

    private static Catalogue Load(CatalogueCopy copy)
    {
        var result = CatalogueLoader.LoadDirectory(copy.Root);
        Assert.True(result.Catalogue is not null, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return result.Catalogue!;
    }

    [Fact]
    public void The_folder_and_the_embedded_catalogue_are_the_same()
    {
        var folder = CatalogueLoader.LoadDirectory(RepoPaths.Indicators).Catalogue!;
        var result = CatalogueDiff.Compare(Catalogue.Default, folder);
        Assert.True(result.IsEmpty, string.Join("\n", result.Changes.Select(CatalogueDiffWriter.Describe)));
        Assert.Equal(VersionBump.None, result.Bump);
        Assert.Null(result.VersionWarning);
    }

    [Fact]
    public void One_removed_indicator_one_changed_unit_and_one_new_limit_are_exactly_three_changes_two_breaking()
    {
        using var copy = new CatalogueCopy();
        copy.Delete("soc/housing/tbgo.soc.housing.social-rent-share.yaml");
        copy.Replace("env/adaptation/tbgo.env.adaptation.rainwater-storage.yaml", "\nunit: mm\n", "\nunit: cm\n");
        copy.Replace(MpgFile, "limitValues:\n", "limitValues:\n" + NewLimit);

        var result = CatalogueDiff.Compare(Catalogue.Default, Load(copy));

        Assert.Collection(
            result.Changes,
            c =>
            {
                Assert.Equal((ChangeKind.Removed, ChangeArea.Indicator, "tbgo.soc.housing.social-rent-share", ChangeImpact.Breaking), (c.Kind, c.Area, c.Subject, c.Impact));
            },
            c =>
            {
                Assert.Equal((ChangeKind.Changed, ChangeArea.Indicator, "tbgo.env.adaptation.rainwater-storage", "unit", "mm", "cm", ChangeImpact.Breaking), (c.Kind, c.Area, c.Subject, c.Field, c.OldValue, c.NewValue, c.Impact));
                Assert.Contains("0.1 times", c.Reason, StringComparison.Ordinal);
            },
            c =>
            {
                Assert.Equal((ChangeKind.Added, ChangeArea.LimitValue, ChangeImpact.Compatible), (c.Kind, c.Area, c.Impact));
                Assert.Equal("tbgo.env.materials.mpg / limit scale=gebouw, buildingType=woonfunctie target nmd-shadow-prices-a2 from 2035-01-01", c.Subject);
                Assert.StartsWith("<= 1.2 EUR/(m2.a)", c.NewValue, StringComparison.Ordinal);
            });
        Assert.True(result.HasBreakingChanges);
        Assert.Equal(VersionBump.Major, result.Bump);
        Assert.Equal(2, result.Count(ChangeImpact.Breaking));
        Assert.Contains("still 2026.1", result.VersionWarning, StringComparison.Ordinal);

        var markdown = CatalogueDiffWriter.ToMarkdown(result);
        Assert.Equal(
            """
            ## Catalogue 2026.1 (from 2026.1)

            Implied version bump: **major** (2 breaking changes, 1 compatible change, 0 editorial changes).

            > **Note:** the content changed (major bump) but the catalogue version is still 2026.1; raise 'version' in catalogue.yaml.

            ### Breaking

            - removed indicator `tbgo.soc.housing.social-rent-share` (Share of social rental dwellings in the dwelling stock \[%\]): exports that report this indicator no longer validate
            - indicator `tbgo.env.adaptation.rainwater-storage`: unit `mm` -> `cm`: values in exports change scale: the same amount is 0.1 times the old number

            ### Added

            - added limit value `tbgo.env.materials.mpg / limit scale=gebouw, buildingType=woonfunctie target nmd-shadow-prices-a2 from 2035-01-01` (\<= 1.2 EUR/(m2.a) (nmd-bbl-2026 (unconfirmed)))

            """.ReplaceLineEndings("\n"),
            markdown);
    }

    [Fact]
    public void A_raised_version_with_only_additions_is_a_minor_bump_without_warning()
    {
        using var copy = new CatalogueCopy();
        copy.Replace("catalogue.yaml", "\nversion: \"2026.1\"\n", "\nversion: \"2026.2\"\n");
        copy.Replace(MpgFile, "limitValues:\n", "limitValues:\n" + NewLimit);
        var result = CatalogueDiff.Compare(Catalogue.Default, Load(copy));
        Assert.Equal(VersionBump.Minor, result.Bump);
        Assert.False(result.HasBreakingChanges);
        Assert.Null(result.VersionWarning);
        Assert.Single(result.Changes);
    }

    [Fact]
    public void A_lower_version_is_reported()
    {
        var old = Catalogue.Default;
        var lower = old.WithInfo(old.Info with { Version = "2025.9" });
        var result = CatalogueDiff.Compare(old, lower);
        Assert.True(result.IsEmpty);
        Assert.Contains("lower", result.VersionWarning, StringComparison.Ordinal);
        Assert.Null(CatalogueDiff.Compare(lower, old).VersionWarning);
    }

    [Fact]
    public void The_same_unit_spelt_otherwise_is_no_change_and_a_new_dimension_is_breaking()
    {
        using var copy = new CatalogueCopy();
        copy.Replace(MpgFile, "\nunit: EUR/(m2.a)\n", "\nunit: EUR/m2/a\n");
        Assert.True(CatalogueDiff.Compare(Catalogue.Default, Load(copy)).IsEmpty);

        var old = Catalogue.Default;
        var id = "tbgo.soc.community.supermarket-distance";
        var changed = old.WithIndicators(old.Indicators.Select(i => i.Id == id ? i with { Unit = old.Units.Parse("min") } : i));
        var change = Assert.Single(CatalogueDiff.Compare(old, changed).Changes);
        Assert.Equal(("unit", "km", "min", ChangeImpact.Breaking), (change.Field, change.OldValue, change.NewValue, change.Impact));
        Assert.Contains("change dimension", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_applicability_cell_is_breaking_and_a_new_one_is_not()
    {
        var old = Catalogue.Default;
        var mpg = old.GetIndicator("tbgo.env.materials.mpg");
        var cell = mpg.Applicability[0];
        var fewer = old.Indicators.Select(i => i.Id == mpg.Id ? i with { Applicability = i.Applicability.RemoveAt(0) } : i);
        var result = CatalogueDiff.Compare(old, old.WithIndicators(fewer));
        var change = Assert.Single(result.Changes);
        Assert.Equal((ChangeKind.Removed, ChangeArea.Applicability, ChangeImpact.Breaking), (change.Kind, change.Area, change.Impact));
        Assert.Equal($"{mpg.Id} / {cell.Phase.ToCode()} x {cell.Scale.ToCode()}", change.Subject);

        var back = CatalogueDiff.Compare(old.WithIndicators(fewer), old);
        Assert.Equal((ChangeKind.Added, ChangeImpact.Compatible), (Assert.Single(back.Changes).Kind, back.Changes[0].Impact));
    }

    [Fact]
    public void A_changed_share_rule_is_breaking_and_its_source_editorial()
    {
        const string Id = "tbgo.env.materials.biobased-share";
        var old = Catalogue.Default;
        var rule = old.GetIndicator(Id).ShareOfObjects!;
        var changed = rule with { Weight = RollupWeight.Objects, Source = rule.Source with { Confidence = Confidence.Confirmed } };
        var result = CatalogueDiff.Compare(old, old.WithIndicators(old.Indicators.Select(i => i.Id == Id ? i with { ShareOfObjects = changed } : i)));

        Assert.Collection(
            result.Changes,
            c => Assert.Equal((ChangeKind.Changed, ChangeArea.Indicator, Id, "shareOfObjects", "objects count when >= 30 %, weighted by dwellings", "objects count when >= 30 %, weighted by objects", ChangeImpact.Breaking),
                (c.Kind, c.Area, c.Subject, c.Field, c.OldValue, c.NewValue, c.Impact)),
            c => Assert.Equal(("shareOfObjects.source.confidence", "partly", "confirmed", ChangeImpact.Editorial), (c.Field, c.OldValue, c.NewValue, c.Impact)));
        Assert.Contains("area roll-ups", result.Changes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(VersionBump.Major, result.Bump);
    }

    [Fact]
    public void Dropping_the_share_rule_with_its_aggregation_is_breaking_twice()
    {
        const string Id = "tbgo.gov.transparency.material-passport-share";
        var old = Catalogue.Default;
        var result = CatalogueDiff.Compare(old, old.WithIndicators(old.Indicators.Select(i => i.Id == Id ? i with { Aggregation = AggregationMethod.NotAggregatable, ShareOfObjects = null } : i)));

        Assert.Equal(
            [("aggregation", "share-of-objects", "not-aggregatable"), ("shareOfObjects", "objects count when >= 100 %, weighted by objects", null)],
            result.Changes.Where(c => c.Impact == ChangeImpact.Breaking).Select(c => (c.Field, c.OldValue, c.NewValue)));
        Assert.All(result.Changes.Where(c => c.Impact != ChangeImpact.Breaking), c => Assert.Equal(ChangeImpact.Editorial, c.Impact));
        Assert.Contains(result.Changes, c => c is { Field: "shareOfObjects.source", OldValue: "circulairebouweconomie-materialenpaspoort", NewValue: null });
    }

    [Theory]
    [InlineData("0", "100", "5", "100", ChangeImpact.Breaking)]
    [InlineData("0", "100", "0", "150", ChangeImpact.Compatible)]
    [InlineData(null, null, "0", null, ChangeImpact.Breaking)]
    [InlineData("0", "100", null, null, ChangeImpact.Compatible)]
    public void A_narrower_range_is_breaking_and_a_wider_one_is_not(string? oldMin, string? oldMax, string? newMin, string? newMax, ChangeImpact expected)
    {
        static Model.ValueRange? Range(string? min, string? max) =>
            min is null && max is null ? null : new(min is null ? null : double.Parse(min, System.Globalization.CultureInfo.InvariantCulture), max is null ? null : double.Parse(max, System.Globalization.CultureInfo.InvariantCulture));
        var old = Catalogue.Default;
        var id = "tbgo.env.materials.mpg";
        var a = old.WithIndicators(old.Indicators.Select(i => i.Id == id ? i with { Range = Range(oldMin, oldMax) } : i));
        var b = old.WithIndicators(old.Indicators.Select(i => i.Id == id ? i with { Range = Range(newMin, newMax) } : i));
        var change = Assert.Single(CatalogueDiff.Compare(a, b).Changes);
        Assert.Equal(("range", expected), (change.Field, change.Impact));
    }

    [Fact]
    public void Factor_values_units_and_removals_are_classified()
    {
        using var copy = new CatalogueCopy();
        var set = Catalogue.Default.FindFactorSet("nmd-shadow-prices-a2")!;
        var first = set.Factors[0];
        var text = File.ReadAllText(copy.Path("factor-sets/nmd-shadow-prices-a2.yaml"));
        Assert.Contains($"id: {first.Id}", text, StringComparison.Ordinal);

        var changed = Catalogue.Default.WithFactorSets(Catalogue.Default.FactorSets.Select(s => s.Id != set.Id ? s : s with
        {
            Factors = s.Factors.SetItem(0, first with { Value = first.Value + 1m }).RemoveAt(1),
        }));
        var result = CatalogueDiff.Compare(Catalogue.Default, changed);
        Assert.Contains(result.Changes, c => c is { Kind: ChangeKind.Changed, Area: ChangeArea.Factor, Field: "value", Impact: ChangeImpact.Compatible } && c.Subject == $"{set.Id}/{first.Id}");
        Assert.Contains(result.Changes, c => c is { Kind: ChangeKind.Removed, Area: ChangeArea.Factor, Impact: ChangeImpact.Breaking } && c.Subject == $"{set.Id}/{set.Factors[1].Id}");
        Assert.Equal(2, result.Changes.Length);
    }

    [Fact]
    public void Markdown_escapes_text_from_the_data()
    {
        var old = Catalogue.Default;
        var id = "tbgo.env.materials.mpg";
        var renamed = old.WithIndicators(old.Indicators.Select(i => i.Id == id ? i with { Note = "# heading [link](http://x) <b>`code`</b>" } : i));
        var markdown = CatalogueDiffWriter.ToMarkdown(CatalogueDiff.Compare(old, renamed));
        Assert.DoesNotContain("\n# heading", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown.Replace("`", string.Empty, StringComparison.Ordinal).Split('\n').Where(l => !l.Contains("-> `", StringComparison.Ordinal)), StringComparer.Ordinal);
        Assert.Contains("'code'", markdown, StringComparison.Ordinal);
    }
}

/// <summary>Copies of a catalogue with some content replaced (the internal constructor; the loader's checks are skipped).</summary>
internal static class CatalogueEdits
{
    public static Catalogue WithIndicators(this Catalogue c, IEnumerable<Model.Indicator> indicators) =>
        new(c.Info, indicators, c.Frameworks, c.FactorSets, c.Sources, c.Pillars, c.Themes, c.BuildingTypes, c.Units);

    public static Catalogue WithInfo(this Catalogue c, Model.CatalogueInfo info) =>
        new(info, c.Indicators, c.Frameworks, c.FactorSets, c.Sources, c.Pillars, c.Themes, c.BuildingTypes, c.Units);

    public static Catalogue WithFactorSets(this Catalogue c, IEnumerable<Model.FactorSet> sets) =>
        new(c.Info, c.Indicators, c.Frameworks, sets, c.Sources, c.Pillars, c.Themes, c.BuildingTypes, c.Units);
}
