using BenchmarkDotNet.Attributes;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// Converting a value between two parsed units. Baseline: the ad-hoc approach of a string-keyed table of
/// factors to base units (no dimension check), which is what code without a unit library tends to do.
/// </summary>
[MemoryDiagnoser]
public class UnitConversionBenchmarks
{
    private Unit _kwhPerM2Year = null!;
    private Unit _mjPerM2Year = null!;
    private Unit _tonne = null!;
    private Unit _kilogram = null!;
    private UnitConversion _conversion;
    private readonly Dictionary<string, double> _factors = new(StringComparer.Ordinal) { ["kWh/(m2.a)"] = 3.6e6 / 31557600, ["MJ/(m2.a)"] = 1e6 / 31557600 };
    private double _value = 123.456;

    [GlobalSetup]
    public void Setup()
    {
        _kwhPerM2Year = Unit.Parse("kWh/(m2.a)");
        _mjPerM2Year = Unit.Parse("MJ/(m2.a)");
        _tonne = Unit.Parse("t CO2-eq");
        _kilogram = Unit.Parse("kg CO2-eq");
        _conversion = _kwhPerM2Year.GetConversionTo(_mjPerM2Year);
    }

    [Benchmark(Baseline = true, Description = "baseline: string-keyed factor table, no dimension check")]
    public double FactorTable() => _value * _factors["kWh/(m2.a)"] / _factors["MJ/(m2.a)"];

    [Benchmark(Description = "Unit.ConvertTo kWh/(m2.a) -> MJ/(m2.a) (ratio 18/5)")]
    public double ConvertRatio() => _kwhPerM2Year.ConvertTo(_value, _mjPerM2Year);

    [Benchmark(Description = "Unit.ConvertTo t CO2-eq -> kg CO2-eq (integer 1000)")]
    public double ConvertInteger() => _tonne.ConvertTo(_value, _kilogram);

    [Benchmark(Description = "UnitConversion.Apply (prepared)")]
    public double ApplyPrepared() => _conversion.Apply(_value);

    [Benchmark(Description = "Unit.Parse (cached) 'kg CO2-eq/(m2.a)'")]
    public Unit ParseCached() => Unit.Parse("kg CO2-eq/(m2.a)");
}
