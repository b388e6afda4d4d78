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
}
