using System.Text.Json;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Tests.Diff;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation.Schema;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>The share-of-objects roll-up: 100 × Σ weight of the objects whose value passes the rule's test / Σ weight of all objects.</summary>
public sealed class RollupShareTests
{
    private const string Biobased = "tbgo.env.materials.biobased-share";
    private const string Passport = "tbgo.gov.transparency.material-passport-share";

    private static readonly SourceReference Partly = new("nabb-biobased-bouwen", "30-30-30", Confidence.Partly);
    private static readonly SourceReference Confirmed = new("circulairebouweconomie-materialenpaspoort", null, Confidence.Confirmed);

    /// <summary>The default catalogue with one indicator given a share-of-objects rule (so the rule's arithmetic is tested apart from the shipped data).</summary>
    private static Catalogue WithRule(string id, Comparator comparator, decimal value, string unit, RollupWeight weight, SourceReference source) =>
        With(id, i => i with { Aggregation = AggregationMethod.ShareOfObjects, ShareOfObjects = new ShareOfObjectsRule(comparator, value, Unit.Parse(unit), weight, source) });

    private static Catalogue With(string id, Func<Indicator, Indicator> change) =>
        Cat.WithIndicators(Cat.Indicators.Select(i => i.Id == id ? change(i) : i));

    private static RollupObject Block(string id, double percent, double? dwellings) => new(id, Q(percent, "%"), Dwellings: dwellings is { } n ? Q(n, "dwelling") : null);

