using System.Collections.Immutable;
using CsCheck;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;
using static Tbgo.Indicators.Calculators.PathwayValueSource;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

public sealed class OtherCalculatorTests
{
    [Fact]
    public void Mci_of_a_fully_linear_product_with_average_utility_is_0_1()
    {
        var (lfi, _, mci) = CircularityCalculator.Mci(1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, out _, out _);
        Assert.Equal(1, lfi, 12);
        Assert.Equal(0.1, mci, 12);
    }

    [Fact]
    public void Mci_stays_within_0_and_1() =>
        Gen.Select(Gen.Double[0, 1].Array[9], Gen.Double[0.1, 10]).Sample(x =>
        {
            var f = x.Item1;
            var fR = f[0] / 3; var fU = f[1] / 3; var fS = f[2] / 3;
            var cR = f[3] / 4; var cU = f[4] / 4; var cC = f[5] / 4; var cE = f[6] / 4;
            var (lfi, _, mci) = CircularityCalculator.Mci(1, fR, fU, fS, cR, cU, cC, cE, Math.Max(f[7], 0.01), Math.Max(f[8], 0.01), x.Item2, out _, out _);
            Assert.InRange(mci, 0, 1);
            Assert.InRange(lfi, -1e-12, 1 + 1e-12);
        }, iter: 500);

    [Fact]
    public void Biogenic_follows_en_16449_and_unit_choice_does_not_matter()
    {
        var a = BiogenicCalculator.Calculate(new BiogenicInput([new BiogenicProduct("p", Q(2, "m3"), Q(500, "kg/m3"), Q(12, "%"))]), Cat);
        var b = BiogenicCalculator.Calculate(new BiogenicInput([new BiogenicProduct("p", Q(2000, "L"), Q(0.5, "t/m3"), Q(0.12, "1"))]), Cat);
        Assert.Equal(44d / 12 * 0.5 * 500 * 2 / 1.12, a.Total, 9);
        Assert.Equal(a.Total, b.Total, 9);
        Assert.Contains(a.Warnings, w => w.Code == CalculationWarning.Unconfirmed);
    }

