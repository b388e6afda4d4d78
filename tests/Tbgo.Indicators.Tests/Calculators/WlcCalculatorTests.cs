using CsCheck;
using Tbgo.Indicators.Calculators;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

public sealed class WlcCalculatorTests
{
    private static WlcElement Element(string id, double qty, string unit, params (LifeCycleModule M, double Kg)[] modules) =>
        new(id, Q(qty, unit), Q(1, unit), [.. modules.Select(m => new WlcModuleValue(m.M, Q(m.Kg, "kg CO2-eq")))]);

    private static WlcInput Input(params WlcElement[] elements) => new(Q(100, "m2"), AreaBasis.UsefulFloorArea, Q(50, "a"), [.. elements]);

    [Fact]
    public void Module_D_is_reported_but_never_in_the_total()
    {
        var r = WlcCalculator.Calculate(Input(Element("e", 2, "m3", (LifeCycleModule.A1ToA3, 100), (LifeCycleModule.D, -500))), Cat);
        Assert.Equal(200, r.LifeCycleTotal);
        Assert.Equal(-1000, r.ModuleD);
        Assert.Equal(200, r.Stages.Where(s => s.Stage != LifeCycleStage.BeyondSystemBoundary).Sum(s => s.GwpTotal));
    }

    [Theory]
    [InlineData(50, 25, 1)]
    [InlineData(50, 50, 0)]
    [InlineData(50, 60, 0)]
    [InlineData(50, 30, 1)]
    [InlineData(50, 15, 3)]
    [InlineData(60, 20, 2)]
    [InlineData(75, 0.1 * 250, 2)]
    public void Replacements_are_ceil_of_study_period_over_service_life_minus_one(double rsp, double life, int expected) =>
        Assert.Equal(expected, WlcCalculator.Replacements(rsp, life));

    [Fact]
    public void Operational_energy_per_year_is_multiplied_by_the_study_period_and_counts_as_operational()
    {
        var input = Input(Element("e", 1, "m3", (LifeCycleModule.A1ToA3, 100))) with { OperationalEnergy = Q(2, "t CO2-eq/a"), OperationalWater = Q(500, "kg CO2-eq") };
        var r = WlcCalculator.Calculate(input, Cat);
        Assert.Equal(100_500, r.Operational);
        Assert.Equal(100, r.Embodied);
        Assert.Equal(100_600, r.LifeCycleTotal);
        Assert.Equal(100_600 / (100.0 * 50), r.LifeCycleTotalPerAreaYear, 12);
    }

    [Fact]
    public void Biogenic_balance_nets_uptake_and_release()
    {
        var e = new WlcElement("clt", Q(1, "m3"), Q(1, "m3"),
        [
            new WlcModuleValue(LifeCycleModule.A1ToA3, Q(-690, "kg CO2-eq"), Q(110, "kg CO2-eq"), Q(-801, "kg CO2-eq"), Q(1, "kg CO2-eq")),
            new WlcModuleValue(LifeCycleModule.C3, Q(803, "kg CO2-eq"), Q(2, "kg CO2-eq"), Q(801, "kg CO2-eq"), Q(0, "kg CO2-eq")),
        ]);
        var r = WlcCalculator.Calculate(Input(e), Cat);
        Assert.Equal(-801, r.Biogenic.Uptake);
        Assert.Equal(801, r.Biogenic.Release);
        Assert.Equal(0, r.Biogenic.Net);
        Assert.DoesNotContain(r.Warnings, w => w.Code == CalculationWarning.Inconsistent);
    }

    [Fact]
    public void A_quantity_that_does_not_convert_to_the_declared_unit_is_a_located_error()
    {
        var ex = Assert.Throws<CalculationException>(() => WlcCalculator.Calculate(Input(new WlcElement("e", Q(3, "m2"), Q(1, "m3"), [new WlcModuleValue(LifeCycleModule.A1ToA3, Q(1, "kg CO2-eq"))])), Cat));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("TBGO6003", d.Code);
        Assert.Equal("/elements/0/quantity/unit", d.Location.Pointer);
    }

    private static readonly Gen<(double Qty, double[] Kg, double? Life)> GenElement =
        Gen.Select(Gen.Double[0, 1000], Gen.Double[-1000, 1000].Array[15], Gen.Double[1, 100], Gen.Bool).Select(x => (x.Item1, x.Item2, x.Item4 ? (double?)x.Item3 : null));

    [Fact]
    public void Totals_equal_the_sum_of_parts_and_module_D_is_never_in_the_total() =>
        GenElement.Array[1, 20].Sample(raw =>
        {
            var elements = raw.Select((x, i) => new WlcElement("e" + i, Q(x.Qty, "m3"), Q(1, "m3"),
                [.. x.Kg.Select((kg, k) => new WlcModuleValue((LifeCycleModule)k, Q(kg, "kg CO2-eq")))], x.Life is { } l ? Q(l, "a") : null)).ToArray();
            var r = WlcCalculator.Calculate(Input(elements), Cat);
            var modules = r.Modules.Where(m => m.Module != LifeCycleModule.D).Sum(m => m.GwpTotal);
            var tolerance = 1e-9 * (1 + r.Modules.Sum(m => Math.Abs(m.GwpTotal)));
            Assert.Equal(modules, r.LifeCycleTotal, tolerance);
            Assert.Equal(r.Elements.Sum(e => e.LifeCycleTotal), r.LifeCycleTotal, tolerance);
            Assert.Equal(r.Elements.Sum(e => e.ModuleD), r.ModuleD, tolerance);
            Assert.Equal(r.Modules.Single(m => m.Module == LifeCycleModule.D).GwpTotal, r.ModuleD);
            Assert.Equal(r.Embodied + r.Operational, r.LifeCycleTotal, tolerance);
        }, iter: 200);

    [Fact]
    public void Converting_input_units_changes_nothing() =>
        GenElement.Array[1, 10].Sample(raw =>
        {
            WlcInput Make(string qtyUnit, double qtyFactor, string gwpUnit, double gwpFactor, string areaUnit, double areaFactor) => new(
                Q(100 * areaFactor, areaUnit), AreaBasis.Bvo, Q(50, "a"),
                [.. raw.Select((x, i) => new WlcElement("e" + i, Q(x.Qty * qtyFactor, qtyUnit), Q(1, "m3"),
                    [.. x.Kg.Select((kg, k) => new WlcModuleValue((LifeCycleModule)k, Q(kg * gwpFactor, gwpUnit)))], x.Life is { } l ? Q(l, "a") : null))]);
            var a = WlcCalculator.Calculate(Make("m3", 1, "kg CO2-eq", 1, "m2", 1), Cat);
            var b = WlcCalculator.Calculate(Make("L", 1000, "t CO2-eq", 0.001, "ha", 0.0001), Cat);
            var tolerance = 1e-9 * (1 + Math.Abs(a.LifeCycleTotal) + a.Modules.Sum(m => Math.Abs(m.GwpTotal)));
            Assert.Equal(a.LifeCycleTotal, b.LifeCycleTotal, tolerance);
            Assert.Equal(a.ModuleD, b.ModuleD, tolerance);
            Assert.Equal(a.LifeCycleTotalPerAreaYear, b.LifeCycleTotalPerAreaYear, tolerance);
        }, iter: 100);
}
