using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Calculators;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>Building-level module totals (summed with elements) and the biogenic -1/+1 pair taken from a biogenic result.</summary>
public sealed class WlcBuildingLevelTests
{
    private static WlcInput Input(ImmutableArray<WlcElement> elements) => new(Q(100, "m2"), AreaBasis.UsefulFloorArea, Q(50, "a"), elements);

    private static WlcModuleValue M(LifeCycleModule module, double kg) => new(module, Q(kg, "kg CO2-eq"));

    [Fact]
    public void Building_level_modules_alone_need_no_elements()
    {
        var r = WlcCalculator.Calculate(Input([]) with { BuildingModules = [M(LifeCycleModule.A1ToA3, 40_000), M(LifeCycleModule.B6, 60_000), M(LifeCycleModule.D, -5_000)] }, Cat);
        Assert.Equal(100_000, r.LifeCycleTotal);
        Assert.Equal(40_000, r.UpfrontCarbon);
        Assert.Equal(60_000, r.Operational);
        Assert.Equal(-5_000, r.ModuleD);
        Assert.Equal(40_000, r.Modules.Single(m => m.Module == LifeCycleModule.A1ToA3).BuildingLevel);
        Assert.Null(r.Modules.Single(m => m.Module == LifeCycleModule.A4).BuildingLevel);
        Assert.Empty(r.Elements);
    }

