using CsCheck;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

public sealed class MpgCalculatorTests
{
    private static MpgInput Input(string set, params MpgElement[] elements) => new(
        set, Q(100, "m2"), [new MpgUseFunction("woonfunctie/grondgebonden", Q(90, "m2"))], [.. elements], new DateOnly(2026, 9, 1), Q(75, "a"));

    private static MpgElement E(string id, NmdDataCategory category, params (string Category, double Amount, string Unit)[] impacts) =>
        new(id, category, [.. impacts.Select(i => new MpgImpact(i.Category, Q(i.Amount, i.Unit)))]);

    [Fact]
    public void Gwp_sub_indicators_are_reported_but_not_added_to_gwp_total()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1000, "kg CO2-eq"), ("gwp-fossil", 900, "kg CO2-eq"), ("gwp-biogenic", 100, "kg CO2-eq"))), Cat);
        Assert.Equal(116, r.Mki, 9);
        var fossil = r.Categories.Single(c => c.Category == "gwp-fossil");
        Assert.False(fossil.Weighted);
        Assert.Equal(104.4, fossil.Mki!.Value, 9);
    }

    [Fact]
    public void Category_3_data_get_the_30_percent_uplift_and_3a_none()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("c3", NmdDataCategory.Category3, ("gwp-total", 1000, "kg CO2-eq")), E("c3a", NmdDataCategory.Category3a, ("gwp-total", 1000, "kg CO2-eq"))), Cat);
        Assert.Equal(116 * 1.3, r.Elements[0].Mki, 9);
        Assert.Equal(116, r.Elements[1].Mki, 9);
    }

    [Fact]
    public void The_category_3_uplift_is_not_applied_to_negative_values()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a1", E("credit", NmdDataCategory.Category3, ("gwp", -1000, "kg CO2-eq")), E("load", NmdDataCategory.Category3, ("gwp", 1000, "kg CO2-eq"))), Cat);
        Assert.Equal(-50, r.Elements[0].Mki, 9);
        Assert.Equal(65, r.Elements[1].Mki, 9);
    }

    [Fact]
    public void Unknown_factors_of_the_a2_set_make_the_result_incomplete_and_are_named()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1000, "kg CO2-eq"), ("pm", 0.001, "disease-incidence"))), Cat);
        Assert.False(r.IsComplete);
        Assert.Equal(6, r.Warnings.Count(w => w.Code == CalculationWarning.UnknownFactor));
        Assert.Contains(r.Warnings, w => w.Message.StartsWith("factor 'pm' of set nmd-shadow-prices-a2 has no known value (unconfirmed); its MKI is not included", StringComparison.Ordinal));
        Assert.Null(r.Categories.Single(c => c.Category == "pm").Mki);
        Assert.True(r.VerdictIsProvisional);
    }

    [Fact]
    public void A_category_from_the_other_weighting_set_is_rejected_with_its_pointer()
    {
        var ex = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq"), ("gwp", 1, "kg CO2-eq"))), Cat));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("TBGO6005", d.Code);
        Assert.Equal("/elements/0/impacts/1/category", d.Location.Pointer);
    }

    [Fact]
    public void A_sub_indicator_without_gwp_total_is_rejected()
    {
        var ex = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-fossil", 1, "kg CO2-eq"))), Cat));
        Assert.Equal("TBGO6009", Assert.Single(ex.Diagnostics).Code);
    }

    [Fact]
    public void Study_period_comes_from_the_building_function_and_does_not_expire_on_2026_06_30()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq"))) with { ReferenceStudyPeriod = null }, Cat);
        Assert.Equal(75, r.ReferenceStudyPeriod);
        Assert.DoesNotContain(r.Warnings, w => w.Code == CalculationWarning.OutOfValidity && w.Message.Contains("mpg-reference-study-periods", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("onderwijsfunctie")]
    [InlineData("bijeenkomstfunctie")]
    [InlineData("celfunctie")]
    [InlineData("gezondheidszorgfunctie")]
    [InlineData("industriefunctie")]
    [InlineData("kantoorfunctie")]
    [InlineData("logiesfunctie")]
    [InlineData("sportfunctie")]
    [InlineData("winkelfunctie")]
    [InlineData("overige-gebruiksfunctie")]
    public void Every_utility_function_has_a_50_year_study_period(string function)
    {
        var input = Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq"))) with
        {
            ReferenceStudyPeriod = null,
            Functions = [new MpgUseFunction(function, Q(90, "m2"))],
        };
        var r = MpgCalculator.Calculate(input, Cat);
        Assert.Equal(50, r.ReferenceStudyPeriod);
    }

    [Fact]
    public void A_permit_date_outside_the_weighting_set_warns_and_finds_no_limit_in_that_set()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a1", E("e", NmdDataCategory.Category1, ("gwp", 1, "kg CO2-eq"))), Cat);
        Assert.Equal(LimitVerdict.NoLimit, r.Verdict);
        Assert.Contains(r.Warnings, w => w.Message.Contains("expressed in nmd-shadow-prices-a2", StringComparison.Ordinal));
    }

    [Fact]
    public void Mixed_use_limit_is_weighted_by_usable_floor_area()
    {
        var input = Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq"))) with
        {
            Functions = [new MpgUseFunction("woonfunctie/woongebouw", Q(600, "m2")), new MpgUseFunction("kantoorfunctie", Q(400, "m2"))],
        };
        var r = MpgCalculator.Calculate(input, Cat);
        Assert.Equal(((1.6 * 600) + (1.55 * 400)) / 1000, r.Limit!.Value, 12);
        Assert.Equal(r.Limit - r.Mpg, r.Margin);
    }

    private static readonly string[] A2Categories = ["gwp-total", "ap", "odp", "pocp", "adp-fossil", "wdp", "ep-marine"];

    [Fact]
    public void Mki_equals_the_sum_of_categories_and_of_elements_and_units_do_not_matter() =>
        Gen.Select(Gen.Double[0, 10_000].Array[A2Categories.Length], Gen.Int[0, 3]).Array[1, 15].Sample(raw =>
        {
            string[] units = ["kg CO2-eq", "mol H+-eq", "kg CFC-11-eq", "kg NMVOC-eq", "MJ", "m3 world-eq", "kg N-eq"];
            MpgElement Make(int i, double[] v, int c, bool scaled) => new("e" + i, (NmdDataCategory)c,
                [.. v.Select((x, k) => new MpgImpact(A2Categories[k], k == 0 && scaled ? Q(x / 1000, "t CO2-eq") : k == 4 && scaled ? Q(x / 3.6, "kWh") : Q(x, units[k])))]);
            var a = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", [.. raw.Select((x, i) => Make(i, x.Item1, x.Item2, false))]), Cat);
            var b = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", [.. raw.Select((x, i) => Make(i, x.Item1, x.Item2, true))]), Cat);
            var tolerance = 1e-9 * (1 + a.Mki);
            Assert.Equal(a.Categories.Where(c => c.Weighted).Sum(c => c.Mki!.Value), a.Mki, tolerance);
            Assert.Equal(a.Elements.Sum(e => e.Mki), a.Mki, tolerance);
            Assert.Equal(a.Mki, b.Mki, tolerance);
            Assert.Equal(a.Mki / (100 * 75.0), a.Mpg, 1e-12);
        }, iter: 100);
    private static MpgElement Given(string id, NmdDataCategory category, double eur, string unit = "EUR") =>
        new(id, category, []) { Mki = Q(eur, unit) };

    [Fact]
    public void An_element_given_with_its_published_mki_needs_no_impacts_and_category_3_uplifts_it_as_a_whole()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", Given("c1", NmdDataCategory.Category1, 1000), Given("c3", NmdDataCategory.Category3, 1000), Given("credit", NmdDataCategory.Category3, -100)), Cat);
        Assert.Equal(1000, r.Elements[0].Mki, 9);
        Assert.Equal(1300, r.Elements[1].Mki, 9);
        Assert.Equal(1000, r.Elements[1].MkiBeforeUplift, 9);
        Assert.True(r.Elements[1].MkiGiven);
        Assert.Equal(-100, r.Elements[2].Mki, 9);
        Assert.Equal(2200, r.Mki, 9);
        Assert.Equal(2200 / (100 * 75.0), r.Mpg, 12);
        Assert.True(r.IsComplete); // no category was weighted here, so unknown prices do not matter
        Assert.DoesNotContain(r.Warnings, w => w.Code == CalculationWarning.UnknownFactor);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Assumption && w.Message.Contains("element 'c3'", StringComparison.Ordinal) && w.Message.Contains("multiplied by 1.3 as a whole", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Warnings, w => w.Message.Contains("element 'c1'", StringComparison.Ordinal));
        Assert.Equal(LimitVerdict.Pass, r.Verdict);
    }

    [Fact]
    public void A_building_mki_alone_needs_no_elements_and_takes_the_study_period_of_the_use_function()
    {
        var input = new MpgInput("nmd-shadow-prices-a2", Q(1000, "m2"), [new MpgUseFunction("kantoorfunctie", Q(900, "m2"))], [], new DateOnly(2026, 9, 1)) { BuildingMki = Q(70, "kEUR") };
        var r = MpgCalculator.Calculate(input, Cat);
        Assert.Equal(70_000, r.Mki, 9);
        Assert.Equal(70_000, r.BuildingMki!.Value, 9);
        Assert.Empty(r.Elements);
        Assert.Equal(50, r.ReferenceStudyPeriod);
        Assert.Equal(70_000 / (1000 * 50.0), r.Mpg, 12);
        Assert.Equal(1.55, r.Limit!.Value, 12);
        Assert.Equal(LimitVerdict.Pass, r.Verdict);
        Assert.True(r.IsComplete);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Assumption && w.Message.StartsWith("The building MKI is used as given", StringComparison.Ordinal));
    }

    [Fact]
    public void Elements_with_impacts_and_with_published_mkis_add_up()
    {
        var r = MpgCalculator.Calculate(Input("nmd-shadow-prices-a1", E("impacts", NmdDataCategory.Category3, ("gwp", 1000, "kg CO2-eq")), Given("given", NmdDataCategory.Category2, 250)), Cat);
        Assert.Equal(65, r.Elements[0].Mki, 9);
        Assert.False(r.Elements[0].MkiGiven);
        Assert.Equal(50, r.Elements[0].MkiBeforeUplift, 9);
        Assert.Equal(250, r.Elements[1].Mki, 9);
        Assert.Equal(315, r.Mki, 9);
        Assert.Equal(r.Elements.Sum(e => e.Mki), r.Mki, 9);
        Assert.Equal(50, r.Categories.Single(c => c.Category == "gwp").MkiBeforeUplift!.Value, 9);
        Assert.Equal(65, r.Categories.Single(c => c.Category == "gwp").Mki!.Value, 9);
    }

    [Fact]
    public void An_element_with_neither_impacts_nor_mki_is_a_located_error()
    {
        var ex = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("ok", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq")), new MpgElement("empty", NmdDataCategory.Category1, [])), Cat));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("TBGO6012", d.Code);
        Assert.Equal("/elements/1", d.Location.Pointer);
        Assert.Contains("Element 'empty' has no cost data", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_building_without_elements_or_mki_and_mki_given_twice_are_located_errors()
    {
        var none = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2"), Cat));
        Assert.Equal(("TBGO6012", "/elements"), (none.Diagnostics.Single().Code, none.Diagnostics.Single().Location.Pointer));
        var both = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", Given("e", NmdDataCategory.Category1, 1)) with { BuildingMki = Q(1, "EUR") }, Cat));
        Assert.Equal(("TBGO6013", "/mki"), (both.Diagnostics.Single().Code, both.Diagnostics.Single().Location.Pointer));
        var element = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", E("e", NmdDataCategory.Category1, ("gwp-total", 1, "kg CO2-eq")) with { Mki = Q(1, "EUR") }), Cat));
        Assert.Equal(("TBGO6013", "/elements/0/mki"), (element.Diagnostics.Single().Code, element.Diagnostics.Single().Location.Pointer));
        var unit = Assert.Throws<CalculationException>(() => MpgCalculator.Calculate(Input("nmd-shadow-prices-a2", Given("e", NmdDataCategory.Category1, 1, "kg CO2-eq")), Cat));
        Assert.Equal(("TBGO6003", "/elements/0/mki/unit"), (unit.Diagnostics.Single().Code, unit.Diagnostics.Single().Location.Pointer));
    }

    [Fact]
    public void The_json_input_takes_element_and_building_mkis_and_rejects_neither_with_a_pointer()
    {
        const string head = """{"weightingSet": "nmd-shadow-prices-a2", "permitDate": "2026-09-01", "bvo": {"value": 100, "unit": "m2"}, "functions": [{"buildingType": "woonfunctie", "usableArea": {"value": 90, "unit": "m2"}}]""";
        var (building, d1) = Run("mpg", head + """, "mki": {"value": 12000, "unit": "EUR"}}""");
        Assert.DoesNotContain(d1, d => d.IsError);
        using (building)
        {
            Assert.Equal(12000, building!.RootElement.GetProperty("buildingMki").GetProperty("value").GetDouble());
            Assert.Equal(1.6, building.RootElement.GetProperty("mpg").GetProperty("value").GetDouble(), 12);
        }

        var (element, d2) = Run("mpg", head + """, "elements": [{"id": "a", "dataCategory": "3", "mki": {"value": 1000, "unit": "EUR"}}]}""");
        Assert.DoesNotContain(d2, d => d.IsError);
        using (element)
        {
            var e = element!.RootElement.GetProperty("elements")[0];
            Assert.Equal("given", e.GetProperty("mkiFrom").GetString());
            Assert.Equal(1300, e.GetProperty("mki").GetProperty("value").GetDouble(), 9);
            Assert.Equal(1000, e.GetProperty("mkiBeforeUplift").GetProperty("value").GetDouble(), 9);
        }

        var neither = OneError("mpg", head + """, "elements": [{"id": "a", "dataCategory": "1"}]}""");
        Assert.Equal("/elements/0", neither.Location.Pointer);
        Assert.Contains("element with impacts", neither.Message, StringComparison.Ordinal);
        Assert.Equal("/", OneError("mpg", head + "}").Location.Pointer);
    }
}
