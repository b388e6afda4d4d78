using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// mpg and wlc over a 10,000-element bill in one call, against a naive LINQ sum over the same data
/// (the baseline: the arithmetic alone, without checks, provenance or breakdown).
/// Run: dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*CalculatorBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class CalculatorBenchmarks
{
    private const int Elements = 10_000;
    private Catalogue _catalogue = null!;
    private MpgInput _mpg = null!;
    private WlcInput _wlc = null!;
    private (string Category, double Amount, double Price)[] _naiveMpg = null!;
    private double[] _naiveWlc = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = Catalogue.Default;
        var kg = Unit.Parse("kg CO2-eq");
        var t = Unit.Parse("t CO2-eq");
        var mol = Unit.Parse("mol H+-eq");
        var mj = Unit.Parse("MJ");
        var m3 = Unit.Parse("m3");
        var a = Unit.Parse("a");
        var set = _catalogue.FindFactorSet("nmd-shadow-prices-a2")!;
        var categories = new NmdDataCategory[] { NmdDataCategory.Category1, NmdDataCategory.Category2, NmdDataCategory.Category3, NmdDataCategory.Category3a };
        _mpg = new MpgInput(
            "nmd-shadow-prices-a2",
            new Quantity(120_000, Unit.Parse("m2")),
            [new MpgUseFunction("woonfunctie/woongebouw", new Quantity(100_000, Unit.Parse("m2")))],
            [.. Enumerable.Range(0, Elements).Select(i => new MpgElement(
                "e" + i,
                categories[i % 4],
                [
                    new MpgImpact("gwp-total", new Quantity(100 + (i % 97), i % 2 == 0 ? kg : t)),
                    new MpgImpact("gwp-fossil", new Quantity(90 + (i % 89), kg)),
                    new MpgImpact("ap", new Quantity(0.3 + (i % 7), mol)),
                    new MpgImpact("adp-fossil", new Quantity(1000 + (i % 31), mj)),
                ]))],
            new DateOnly(2026, 9, 1),
            new Quantity(75, a));
        _wlc = new WlcInput(
            new Quantity(120_000, Unit.Parse("m2")),
            AreaBasis.UsefulFloorArea,
            new Quantity(50, a),
            [.. Enumerable.Range(0, Elements).Select(i => new WlcElement(
                "e" + i,
                new Quantity(1 + (i % 13), m3),
                new Quantity(1, m3),
                [
                    new WlcModuleValue(LifeCycleModule.A1ToA3, new Quantity(300 + (i % 50), kg), new Quantity(290, kg), new Quantity(5 + (i % 50), kg), new Quantity(5, kg)),
                    new WlcModuleValue(LifeCycleModule.A4, new Quantity(10, kg)),
                    new WlcModuleValue(LifeCycleModule.A5, new Quantity(12, kg)),
                    new WlcModuleValue(LifeCycleModule.C3, new Quantity(8, kg)),
                    new WlcModuleValue(LifeCycleModule.C4, new Quantity(3, kg)),
                    new WlcModuleValue(LifeCycleModule.D, new Quantity(-20, kg)),
                ],
                i % 3 == 0 ? new Quantity(25, a) : null))],
            new Quantity(2600, Unit.Parse("kg CO2-eq/a")));
        var prices = set.Factors.Where(f => f.Value is not null).ToDictionary(f => f.Id, f => (double)f.Value!.Value, StringComparer.Ordinal);
        _naiveMpg = [.. _mpg.Elements.SelectMany(e => e.Impacts).Select(i => (i.Category, i.Amount.ValueIn(kg.Dimension == i.Amount.Dimension ? kg : i.Amount.Unit), prices[i.Category]))];
        _naiveWlc = [.. _wlc.Elements.SelectMany(e => e.Modules.Where(m => m.Module != LifeCycleModule.D).Select(m => m.GwpTotal.Value * e.Quantity.Value))];
    }

    [Benchmark(Baseline = true, Description = "naive LINQ MKI sum (baseline)")]
    public double NaiveMpg() => _naiveMpg.Where(x => x.Category is not ("gwp-fossil" or "gwp-biogenic" or "gwp-luluc")).Sum(x => x.Amount * x.Price);

    [Benchmark(Description = "MpgCalculator.Calculate, 10,000 elements")]
    public double Mpg() => MpgCalculator.Calculate(_mpg, _catalogue).Mpg;

    [Benchmark(Description = "naive LINQ GWP sum")]
    public double NaiveWlc() => _naiveWlc.Sum();

    [Benchmark(Description = "WlcCalculator.Calculate, 10,000 elements")]
    public double Wlc() => WlcCalculator.Calculate(_wlc, _catalogue).LifeCycleTotal;

    /// <summary>Allocations per element are the benchmark's allocated bytes divided by this.</summary>
    public static int ElementCount => Elements;

    /// <summary>Makes the inputs reachable for a quick check outside BenchmarkDotNet.</summary>
    public ImmutableArray<MpgElement> MpgElements => _mpg.Elements;
}