    [Fact]
    public void Building_level_and_element_values_of_one_module_are_summed_and_the_result_says_so()
    {
        var element = new WlcElement("wall", Q(10, "m3"), Q(1, "m3"), [M(LifeCycleModule.A1ToA3, 300)]);
        var r = WlcCalculator.Calculate(Input([element]) with { BuildingModules = [M(LifeCycleModule.A1ToA3, 2_000)], OperationalEnergy = Q(100, "kg CO2-eq/a") }, Cat);
        var a = r.Modules.Single(m => m.Module == LifeCycleModule.A1ToA3);
        Assert.Equal(3_000 + 2_000, a.GwpTotal);
        Assert.Equal(2_000, a.BuildingLevel);
        Assert.Equal(5_000 + 5_000, r.LifeCycleTotal);
        Assert.Equal("sum", WlcCalculator.BuildingLevelCombination);
        Assert.Contains(r.Warnings, w => w.Message.Contains("combination: sum", StringComparison.Ordinal) && w.Message.Contains("A1-A3 has both", StringComparison.Ordinal));

        using var doc = JsonDocument.Parse(CalculatorJson.ToJson(r, Cat));
        Assert.Equal("sum", doc.RootElement.GetProperty("buildingLevelCombination").GetString());
        Assert.Equal(2_000, doc.RootElement.GetProperty("modules")[0].GetProperty("buildingLevel").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Neither_elements_nor_building_modules_is_an_error()
    {
        var ex = Assert.Throws<CalculationException>(() => WlcCalculator.Calculate(Input([]), Cat));
        Assert.Contains(ex.Diagnostics, d => d.Code == "TBGO6004" && d.Location.Pointer == "/elements");
    }

    [Fact]
    public void Json_building_modules_without_elements_validate_and_duplicates_are_located()
    {
        var (result, diagnostics) = Run("wlc", """
            {"area": {"value": 100, "unit": "m2"}, "areaBasis": "useful-floor-area", "referenceStudyPeriod": {"value": 50, "unit": "a"},
             "modules": [{"module": "A1-A3", "gwpTotal": {"value": 25, "unit": "t CO2-eq"}}, {"module": "B6", "gwpTotal": {"value": 30000, "unit": "kg CO2-eq"}}]}
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(55_000, At(result!.RootElement, "/lifeCycleTotal/value").GetDouble());
        var dup = OneError("wlc", """
            {"area": {"value": 100, "unit": "m2"}, "areaBasis": "useful-floor-area", "referenceStudyPeriod": {"value": 50, "unit": "a"},
             "modules": [{"module": "B6", "gwpTotal": {"value": 1, "unit": "kg CO2-eq"}}, {"module": "B6", "gwpTotal": {"value": 2, "unit": "kg CO2-eq"}}]}
            """);
        Assert.Equal("/modules/1/module", dup.Location.Pointer);
    }

    [Fact]
    public void Biogenic_result_fed_into_wlc_gives_the_minus_one_plus_one_entries_equal_to_its_total()
    {
        // Run the biogenic calculator on the sample, write its JSON, and give that JSON to wlc as 'biogenicResult'.
        var (biogenic, bd) = Run("biogenic", Sample("biogenic"));
        Assert.Empty(bd);
        var stored = At(biogenic!.RootElement, "/total/value").GetDouble();
        Assert.True(stored > 0);
        var wlc = JsonNode.Parse(Sample("wlc"))!.AsObject();
        wlc["biogenicResult"] = JsonNode.Parse(biogenic.RootElement.GetRawText());
        wlc["biogenicReleaseModule"] = "C4";
        var (without, _) = Run("wlc", Sample("wlc"));
        var (r, d) = Run("wlc", wlc.ToJsonString());
        Assert.Empty(d);
        var root = r!.RootElement;

        double Module(JsonDocument doc, int index, string field) => At(doc.RootElement, $"/modules/{index}/{field}/value").GetDouble();
        double OrZero(JsonDocument doc, int index, string field) => At(doc.RootElement, $"/modules/{index}/{field}").ValueKind == JsonValueKind.Null ? 0 : Module(doc, index, field);
        const int a1a3 = 0, c4 = 13;
        Assert.Equal("C4", At(root, $"/modules/{c4}/module").GetString());
        Assert.Equal(-stored, OrZero(r, a1a3, "gwpBiogenic") - OrZero(without!, a1a3, "gwpBiogenic"), 6);
        Assert.Equal(stored, OrZero(r, c4, "gwpBiogenic") - OrZero(without!, c4, "gwpBiogenic"), 6);
        Assert.Equal(-stored, Module(r, a1a3, "gwpTotal") - Module(without!, a1a3, "gwpTotal"), 6);
        Assert.Equal(At(without!.RootElement, "/lifeCycleTotal/value").GetDouble(), At(root, "/lifeCycleTotal/value").GetDouble(), 6);
        Assert.Equal(stored, At(root, "/biogenic/fromBiogenicResult/storedCo2/value").GetDouble());
        Assert.Equal("kg CO2", At(root, "/biogenic/fromBiogenicResult/storedCo2/unit").GetString());
        Assert.Equal("C4", At(root, "/biogenic/fromBiogenicResult/releaseModule").GetString());
        Assert.Equal(-stored, At(root, "/biogenic/uptake/value").GetDouble() - At(without!.RootElement, "/biogenic/uptake/value").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, At(without!.RootElement, "/biogenic/fromBiogenicResult").ValueKind);
    }

    [Fact]
    public void Biogenic_storage_from_a_result_in_code_defaults_to_release_in_c3()
    {
        var b = BiogenicCalculator.Calculate(new BiogenicInput([new BiogenicProduct("clt", Q(10, "m3"), Q(470, "kg/m3"), Q(12, "%"))]), Cat);
        var r = WlcCalculator.Calculate(Input([]) with { BuildingModules = [M(LifeCycleModule.A1ToA3, 10_000)], BiogenicStorage = WlcBiogenicStorage.FromResult(b) }, Cat);
        Assert.Equal(-b.Total, r.Modules.Single(m => m.Module == LifeCycleModule.A1ToA3).GwpBiogenic!.Value, 9);
        Assert.Equal(b.Total, r.Modules.Single(m => m.Module == LifeCycleModule.C3).GwpBiogenic!.Value, 9);
        Assert.Equal(-b.Total, r.Biogenic.Uptake, 9);
        Assert.Equal(b.Total, r.Biogenic.Release, 9);
        Assert.Equal(b.Total, r.Biogenic.StoredCo2);
        Assert.Equal(LifeCycleModule.C3, r.Biogenic.ReleaseModule);
        Assert.Equal(10_000, r.LifeCycleTotal, 9);
        Assert.Equal(10_000 - b.Total, r.UpfrontCarbon, 9);
    }

    [Fact]
    public void Biogenic_storage_next_to_element_biogenic_warns_of_double_counting_and_a_release_in_a5_is_refused()
    {
        var e = new WlcElement("clt", Q(1, "m3"), Q(1, "m3"), [new WlcModuleValue(LifeCycleModule.A1ToA3, Q(-690, "kg CO2-eq"), GwpBiogenic: Q(-801, "kg CO2-eq"))]);
        var r = WlcCalculator.Calculate(Input([e]) with { BiogenicStorage = new WlcBiogenicStorage(Q(801, "kg CO2")) }, Cat);
        Assert.Contains(r.Warnings, w => w.Code == CalculationWarning.Inconsistent && w.Message.Contains("counted twice", StringComparison.Ordinal));
        var ex = Assert.Throws<CalculationException>(() => WlcCalculator.Calculate(Input([e]) with { BiogenicStorage = new WlcBiogenicStorage(Q(801, "kg CO2"), LifeCycleModule.A5) }, Cat));
        Assert.Contains(ex.Diagnostics, d => d.Location.Pointer == "/biogenicReleaseModule");
        var kgC = Assert.Throws<CalculationException>(() => WlcCalculator.Calculate(Input([e]) with { BiogenicStorage = new WlcBiogenicStorage(Q(801, "kg C")) }, Cat));
        Assert.Contains(kgC.Diagnostics, d => d.Code == "TBGO6003");
    }
}