    [Fact]
    public void Taxonomy_7_7_before_2021_accepts_epc_a_or_top_15_as_alternatives()
    {
        var r = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.AcquisitionAndOwnership, new DateOnly(2025, 1, 1), YearBuilt: 1998, EpcClass: "C", InTopFifteenPercent: true), Cat);
        Assert.Equal(CriterionOutcome.NotMet, r.Criteria[0].Outcome);
        Assert.Equal(CriterionOutcome.Met, r.Aligned);
    }

    [Fact]
    public void Taxonomy_7_2_reduction_of_30_percent_is_met()
    {
        var r = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.Renovation, new DateOnly(2025, 1, 1), PrimaryEnergyBefore: Q(200, "kWh/(m2.a)"), PrimaryEnergyAfter: Q(140, "kWh/(m2.a)")), Cat);
        Assert.Equal(CriterionOutcome.Met, r.Criteria.Single(c => c.Criterion == "ccm-7.2/ped-30").Outcome);
        Assert.Equal(CriterionOutcome.Met, r.Aligned);
    }

    [Fact]
    public void Taxonomy_7_2_states_the_30_percent_threshold_and_the_maximum_demand_after_renovation_from_the_demand_before()
    {
        // 250 kWh/(m2.a) before: (1 - 0.30) x 250 = 175 is the highest demand after renovation that meets 1B.
        var r = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.Renovation, new DateOnly(2025, 1, 1), PrimaryEnergyBefore: Q(250, "kWh/(m2.a)")), Cat);
        var c = r.Criteria.Single(x => x.Criterion == "ccm-7.2/ped-30");
        Assert.Equal(CriterionOutcome.NotEnoughData, c.Outcome);
        Assert.Equal(30, c.Threshold);
        Assert.Equal("%", c.Unit);
        Assert.Equal(175, c.DerivedLimit!.Value.ValueIn(Unit.Parse("kWh/(m2.a)")), 9);
        Assert.Contains("at most 175 kWh/(m2.a) after meets it", c.Reason, StringComparison.Ordinal);
        Assert.Contains("at least 30% reduction", c.Reason, StringComparison.Ordinal);
        Assert.Contains(r.Provenance.Sources, s => s.SourceId == "eu-2021-2139" && s.Locator!.Contains("7.2", StringComparison.Ordinal));

        // The same with MWh per m2 and year: the limit does not depend on the unit the input uses.
        var mwh = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.Renovation, new DateOnly(2025, 1, 1), PrimaryEnergyBefore: Q(0.25, "MWh/(m2.a)"), PrimaryEnergyAfter: Q(180, "kWh/(m2.a)")), Cat)
            .Criteria.Single(x => x.Criterion == "ccm-7.2/ped-30");
        Assert.Equal(CriterionOutcome.NotMet, mwh.Outcome);
        Assert.Equal(175, mwh.DerivedLimit!.Value.ValueIn(Unit.Parse("kWh/(m2.a)")), 9);

        using var doc = System.Text.Json.JsonDocument.Parse(CalculatorJson.ToJson(r, Cat));
        var json = doc.RootElement.GetProperty("criteria").EnumerateArray().Single(x => x.GetProperty("criterion").GetString() == "ccm-7.2/ped-30");
        Assert.Equal(175, json.GetProperty("derivedLimit").GetProperty("value").GetDouble(), 9);
        Assert.Equal("kWh/(m2.a)", json.GetProperty("derivedLimit").GetProperty("unit").GetString());
        Assert.Equal(30, json.GetProperty("threshold").GetDouble());
    }

    [Fact]
    public void Taxonomy_7_2_without_the_demand_before_still_states_the_threshold_but_no_maximum()
    {
        var r = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.Renovation, new DateOnly(2025, 1, 1), PrimaryEnergyAfter: Q(100, "kWh/(m2.a)")), Cat);
        var c = r.Criteria.Single(x => x.Criterion == "ccm-7.2/ped-30");
        Assert.Equal(CriterionOutcome.NotEnoughData, c.Outcome);
        Assert.Equal(30, c.Threshold);
        Assert.Null(c.DerivedLimit);
        Assert.Contains("before the renovation ('primaryEnergyBefore') is not given", c.Reason, StringComparison.Ordinal);
        Assert.Contains("at least 30% reduction", c.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("at most", c.Reason, StringComparison.Ordinal);
        Assert.Contains(r.Provenance.Sources, s => s.SourceId == "eu-2021-2139");
        using var doc = System.Text.Json.JsonDocument.Parse(CalculatorJson.ToJson(r, Cat));
        var json = doc.RootElement.GetProperty("criteria").EnumerateArray().Single(x => x.GetProperty("criterion").GetString() == "ccm-7.2/ped-30");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("derivedLimit").ValueKind);
    }

    [Fact]
    public void Taxonomy_without_data_is_not_enough_data_never_met()
    {
        var r = TaxonomyCalculator.Calculate(new TaxonomyInput(TaxonomyActivity.NewBuildings, new DateOnly(2025, 1, 1)), Cat);
        Assert.Equal(CriterionOutcome.NotEnoughData, r.Aligned);
    }

    [Theory]
    [InlineData("2027-12-31", 5000, false, false, false)]
    [InlineData("2028-01-01", 1001, false, true, false)]
    [InlineData("2028-01-01", 1000, true, false, true)]
    [InlineData("2030-01-01", 50, false, true, true)]
    public void Epbd_dates_and_thresholds(string date, double area, bool publicOwner, bool gwp, bool zeb)
    {
        var r = EpbdCalculator.Calculate(new EpbdInput(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Q(area, "m2"), publicOwner), Cat);
        Assert.Equal(gwp, r.LifeCycleGwpRequired);
        Assert.Equal(zeb, r.ZeroEmissionRequired);
    }

    [Fact]
    public void Roadmap_shows_the_limit_in_force_on_31_december_and_marks_mid_year_changes()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput("tbgo.env.materials.mpg", new LimitScope(Scale.Gebouw, "woonfunctie"), new DateOnly(2024, 1, 1), Basis: "nmd-shadow-prices-a1", RoadmapFrom: 2020, RoadmapTo: 2027), Cat);
        Assert.Equal(8, r.Roadmap.Length);
        Assert.Equal(1.0m, r.Roadmap[0].Limit!.Value);
        Assert.True(r.Roadmap[1].ChangesDuringYear);
        Assert.Equal(0.8m, r.Roadmap[1].Limit!.Value);
        Assert.Null(r.Roadmap[6].Limit);
        Assert.True(r.Roadmap[6].ChangesDuringYear);
    }

    [Fact]
    public void Limits_convert_the_value_to_the_limit_unit()
    {
        var a = LimitsCalculator.Calculate(new LimitsInput("tbgo.env.climate.upfront-carbon", new LimitScope(Scale.Gebouw, "woonfunctie"), new DateOnly(2024, 1, 1), Q(150, "kg CO2-eq/m2"), LimitKind.Indicative), Cat);
        var b = LimitsCalculator.Calculate(new LimitsInput("tbgo.env.climate.upfront-carbon", new LimitScope(Scale.Gebouw, "woonfunctie"), new DateOnly(2024, 1, 1), Q(0.15, "t CO2-eq/m2"), LimitKind.Indicative), Cat);
        Assert.Equal(LimitVerdict.Pass, a.Verdict);
        Assert.Equal(a.Margin!.Value, b.Margin!.Value, 9);
    }

    [Fact]
    public void Percentile_interpolates_between_points_and_ranks_a_sample()
    {
        PercentilePoint[] points = [new(10, 1), new(50, 3), new(90, 7)];
        Assert.Equal(30, PercentileCalculator.RankFromPercentiles(points, 2)!.Value, 12);
        Assert.Equal(5, PercentileCalculator.ValueAtPercentile(points, 70)!.Value, 12);
        Assert.Null(PercentileCalculator.RankFromPercentiles(points, 0.5));
        Assert.Equal(2.5, PercentileCalculator.Quantile([1, 2, 3, 4], 0.5), 12);
    }

    [Fact]
    public void Rollup_refuses_a_not_aggregatable_indicator()
    {
        var ex = Assert.Throws<CalculationException>(() => RollupCalculator.Calculate(new RollupInput("tbgo.env.materials.mci", [new RollupObject("a", Q(0.5, "1"))]), Cat));
        Assert.Equal("TBGO6008", Assert.Single(ex.Diagnostics).Code);
    }

    [Fact]
    public void Rollup_weighted_mean_equals_the_manual_mean() =>
        Gen.Select(Gen.Double[0, 5], Gen.Double[1, 10_000]).Array[1, 20].Sample(objects =>
        {
            var r = RollupCalculator.Calculate(new RollupInput("tbgo.env.materials.mpg", [.. objects.Select((o, i) => new RollupObject("o" + i, Q(o.Item1, "EUR/(m2.a)"), Q(o.Item2, "m2")))]), Cat);
            Assert.Equal(objects.Sum(o => o.Item1 * o.Item2) / objects.Sum(o => o.Item2), r.Value, 1e-9);
        }, iter: 100);

    [Fact]
    public void Pathway_stranding_is_the_first_year_above()
    {
        PathwayPoint P(int y, double v) => new(y, Q(v, "kg CO2-eq/(m2.a)"));
        var r = PathwayCalculator.Calculate(new PathwayInput([P(2025, 20), P(2026, 19), P(2027, 18)], [P(2025, 25), P(2026, 18.5), P(2027, 30)]), Cat);
        Assert.Equal(2026, r.MisalignmentYear);
    }

    [Fact]
    public void Pathway_reports_the_misalignment_year_and_keeps_stranding_year_as_an_equal_deprecated_alias()
    {
        var r = PathwayCalculator.Calculate(new PathwayInput([Pt(2025, 30)], [Pt(2025, 40), Pt(2030, 20)]), Cat);
        Assert.Equal(2028, r.MisalignmentYear);
#pragma warning disable CS0618 // the deprecated alias is what is tested
        Assert.Equal(r.MisalignmentYear, r.StrandingYear);
#pragma warning restore CS0618
        var obsolete = typeof(PathwayResult).GetProperty("StrandingYear")!
            .GetCustomAttributes(typeof(ObsoleteAttribute), false);
        Assert.Contains("MisalignmentYear", Assert.IsType<ObsoleteAttribute>(Assert.Single(obsolete)).Message, StringComparison.Ordinal);

        using var doc = System.Text.Json.JsonDocument.Parse(CalculatorJson.ToJson(r, Cat));
        Assert.Equal(2028, doc.RootElement.GetProperty("misalignmentYear").GetInt32());
        Assert.Equal(2028, doc.RootElement.GetProperty("strandingYear").GetInt32());

        var never = PathwayCalculator.Calculate(new PathwayInput([Pt(2025, 10)], [Pt(2025, 40), Pt(2030, 20)]), Cat);
        using var neverDoc = System.Text.Json.JsonDocument.Parse(CalculatorJson.ToJson(never, Cat));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, neverDoc.RootElement.GetProperty("misalignmentYear").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, neverDoc.RootElement.GetProperty("strandingYear").ValueKind);
    }

    private static PathwayPoint Pt(int year, double value) => new(year, Q(value, "kg CO2-eq/(m2.a)"));

    [Fact]
    public void Pathway_compares_every_year_interpolating_a_sparse_pathway()
    {
        // 40 in 2025 to 20 in 2030 is 36, 32, 28, 24 in 2026-2029: a building held at 30 crosses in 2028, not 2030.
        var r = PathwayCalculator.Calculate(new PathwayInput([Pt(2025, 30)], [Pt(2025, 40), Pt(2030, 20)]), Cat);
        Assert.Equal(2028, r.MisalignmentYear);
        Assert.Equal([2025, 2026, 2027, 2028, 2029, 2030], r.Years.Select(y => y.Year));
        Assert.Equal([40, 36, 32, 28, 24, 20], r.Years.Select(y => y.Pathway));
        Assert.Equal([Given, Interpolated, Interpolated, Interpolated, Interpolated, Given], r.Years.Select(y => y.PathwayFrom));
        Assert.Equal([Given, Held, Held, Held, Held, Held], r.Years.Select(y => y.ActualFrom));
        Assert.Contains(r.Warnings, w => w.Message.Contains("interpolated linearly", StringComparison.Ordinal));
    }

    [Fact]
    public void Pathway_actual_gaps_are_interpolated_and_without_extension_comparison_stops_at_the_last_actual_year()
    {
        var pathway = ImmutableArray.Create(Pt(2024, 50), Pt(2025, 50), Pt(2026, 50), Pt(2027, 50), Pt(2028, 10));
        var r = PathwayCalculator.Calculate(new PathwayInput([Pt(2024, 40), Pt(2026, 45)], pathway), Cat);
        Assert.Equal([40, 42.5, 45, 45, 45], r.Years.Select(y => y.Actual));
        Assert.Equal([Given, Interpolated, Given, Held, Held], r.Years.Select(y => y.ActualFrom));
        Assert.Equal(2028, r.MisalignmentYear);

        var given = PathwayCalculator.Calculate(new PathwayInput([Pt(2024, 40), Pt(2026, 45)], pathway, ExtendActual: false), Cat);
        Assert.Equal([2024, 2025, 2026], given.Years.Select(y => y.Year));
        Assert.Null(given.MisalignmentYear);
        Assert.Contains(given.Warnings, w => w.Message.StartsWith("2 pathway years have no actual value", StringComparison.Ordinal));
    }

    [Fact]
    public void Pathway_value_sources_round_trip_through_their_codes()
    {
        Assert.Equal(["given", "interpolated", "held"], Enum.GetValues<PathwayValueSource>().Select(v => v.ToCode()));
        foreach (var v in Enum.GetValues<PathwayValueSource>())
        {
            Assert.True(CalculatorCodes.TryParse(v.ToCode(), out PathwayValueSource back));
            Assert.Equal(v, back);
        }
    }

    [Fact]
    public void Pathway_year_outside_1900_2100_is_a_located_error()
    {
        var e = Assert.Throws<CalculationException>(() => PathwayCalculator.Calculate(new PathwayInput([Pt(2025, 30)], [Pt(2025, 40), Pt(99999, 20)]), Cat));
        Assert.Contains(e.Diagnostics, d => d.Location.Pointer == "/pathway/1/year");
    }
}
