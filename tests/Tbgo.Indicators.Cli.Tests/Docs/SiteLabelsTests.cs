using Tbgo.Indicators.Docs;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Cli.Tests.Docs;

public sealed class SiteLabelsTests
{
    [Fact]
    public void BothLanguagesHaveEveryKeyWithText()
    {
        var missingInEn = SiteLabels.Nl.Keys.Except(SiteLabels.En.Keys).ToList();
        var missingInNl = SiteLabels.En.Keys.Except(SiteLabels.Nl.Keys).ToList();
        Assert.True(missingInEn.Count == 0, "Missing in en: " + string.Join(", ", missingInEn));
        Assert.True(missingInNl.Count == 0, "Missing in nl: " + string.Join(", ", missingInNl));
        foreach (var lang in SiteLabels.Languages)
        {
            Assert.All(SiteLabels.For(lang), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{lang}: '{kv.Key}' is empty."));
        }
    }

    [Fact]
    public void EveryCodeTheSiteShowsHasALabelInBothLanguages()
    {
        var keys = Codes.All<Phase>().Select(c => "phase." + c)
            .Concat(Codes.All<Scale>().Select(c => "scale." + c))
            .Concat(Codes.All<MeasurementMethod>().Select(c => "method." + c))
            .Concat(Codes.All<IndicatorStatus>().Select(c => "status." + c))
            .Concat(Codes.All<Direction>().Select(c => "direction." + c))
            .Concat(Codes.All<AggregationMethod>().Select(c => "aggregation." + c))
            .Concat(Codes.All<RollupWeight>().Select(c => "weight." + c))
            .Concat(Codes.All<IndicatorValueKind>().Select(c => "valuekind." + c))
            .Concat(Codes.All<Confidence>().Select(c => "confidence." + c))
            .Concat(Codes.All<MappingRelation>().Select(c => "relation." + c))
            .Concat(Codes.All<LimitKind>().Select(c => "limitkind." + c))
            .Concat(Codes.All<CatalogueStatus>().Select(c => "catalogue." + c))
            .ToList();
        foreach (var lang in SiteLabels.Languages)
        {
            var missing = keys.Where(k => !SiteLabels.For(lang).ContainsKey(k)).ToList();
            Assert.True(missing.Count == 0, $"{lang} lacks: {string.Join(", ", missing)}");
        }
    }
}
