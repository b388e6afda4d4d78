using System.Text.Json;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>A value is never compared with a limit in another weighting set, and never silently.</summary>
public sealed class LimitsBasisTests
{
    private const string Mpg = "tbgo.env.materials.mpg";
    private static readonly LimitScope Dwelling = new(Scale.Gebouw, "woonfunctie");

    [Fact]
    public void A_value_in_the_a1_set_on_2026_07_01_is_not_compared_with_the_a2_limit_and_says_which_limit_is_in_force()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput(Mpg, Dwelling, new DateOnly(2026, 7, 1), Q(0.7, "EUR/(m2.a)"), Basis: "nmd-shadow-prices-a1"), Cat);
        Assert.Null(r.Limit);
        Assert.Equal(LimitVerdict.NoLimit, r.Verdict);
        Assert.Null(r.Margin);
        var nc = Assert.IsType<LimitValue>(r.NotComparedLimit);
        Assert.Equal(1.6m, nc.Value);
        Assert.Equal("nmd-shadow-prices-a2", nc.Basis);
        Assert.Equal(new DateOnly(2026, 7, 1), nc.ValidFrom);
        var w = Assert.Single(r.Warnings, w => w.Code == CalculationWarning.OutOfValidity);
        Assert.Contains("<= 1.6 EUR/(m2.a) in nmd-shadow-prices-a2, valid from 2026-07-01 (nmd-bbl-2026", w.Message, StringComparison.Ordinal);
        Assert.Contains("was not compared", w.Message, StringComparison.Ordinal);
        Assert.Equal("nmd-bbl-2026", w.Source!.SourceId);
    }

    [Fact]
    public void A_lookup_in_the_a1_set_after_it_ended_names_the_limit_in_force_in_the_a2_set()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput(Mpg, Dwelling, new DateOnly(2027, 1, 1), Basis: "nmd-shadow-prices-a1"), Cat);
        Assert.Null(r.Limit);
        Assert.Equal("nmd-shadow-prices-a2", r.NotComparedLimit!.Basis);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.OutOfValidity && w.Message.Contains("It was not compared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_without_a_basis_is_not_compared_with_the_a1_target_of_2031_and_warns()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput(Mpg, Dwelling, new DateOnly(2031, 1, 1), Q(0.45, "EUR/(m2.a)"), LimitKind.Target), Cat);
        Assert.Null(r.Limit);
        Assert.Equal(LimitVerdict.NoLimit, r.Verdict);
        Assert.Null(r.Margin);
        Assert.Equal(0.5m, r.NotComparedLimit!.Value);
        Assert.Equal("nmd-shadow-prices-a1", r.NotComparedLimit.Basis);
        var w = Assert.Single(r.Warnings, w => w.Code == CalculationWarning.Assumption);
        Assert.Contains("The value states no basis", w.Message, StringComparison.Ordinal);
        Assert.Contains("<= 0.5 EUR/(m2.a) in nmd-shadow-prices-a1, valid from 2030-01-01", w.Message, StringComparison.Ordinal);
        Assert.Contains("Give 'basis': 'nmd-shadow-prices-a1'", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_in_the_matching_set_is_compared_without_a_warning()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput(Mpg, Dwelling, new DateOnly(2026, 7, 1), Q(1.5, "EUR/(m2.a)"), Basis: "nmd-shadow-prices-a2"), Cat);
        Assert.Equal(1.6m, r.Limit!.Value);
        Assert.Equal(LimitVerdict.Pass, r.Verdict);
        Assert.Equal(0.1, r.Margin!.Value, 12);
        Assert.Null(r.NotComparedLimit);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void A_lookup_without_a_value_or_basis_still_returns_the_limit()
    {
        var r = LimitsCalculator.Calculate(new LimitsInput(Mpg, Dwelling, new DateOnly(2031, 1, 1), Kind: LimitKind.Target), Cat);
        Assert.Equal(0.5m, r.Limit!.Value);
        Assert.Null(r.NotComparedLimit);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void The_json_result_carries_the_limit_not_compared_with_and_the_warning_code()
    {
        var (doc, diagnostics) = Run("limits", """
            {"indicator": "tbgo.env.materials.mpg", "date": "2026-07-01", "scope": {"scale": "gebouw", "buildingType": "woonfunctie"},
             "basis": "nmd-shadow-prices-a1", "value": {"value": 0.7, "unit": "EUR/(m2.a)"}}
            """);
        Assert.Empty(diagnostics);
        using (doc)
        {
            var root = doc!.RootElement;
            Assert.Equal(JsonValueKind.Null, root.GetProperty("limit").ValueKind);
            Assert.Equal("no-limit", root.GetProperty("verdict").GetString());
            var nc = root.GetProperty("notComparedLimit");
            Assert.Equal(1.6, nc.GetProperty("value").GetDouble());
            Assert.Equal("nmd-shadow-prices-a2", nc.GetProperty("basis").GetString());
            Assert.Equal("2026-07-01", nc.GetProperty("validFrom").GetString());
            Assert.Equal("nmd-bbl-2026", nc.GetProperty("source").GetProperty("ref").GetString());
            Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "out-of-validity");
        }
    }
}
