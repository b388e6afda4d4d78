using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation.Schema;
using static Tbgo.Indicators.Tests.Calculators.CalcSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>Every input schema compiles, every sample runs, and each kind of malformed input gives a located diagnostic.</summary>
public sealed class CalculatorInputTests
{
    public static TheoryData<string> Calculators() => [.. Names];

    [Theory]
    [MemberData(nameof(Calculators))]
    public void Input_schema_compiles_in_the_safe_subset_and_is_embedded(string name)
    {
        var text = File.ReadAllText(RepoPaths.Combine("schemas", "calculators", name + ".input.schema.json"));
        SchemaCompiler.Compile(text);
        Assert.Equal(text, EmbeddedData.ReadSchema($"calculators/{name}.input.schema.json"));
    }

    [Fact]
    public void Every_schema_in_schemas_calculators_compiles()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("schemas", "calculators"), "*.json"))
        {
            SchemaCompiler.Compile(File.ReadAllText(file));
        }
    }

    [Fact]
    public async Task Every_schema_loads_in_NJsonSchema_and_accepts_its_sample()
    {
        foreach (var name in Names)
        {
            var schema = await NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(RepoPaths.Combine("schemas", "calculators", name + ".input.schema.json")));
            Assert.Empty(schema.Validate(Sample(name)));
        }
    }

    [Theory]
    [MemberData(nameof(Calculators))]
    public void Sample_input_runs_and_explains_itself(string name)
    {
        var (result, diagnostics) = Run(name, Sample(name));
        Assert.True(result is not null, string.Join("\n", diagnostics));
        using (result)
        {
            var provenance = result.RootElement.GetProperty("provenance");
            Assert.Equal(name, provenance.GetProperty("calculator").GetString());
            Assert.NotEmpty(provenance.GetProperty("method").GetString()!);
            Assert.Equal(System.Text.Json.JsonValueKind.Array, result.RootElement.GetProperty("warnings").ValueKind);
        }
    }

    [Theory]
    [InlineData("not json", "TBGO6001", "/")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\",}", "TBGO6001", "/")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\" /* c */}", "TBGO6001", "/")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\"}", "TBGO6001", "/")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"colour\": 1}", "TBGO2001", "/colour")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\"}", "TBGO2002", "/")]
    [InlineData("{\"indicator\": 12, \"date\": \"2024-01-01\"}", "TBGO2003", "/indicator")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"kind\": \"law\"}", "TBGO2004", "/kind")]
    [InlineData("{\"indicator\": \"mpg\", \"date\": \"2024-01-01\"}", "TBGO2005", "/indicator")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-02-30\"}", "TBGO2008", "/date")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"value\": {\"value\": 1e400, \"unit\": \"EUR/(m2.a)\"}}", "TBGO2003", "/value/value")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"value\": {\"value\": 1, \"unit\": \"furlong\"}}", "TBGO4001", "/value/unit")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"value\": {\"value\": 1, \"unit\": \"kg\"}}", "TBGO6003", "/value/unit")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.nope\", \"date\": \"2024-01-01\"}", "TBGO6002", "/indicator")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"roadmap\": {\"from\": 2030, \"to\": 2020}}", "TBGO6004", "/roadmap/to")]
    [InlineData("{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"scope\": {\"buildingType\": \"kasteel\"}}", "TBGO6002", "/scope/buildingType")]
    public void Malformed_limits_input_gives_one_located_error(string json, string code, string pointer)
    {
        var d = OneError("limits", json);
        Assert.Equal(code, d.Code);
        Assert.Equal(pointer, d.Location.Pointer);
    }

    [Fact]
    public void Missing_key_message_names_the_object_once()
    {
        var d = OneError("biogenic", """{"products": [{"id": "a", "volume": {"value": 1, "unit": "m3"}, "density": {"value": 470, "unit": "kg/m3"}}]}""");
        Assert.Equal("The required key 'moistureContent' is missing from the object at /products/0.", d.Message);
    }

    [Theory]
    [InlineData("mpg", "/weightingSet", "nmd-shadow-prices-a3", "TBGO6002")]
    [InlineData("mpg", "/elements/2/impacts/1/category", "gwp", "TBGO6005")]
    [InlineData("mpg", "/functions/0/buildingType", "kasteel", "TBGO6002")]
    [InlineData("wlc", "/elements/0/quantity/unit", "m2", "TBGO6003")]
    [InlineData("wlc", "/elements/1/id", "concrete-floors", "TBGO6010")]
    [InlineData("wlc", "/areaBasis", "gfa", "TBGO2004")]
    [InlineData("biogenic", "/products/0/carbonFractionFactor", "oak", "TBGO6002")]
    [InlineData("biogenic", "/products/0/moistureContent/unit", "kg", "TBGO6003")]
    [InlineData("circularity", "/products/0/recycledFeedstock/value", "150", "TBGO6004")]
    [InlineData("circularity", "/products/1/reusedFeedstock", "{\"value\": 0.5, \"unit\": \"1\"}", "TBGO6006")]
    [InlineData("taxonomy", "/activity", "ccm-7.9", "TBGO2004")]
    [InlineData("taxonomy", "/beng2/unit", "kWh", "TBGO6003")]
    [InlineData("epbd", "/usefulFloorArea/unit", "m3", "TBGO6003")]
    [InlineData("percentile", "/bestPercent", "100", "TBGO2006")]
    [InlineData("rollup", "/indicator", "tbgo.env.materials.mci", "TBGO6008")]
    [InlineData("rollup", "/objects/0/floorArea", null, "TBGO6011")]
    [InlineData("pathway", "/pathway/1/value/unit", "kWh/(m2.a)", "TBGO6003")]
    public void Malformed_sample_gives_one_located_error(string name, string pointer, string? value, string code)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Sample(name))!;
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = node;
        foreach (var part in parts[..^1])
        {
            parent = int.TryParse(part, out var i) ? parent[i]! : parent[part]!;
        }

        var last = parts[^1];
        var expectedPointer = pointer;
        if (value is null)
        {
            parent.AsObject().Remove(last);
            expectedPointer = "/" + string.Join('/', parts[..^1]);
        }
        else
        {
            var replacement = value.StartsWith('{') ? System.Text.Json.Nodes.JsonNode.Parse(value) : long.TryParse(value, out var n) ? System.Text.Json.Nodes.JsonValue.Create(n) : System.Text.Json.Nodes.JsonValue.Create(value);
            if (int.TryParse(last, out var index))
            {
                parent[index] = replacement;
            }
            else
            {
                parent[last] = replacement;
            }

            if (code == "TBGO6006")
            {
                expectedPointer = "/" + string.Join('/', parts[..^1]);
            }
        }

        var d = OneError(name, node.ToJsonString());
        Assert.Equal(code, d.Code);
        Assert.Equal(expectedPointer, d.Location.Pointer);
    }
}
