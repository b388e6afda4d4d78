using System.Text;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Passports;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Passports;

/// <summary>LCAx projects become passports whose whole-life carbon reproduces LCAx's own calculation; what does not map is reported.</summary>
public sealed class LcaxImportTests
{
    private static string Sample(string name) => File.ReadAllText(RepoPaths.Combine("samples", "lcax", name + ".json"));

    private static LcaxImportResult Import(string json) => LcaxImport.Import(Encoding.UTF8.GetBytes(json), "in.json");

    private static WlcResult Wlc(LcaxImportResult import)
    {
        Assert.True(import.Passport is not null, string.Join("\n", import.Diagnostics));
        var outcome = PassportCalculator.Run(Encoding.UTF8.GetBytes(import.Passport), Catalogue.Default);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return (WlcResult)outcome.Result.Find("wlc")!;
    }

    private static double Module(WlcResult r, string module) => r.Modules.Single(m => m.Module.ToCode() == module).GwpTotal;

    [Fact]
    public void The_published_lcax_product_example_gives_15_kg_in_A1_A3()
    {
        // lcax_calculation tests/test_calculate.rs, test_calculate_product: 5 m x 3.0 kg CO2-eq/m = Some(15.0).
        var import = Import(Sample("product-5-m"));
        Assert.Empty(import.Losses);
        Assert.Equal(15.0, Module(Wlc(import), "A1-A3"), 9);
        var element = JsonNode.Parse(import.Passport!)!["elements"]![0]!;
        Assert.Equal("21.1", (string)element["nlsfb"]!);
    }

    [Fact]
    public void A_product_in_kg_with_an_epd_per_m3_is_converted_and_scaled_by_the_assembly_quantity()
    {
        // Constructed from the LCAx fixture's values and LCAx's rule (quantity x conversion x impact, x assembly quantity):
        // 50 m2 x 0.5 kg/m2 / 7850 kg/m3 x 818 kg CO2-eq/m3 = 2.605096 kg CO2-eq; not printed in the source.
        var import = Import(Sample("steel-wall"));
        Assert.Equal(50 * 0.5 / 7850 * 818, Module(Wlc(import), "A1-A3"), 9);
        var material = JsonNode.Parse(import.Passport!)!["elements"]![0]!["materials"]![0]!;
        Assert.Equal(25.0, (double)material["mass"]!["value"]!, 9);
        Assert.Equal("m3", (string)material["environment"]!["declaredUnit"]!["unit"]!);
        Assert.Equal(80.0, (double)material["environment"]!["serviceLife"]!["value"]!);
        var lost = import.Losses.Select(l => l.Pointer).ToList();
        Assert.Contains("/assemblies/wall-1/products/steel-1/impactData/impacts", lost);
        Assert.Contains("/projectInfo/heatedFloorArea", lost);
        Assert.Contains("/assemblies/wall-1/classification/0", lost);
        Assert.Contains("/location", lost);
        Assert.DoesNotContain("/results", lost); // null results are nothing to lose
    }

    [Fact]
    public void Assemblies_and_products_as_arrays_give_the_same_passport_as_keyed_objects()
    {
        var keyed = JsonNode.Parse(Sample("steel-wall"))!.AsObject();
        var listed = keyed.DeepClone().AsObject();
        var wall = listed["assemblies"]!["wall-1"]!.DeepClone();
        wall["products"] = new JsonArray(wall["products"]!["steel-1"]!.DeepClone());
        listed["assemblies"] = new JsonArray(wall);
        var a = JsonNode.Parse(Import(keyed.ToJsonString()).Passport!);
        var b = JsonNode.Parse(Import(listed.ToJsonString()).Passport!);
        Assert.True(JsonNode.DeepEquals(a, b));
    }

    [Fact]
    public void Ids_that_do_not_fit_are_made_unique_and_reported()
    {
        var node = JsonNode.Parse(Sample("product-5-m"))!;
        node["assemblies"]![0]!["id"] = "wall 1/north";
        node["assemblies"]![0]!["products"]![0]!["id"] = "wall 1/north";
        var import = Import(node.ToJsonString());
        var element = JsonNode.Parse(import.Passport!)!["elements"]![0]!;
        Assert.Equal("wall-1-north", (string)element["id"]!);
        Assert.Equal("wall-1-north-2", (string)element["materials"]![0]!["id"]!);
        Assert.Equal(2, import.Losses.Count(l => l.Reason.Contains("became", StringComparison.Ordinal)));
        Wlc(import); // still a valid passport
    }

    [Fact]
    public void A_reference_to_an_epd_elsewhere_is_a_loss_and_the_material_keeps_no_environmental_data()
    {
        var node = JsonNode.Parse(Sample("product-5-m"))!;
        node["assemblies"]![0]!["products"]![0]!["impactData"] = new JsonArray(new JsonObject { ["type"] = "reference", ["uri"] = "https://example.org/epd" });
        var import = Import(node.ToJsonString());
        Assert.Contains(import.Losses, l => l.Pointer == "/assemblies/0/products/0/impactData/0" && l.Reason.Contains("not resolved", StringComparison.Ordinal));
        Assert.Null(JsonNode.Parse(import.Passport!)!["elements"]![0]!["materials"]![0]!["environment"]);
    }

    [Theory]
    [InlineData("not json", "TBGO6001")]
    [InlineData("{\"id\": \"p\"}", "TBGO6004")]
    [InlineData("{\"id\": \"p\", \"assemblies\": []}", "TBGO6004")]
    public void Input_that_is_not_an_lcax_project_gives_an_error_and_no_passport(string json, string code)
    {
        var import = Import(json);
        Assert.Null(import.Passport);
        Assert.Equal(code, Assert.Single(import.Diagnostics).Code);
    }

    [Fact]
    public void An_assembly_without_a_quantity_is_located_by_line()
    {
        var json = Sample("product-5-m").Replace("\"quantity\": 1,", "\"amount\": 1,", StringComparison.Ordinal);
        var import = Import(json);
        Assert.Null(import.Passport);
        var d = Assert.Single(import.Diagnostics);
        Assert.Equal("/assemblies/0/quantity", d.Location.Pointer);
        Assert.True(d.Location.Line > 1);
    }

    [Theory]
    [InlineData("\"quantity\": 1,", "\"quantity\": 1e400,")]
    [InlineData("\"quantity\": 5.0,", "\"quantity\": 1e308,")]
    [InlineData("\"a1a3\": 3.0", "\"a1a3\": -1e400")]
    public void Numbers_beyond_the_range_of_a_double_are_an_error_or_a_loss_never_a_crash(string from, string to)
    {
        var json = Sample("product-5-m").Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Sample("product-5-m"), json);
        var node = JsonNode.Parse(Sample("product-5-m"))!;
        node["assemblies"]![0]!["quantity"] = 1e10;
        foreach (var text in (string[])[json, node.ToJsonString().Replace("\"quantity\":5", "\"quantity\":1e308", StringComparison.Ordinal)])
        {
            var import = Import(text);
            Assert.True(import.Passport is not null || import.Diagnostics.Any(d => d.IsError));
            if (import.Passport is not null)
            {
                var outcome = PassportCalculator.Run(Encoding.UTF8.GetBytes(import.Passport), Catalogue.Default);
                Assert.True(outcome.Succeeded || outcome.Diagnostics.Any(d => d.IsError && d.Location.Line > 0));
            }
        }
    }
}
