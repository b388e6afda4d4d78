using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary><c>aggregation: share-of-objects</c> with its <c>shareOfObjects</c> rule: accepted as written, and every bad form a located error.</summary>
public sealed class ShareOfObjectsLoadingTests
{
    private const string Aggregation = "aggregation: area-weighted-mean\n";

    private const string Rule = """
        aggregation: share-of-objects
        shareOfObjects:
          test: {comparator: "<=", value: 10.0, unit: kg CO2-eq/(m2.a)}
          weight: floorArea
          source: {ref: test-source, locator: table 2, confidence: partly, note: The weight is a choice.}
          note: Buildings at or below the limit.

        """;

    private static CatalogueLoadResult Load(string aggregationAndRule, LoadOptions? options = null) =>
        new TestCatalogue().EditIndicator(Aggregation, aggregationAndRule.ReplaceLineEndings("\n")).Load(options);

    /// <summary>The 1-based line of <paramref name="text"/> in the test indicator after the edit.</summary>
    private static int LineOf(string aggregationAndRule, string text)
    {
        var yaml = TestCatalogue.Indicator.Replace(Aggregation, aggregationAndRule.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in the edited indicator");
        return yaml[..index].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void The_rule_is_read_as_written()
    {
        var result = Load(Rule, new LoadOptions { RunExamples = true, ReportUnconfirmed = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var indicator = result.Catalogue!.GetIndicator("tbgo.env.climate.test-gwp");
        Assert.Equal(AggregationMethod.ShareOfObjects, indicator.Aggregation);
        var rule = Assert.IsType<ShareOfObjectsRule>(indicator.ShareOfObjects);
        Assert.Equal((Comparator.AtMost, 10.0m, "kg CO2-eq/(m2.a)", RollupWeight.FloorArea), (rule.Comparator, rule.Value, rule.Unit.Text, rule.Weight));
        Assert.Equal(new SourceReference("test-source", "table 2", Confidence.Partly, "The weight is a choice."), rule.Source);
        Assert.Equal("Buildings at or below the limit.", rule.Note);
        Assert.Equal("<= 10.0 kg CO2-eq/(m2.a)", rule.Test);

        // A rule whose source is only partly confirmed is listed with the other unconfirmed values, at the rule.
        var unconfirmed = Assert.Single(result.Unconfirmed);
        Assert.Equal(("aggregation-rule", "tbgo.env.climate.test-gwp", Confidence.Partly), (unconfirmed.Kind, unconfirmed.Id, unconfirmed.Confidence));
        Assert.Equal(LineOf(Rule, "  test:"), unconfirmed.Location.Line);
        var info = Assert.Single(result.Diagnostics, d => d.Code == "TBGO3018");
        Assert.Equal("The share-of-objects rule (<= 10.0 kg CO2-eq/(m2.a), weighted by floorArea) of 'tbgo.env.climate.test-gwp' rests on a source marked 'partly'; check it against the primary document before relying on it.", info.Message);
    }

    [Fact]
    public void The_aggregation_without_a_rule_is_an_error_at_the_aggregation()
    {
        const string Yaml = "aggregation: share-of-objects\n";
        var d = TestCatalogue.SingleError(Load(Yaml));
        Assert.Equal("TBGO3022", d.Code);
        Assert.Equal((TestCatalogue.IndicatorPath, LineOf(Yaml, "aggregation:"), 14, "/aggregation"), (d.Location.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
        Assert.Equal("The indicator 'tbgo.env.climate.test-gwp' has aggregation share-of-objects but no shareOfObjects rule (the test an object's value must pass, the weight and the source).", d.Message);
    }

    [Fact]
    public void A_rule_without_the_aggregation_is_an_error_at_the_rule()
    {
        var yaml = Rule.Replace("aggregation: share-of-objects", "aggregation: area-weighted-mean", StringComparison.Ordinal);
        var d = TestCatalogue.SingleError(Load(yaml));
        Assert.Equal("TBGO3023", d.Code);
        Assert.Equal((TestCatalogue.IndicatorPath, LineOf(yaml, "  test:"), 3, "/shareOfObjects"), (d.Location.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
        Assert.Equal("A shareOfObjects rule is used only by aggregation share-of-objects, but 'tbgo.env.climate.test-gwp' has aggregation 'area-weighted-mean'.", d.Message);
    }

    [Theory]
    [InlineData("weight: floorArea", "weight: households", "TBGO2004", "  weight:", 11, "/shareOfObjects/weight", "'households' at /shareOfObjects/weight is not one of the allowed values: objects, floorArea, dwellings, residents", null)]
    [InlineData("value: 10.0, unit: kg CO2-eq/(m2.a)", "value: 30, unit: \"%\"", "TBGO3004", "  test:", 45, "/shareOfObjects/test/unit", "does not fit the indicator unit 'kg CO2-eq/(m2.a)'", null)]
    [InlineData("unit: kg CO2-eq/(m2.a)}", "unit: kg CO2-eq/(m2.jr2x)}", "TBGO4001", "  test:", 47, "/shareOfObjects/test/unit", "The unit 'kg CO2-eq/(m2.jr2x)' cannot be read", null)]
    [InlineData("  note: Buildings", "  notes: Buildings", "TBGO2001", "  notes:", 3, "/shareOfObjects/notes", "The key 'notes' is not allowed", "Did you mean 'note'?")]
    [InlineData("{ref: test-source, locator: table 2", "{ref: test-sauce, locator: table 2", "TBGO3003", "  source:", 17, "/shareOfObjects/source/ref", "The source 'test-sauce' is not defined", "Did you mean 'test-source'?")]
    [InlineData("  source: {ref: test-source, locator: table 2, confidence: partly, note: The weight is a choice.}\n", "", "TBGO2002", "  test:", 3, "/shareOfObjects", "The required key 'source' is missing", null)]
    public void A_malformed_rule_is_one_located_error(string find, string replace, string code, string lineStart, int column, string pointer, string message, string? hint)
    {
        var yaml = Rule.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Rule, yaml);
        var d = TestCatalogue.SingleError(Load(yaml));
        Assert.Equal((code, TestCatalogue.IndicatorPath, LineOf(yaml, lineStart), column, pointer), (d.Code, d.Location.File, d.Location.Line, d.Location.Column, d.Location.Pointer));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Equal(hint, d.Hint);
        }
    }

    [Fact]
    public void Both_new_codes_are_catalogue_errors_with_a_hint()
    {
        foreach (var d in new[] { DiagnosticDescriptors.ShareOfObjectsRuleMissing, DiagnosticDescriptors.ShareOfObjectsRuleNotAllowed })
        {
            Assert.Equal((DiagnosticSeverity.Error, "catalogue"), (d.DefaultSeverity, d.Category));
            Assert.NotNull(d.Help);
        }
    }
}
