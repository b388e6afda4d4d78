using Tbgo.Indicators.Model;
using Tbgo.Indicators.Tests.Loading;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.CatalogueQueries;

public sealed class LimitLookupTests
{
    private const string Limits = """
        limitValues:
          - {value: 10, unit: kg CO2-eq/(m2.a), comparator: "<=", scope: {scale: gebouw}, validFrom: 2025-01-01, validTo: 2027-12-31, kind: binding, source: {ref: test-source, confidence: confirmed}}
          - {value: 8, unit: kg CO2-eq/(m2.a), comparator: "<=", scope: {scale: gebouw, buildingType: woonfunctie}, validFrom: 2025-01-01, validTo: 2027-12-31, kind: binding, source: {ref: test-source, confidence: confirmed}}
          - {value: 7, unit: kg CO2-eq/(m2.a), comparator: "<=", scope: {scale: gebouw, buildingType: woonfunctie/woongebouw}, validFrom: 2026-01-01, validTo: 2027-12-31, kind: binding, source: {ref: test-source, confidence: confirmed}}
          - {value: 6, unit: kg CO2-eq/(m2.a), comparator: "<=", scope: {scale: gebouw, buildingType: woonfunctie, variant: compact}, validFrom: 2025-01-01, kind: binding, source: {ref: test-source, confidence: confirmed}}
          - {value: 5, unit: kg CO2-eq/(m2.a), comparator: "<", scope: {scale: gebouw, buildingType: woonfunctie}, validFrom: 2028-01-01, kind: binding, source: {ref: test-source, confidence: confirmed}}
          - {value: 3, unit: kg CO2-eq/(m2.a), comparator: "<=", scope: {scale: gebouw, buildingType: woonfunctie}, validFrom: 2030-01-01, kind: target, source: {ref: test-source, confidence: unconfirmed}}
        sources:
        """;

    private static readonly Lazy<Catalogue> Loaded = new(() =>
    {
        var result = new TestCatalogue().EditIndicator(
            "limitValues:\n  - value: 10\n    unit: kg CO2-eq/(m2.a)\n    comparator: \"<=\"\n    scope: {scale: gebouw, buildingType: woonfunctie}\n    validFrom: 2025-01-01\n    kind: binding\n    source: {ref: test-source, locator: table 1, confidence: confirmed}\nsources:\n",
            Limits + "\n").Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Catalogue!;
    });

    private static Indicator Indicator => Loaded.Value.Indicators[0];

    [Theory]
    [InlineData("2026-06-01", "gebouw", null, null, 10)]
    [InlineData("2026-06-01", "gebouw", "woonfunctie", null, 8)]
    [InlineData("2026-06-01", "gebouw", "woonfunctie/grondgebonden", null, 8)]
    [InlineData("2026-06-01", "gebouw", "woonfunctie/woongebouw", null, 7)]
    [InlineData("2025-06-01", "gebouw", "woonfunctie/woongebouw", null, 8)]
    [InlineData("2026-06-01", "gebouw", "woonfunctie/woongebouw", "compact", 6)]
    [InlineData("2026-06-01", "gebouw", "kantoorfunctie", null, 10)]
    [InlineData("2028-01-01", "gebouw", "woonfunctie", null, 5)]
    [InlineData("2028-01-01", "gebouw", "kantoorfunctie", null, null)]
    [InlineData("2024-12-31", "gebouw", "woonfunctie", null, null)]
    [InlineData("2026-06-01", "gebied", "woonfunctie", null, null)]
    public void TheMostSpecificLimitInForceWins(string date, string scale, string? buildingType, string? variant, int? expected)
    {
        Assert.True(Codes.TryParse(scale, out Scale s));
        var limit = Loaded.Value.FindLimit(Indicator, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new LimitScope(s, buildingType, variant));
        Assert.Equal(expected, limit is null ? null : (int)limit.Value);
    }

    [Fact]
    public void KindsAreSeparateQueries()
    {
        var target = Loaded.Value.FindLimit(Indicator, new DateOnly(2031, 1, 1), new LimitScope(Scale.Gebouw, "woonfunctie"), LimitKind.Target);
        Assert.Equal(3m, target!.Value);
        Assert.Equal(Confidence.Unconfirmed, target.Source.Confidence);
        Assert.Null(Loaded.Value.FindLimit(Indicator, new DateOnly(2026, 1, 1), new LimitScope(Scale.Gebouw, "woonfunctie"), LimitKind.Target));
    }

    [Fact]
    public void TestsValuesInAnyCompatibleUnit()
    {
        var atMost8 = Loaded.Value.FindLimit(Indicator, new DateOnly(2026, 6, 1), new LimitScope(Scale.Gebouw, "woonfunctie"))!;
        Assert.Equal(LimitVerdict.Pass, atMost8.Test(Quantity.Parse("8 kg CO2-eq/(m2.a)")));
        Assert.Equal(LimitVerdict.Fail, atMost8.Test(Quantity.Parse("81 t CO2-eq/(ha.a)")));
        Assert.Equal(LimitVerdict.Pass, atMost8.Test(Quantity.Parse("80 t CO2-eq/(ha.a)")));
        Assert.Equal(0.5, atMost8.Margin(Quantity.Parse("7.5 kg CO2-eq/(m2.a)")), 12);
        Assert.Throws<IncompatibleUnitsException>(() => atMost8.Test(Quantity.Parse("8 kWh/(m2.a)")));
        var below5 = Loaded.Value.FindLimit(Indicator, new DateOnly(2028, 1, 1), new LimitScope(Scale.Gebouw, "woonfunctie"))!;
        Assert.Equal(LimitVerdict.Fail, below5.Test(Quantity.Parse("5 kg CO2-eq/(m2.a)")));
    }

    [Fact]
    public void QueriesFilterTheDefaultCatalogue()
    {
        var c = Catalogue.Default;
        Assert.All(c.Query(new IndicatorQuery { Scale = Scale.OpenbareRuimte }), i => Assert.True(i.AppliesTo(Scale.OpenbareRuimte)));
        Assert.All(c.Query(new IndicatorQuery { Phase = Phase.Beheer, Scale = Scale.Gebied }), i => Assert.True(i.AppliesTo(Phase.Beheer, Scale.Gebied)));
        Assert.All(c.Query(new IndicatorQuery { Pillar = Pillar.Social }), i => Assert.StartsWith("tbgo.soc.", i.Id, StringComparison.Ordinal));
        Assert.All(c.Query(new IndicatorQuery { Framework = "levels" }), i => Assert.Contains(i.Mappings, m => m.Target.FrameworkId == "levels"));
        Assert.Contains(c.Query(new IndicatorQuery { Framework = "mpg:mpg" }), i => i.Id == "tbgo.env.materials.mpg");
        Assert.All(c.Query(new IndicatorQuery { Status = IndicatorStatus.Core }), i => Assert.True(i.IsCore));
        Assert.Equal(c.Indicators.Length, c.Query(new IndicatorQuery()).Count());
        Assert.Equal("tbgo.env.materials.mpg", c.SuggestIndicatorId("tbgo.env.material.mpg"));
        Assert.Equal("tbgo.env.climate.life-cycle-gwp", c.SuggestIndicatorId("tbgo.env.climate.lifecycle-gwp"));
        Assert.Null(c.SuggestIndicatorId("something.else.entirely.unrelated"));
        Assert.Throws<KeyNotFoundException>(() => c.GetIndicator("tbgo.env.climate.nope"));
    }
}