    [Fact]
    public void Share_of_dwellings_in_blocks_that_reach_30_percent_is_computed_as_by_hand()
    {
        // 40 dwellings at 35 % and 20 at 30 % reach >= 30 %; 60 at 20 % and 80 at 10 % do not: 60 of 200 dwellings = 30 %.
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.Dwellings, Partly);
        var r = RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40), Block("b", 20, 60), Block("c", 30, 20), Block("d", 10, 80)], "test area"), catalogue);

        Assert.Equal(AggregationMethod.ShareOfObjects, r.Aggregation);
        Assert.Equal(30, r.Value, 12);
        Assert.Equal("%", r.Unit);
        Assert.Equal(4, r.Objects);
        Assert.Equal(200, r.TotalWeight);
        Assert.Equal("dwelling", r.WeightUnit);
        var share = Assert.IsType<RollupShare>(r.Share);
        Assert.Equal(60, share.PassingWeight, 12);
        Assert.Equal(2, share.PassingObjects);
        Assert.Equal(">= 30 %", share.Rule.Test);
    }

    [Fact]
    public void Share_of_objects_counts_each_object_once()
    {
        // A building's passport value is 0 or 100 %; 3 of 4 buildings have one: 75 %.
        var catalogue = WithRule(Passport, Comparator.AtLeast, 100, "%", RollupWeight.Objects, Confirmed);
        var r = RollupCalculator.Calculate(new RollupInput(Passport, [new("a", Q(100, "%")), new("b", Q(0, "%")), new("c", Q(100, "%")), new("d", Q(1, "1"))]), catalogue);

        Assert.Equal(75, r.Value, 12);
        Assert.Equal("%", r.Unit);
        Assert.Equal(4, r.TotalWeight);
        Assert.Null(r.WeightUnit); // the default units have no 'object'
        Assert.Equal(3, r.Share!.PassingWeight, 12);
        Assert.Equal(3, r.Share.PassingObjects);
    }

    [Fact]
    public void Values_are_converted_to_the_tests_unit_and_compared_as_limit_values_are()
    {
        var catalogue = WithRule(Biobased, Comparator.Above, 0.3m, "1", RollupWeight.Objects, Confirmed);
        var r = RollupCalculator.Calculate(new RollupInput(Biobased, [new("a", Q(31, "%")), new("b", Q(29, "%")), new("c", Q(0.1, "1"))]), catalogue);

        Assert.Equal(100.0 / 3, r.Value, 12); // only 31 % is above 0.3
        Assert.True(r.Share!.Rule.Passes(Q(31, "%")));
        Assert.False(r.Share.Rule.Passes(Q(0.3, "1")));
    }

    [Fact]
    public void Share_weighted_by_floor_area_converts_the_areas()
    {
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.FloorArea, Confirmed);
        var r = RollupCalculator.Calculate(new RollupInput(Biobased, [new("a", Q(40, "%"), FloorArea: Q(0.5, "ha")), new("b", Q(10, "%"), FloorArea: Q(15000, "m2"))]), catalogue);

        Assert.Equal(25, r.Value, 12); // 5000 of 20000 m2
        Assert.Equal(20000, r.TotalWeight!.Value, 9);
        Assert.Equal("m2", r.WeightUnit);
    }

    [Fact]
    public void A_missing_weight_is_reported_at_that_object()
    {
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.Dwellings, Partly);
        var ex = Assert.Throws<CalculationException>(() => RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40), Block("b", 20, 60), Block("c", 30, null)]), catalogue));

        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("TBGO6011", d.Code);
        Assert.Equal("/objects/2", d.Location.Pointer);
        Assert.Equal($"Object 'c' has no 'dwellings', which the share-of-objects roll-up of '{Biobased}' needs.", d.Message);
    }

    [Fact]
    public void A_negative_weight_and_a_zero_total_are_refused()
    {
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.Dwellings, Partly);
        var negative = Assert.Throws<CalculationException>(() => RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40), Block("b", 20, -1)]), catalogue));
        var n = Assert.Single(negative.Diagnostics);
        Assert.Equal(("TBGO6004", "/objects/1/dwellings/value"), (n.Code, n.Location.Pointer));

        var zero = Assert.Throws<CalculationException>(() => RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 0), Block("b", 20, 0)]), catalogue));
        var z = Assert.Single(zero.Diagnostics);
        Assert.Equal(("TBGO6004", "/objects"), (z.Code, z.Location.Pointer));
        Assert.Contains("a share needs a total weight above zero", z.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_another_dimension_is_reported_at_its_unit()
    {
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.Objects, Partly);
        var ex = Assert.Throws<CalculationException>(() => RollupCalculator.Calculate(new RollupInput(Biobased, [new("a", Q(30, "kg"))]), catalogue));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal(("TBGO6003", "/objects/0/value/unit"), (d.Code, d.Location.Pointer));
    }

    [Fact]
    public void A_rule_that_is_not_confirmed_is_a_warning_and_its_source_is_in_the_provenance()
    {
        var partly = RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40)]), WithRule(Biobased, Comparator.AtLeast, 30, "%", RollupWeight.Dwellings, Partly));
        var warning = Assert.Single(partly.Warnings);
        Assert.Equal(CalculationWarning.Unconfirmed, warning.Code);
        Assert.StartsWith($"The share-of-objects rule of '{Biobased}' (objects count when >= 30 %, weighted by dwellings) is partly", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Partly, warning.Source);
        Assert.Contains(Partly, partly.Provenance.Sources);
        Assert.Equal(Confidence.Partly, partly.Provenance.Confidence);

        var confirmed = RollupCalculator.Calculate(new RollupInput(Passport, [new("a", Q(100, "%"))]), WithRule(Passport, Comparator.AtLeast, 100, "%", RollupWeight.Objects, Confirmed));
        Assert.Empty(confirmed.Warnings);
        Assert.Contains(Confirmed, confirmed.Provenance.Sources);
    }

    [Fact]
    public void An_indicator_declaring_the_aggregation_without_a_rule_is_a_programming_error()
    {
        var broken = With(Biobased, i => i with { Aggregation = AggregationMethod.ShareOfObjects, ShareOfObjects = null });
        Assert.Throws<ArgumentException>(() => RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40)]), broken));
    }

    [Fact]
    public void The_shipped_biobased_rule_counts_dwellings_and_warns_that_it_is_partly_confirmed()
    {
        var rule = Cat.GetIndicator(Biobased).ShareOfObjects!;
        Assert.Equal((">= 30 %", RollupWeight.Dwellings, "nabb-biobased-bouwen", Confidence.Partly), (rule.Test, rule.Weight, rule.Source.SourceId, rule.Source.Confidence));
        var r = RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40), Block("b", 20, 60), Block("c", 30, 20), Block("d", 10, 80)]), Cat);

        Assert.Equal(30, r.Value, 12);
        var warning = Assert.Single(r.Warnings);
        Assert.Equal(CalculationWarning.Unconfirmed, warning.Code);
        Assert.Contains("share-of-objects rule", warning.Message, StringComparison.Ordinal);
        Assert.Contains(rule.Source, r.Provenance.Sources);
    }

    [Fact]
    public void The_shipped_passport_rule_counts_buildings_without_a_warning()
    {
        var rule = Cat.GetIndicator(Passport).ShareOfObjects!;
        Assert.Equal((">= 100 %", RollupWeight.Objects, Confidence.Confirmed), (rule.Test, rule.Weight, rule.Source.Confidence));
        RollupObject Building(int i) => new("b" + i, Q(i < 18 ? 100 : 0, "%"));
        var r = RollupCalculator.Calculate(new RollupInput(Passport, [.. Enumerable.Range(0, 24).Select(Building)]), Cat);

        Assert.Equal(75, r.Value, 12); // as the indicator's worked example: 18 of 24 buildings
        Assert.Equal((18.0, 18), (r.Share!.PassingWeight, r.Share.PassingObjects));
        Assert.Empty(r.Warnings);
        Assert.Contains(rule.Source, r.Provenance.Sources);
    }

    [Fact]
    public void Other_aggregations_have_no_share_and_keep_their_unit()
    {
        var r = RollupCalculator.Calculate(new RollupInput("tbgo.env.materials.mpg", [new("a", Q(0.5, "EUR/(m2.a)"), FloorArea: Q(100, "m2"))]), Cat);
        Assert.Null(r.Share);
        Assert.Equal("EUR/(m2.a)", r.Unit);
    }

    [Theory]
    [InlineData(RollupWeight.Dwellings)]
    [InlineData(RollupWeight.Objects)]
    public void The_json_form_has_the_share_and_validates_against_the_result_schema(RollupWeight weight)
    {
        var catalogue = WithRule(Biobased, Comparator.AtLeast, 30, "%", weight, Partly);
        var r = RollupCalculator.Calculate(new RollupInput(Biobased, [Block("a", 35, 40), Block("b", 20, 60), Block("c", 30, 20), Block("d", 10, 80)]), catalogue);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CalculatorJson.Write(writer, r, catalogue);
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("share-of-objects", root.GetProperty("aggregation").GetString());
        Assert.Equal("%", root.GetProperty("value").GetProperty("unit").GetString());
        var share = root.GetProperty("share");
        Assert.Equal(">= 30 %", share.GetProperty("test").GetString());
        Assert.Equal(weight.ToCode(), share.GetProperty("weight").GetString());
        Assert.Equal(2, share.GetProperty("passingObjects").GetInt32());
        if (weight == RollupWeight.Dwellings)
        {
            Assert.Equal(30, root.GetProperty("value").GetProperty("value").GetDouble(), 12);
            Assert.Equal(60, share.GetProperty("passingWeight").GetDouble(), 12);
            Assert.Equal(200, root.GetProperty("totalWeight").GetProperty("value").GetDouble(), 12);
        }
        else
        {
            Assert.Equal(50, root.GetProperty("value").GetProperty("value").GetDouble(), 12);
            Assert.Equal(2, share.GetProperty("passingWeight").GetDouble(), 12);
            Assert.Equal(JsonValueKind.Null, root.GetProperty("totalWeight").ValueKind);
        }

        var schema = SchemaCompiler.Compile(EmbeddedData.ReadSchema("calculators/rollup.result.schema.json"));
        Assert.Empty(SchemaValidator.Validate(schema, new JsonInstance(root, string.Empty)));
    }
}
