using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Passports;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Tests.Calculators;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Tests.Passports;

/// <summary>
/// One passport feeds MPG, whole-life carbon, biogenic carbon, the MCI and the detachability index. The test builds
/// each calculator's input from the sample passport on its own (plain JSON rewriting, not the library's projection)
/// and checks that the separate run gives the very same result; invalid passports give located diagnostics only.
/// </summary>
public sealed class PassportTests
{
    private static readonly string SamplePath = RepoPaths.Combine("samples", "passports", "rijwoning.json");

    private static string SampleText => File.ReadAllText(SamplePath);

    private static PassportOutcome Run(string json) => PassportCalculator.Run(Encoding.UTF8.GetBytes(json), Catalogue.Default, "p.json");

    private static JsonObject Sample() => JsonNode.Parse(SampleText)!.AsObject();

    private static string ToJson(ICalculationResult result) => CalculatorJson.ToJson(result, Catalogue.Default);

    [Fact]
    public void The_sample_is_a_real_size_dwelling_and_gives_all_five_results_in_one_call()
    {
        var sample = Sample();
        Assert.True(sample["elements"]!.AsArray().Count >= 40);
        var outcome = Run(SampleText);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(["mpg", "wlc", "biogenic", "circularity", "detachability"], outcome.Result.Calculations.Select(c => c.Calculator));
        Assert.Empty(outcome.Result.NotRun);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Each_figure_equals_the_separate_calculator_run_on_the_same_data()
    {
        var result = Run(SampleText).Result!;
        var p = Sample();
        var building = p["building"]!.AsObject();
        var elements = p["elements"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var materials = elements.SelectMany(e => e["materials"]?.AsArray().Select(m => m!.AsObject()) ?? []).ToList();

        // MPG: one element per environmental data set (all at element level in the sample).
        var mpg = new JsonObject
        {
            ["weightingSet"] = building["weightingSet"]!.DeepClone(),
            ["permitDate"] = building["permitDate"]!.DeepClone(),
            ["bvo"] = building["bvo"]!.DeepClone(),
            ["functions"] = building["functions"]!.DeepClone(),
            ["elements"] = new JsonArray([.. elements.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e["id"]!.DeepClone(),
                ["name"] = e["name"]!.DeepClone(),
                ["dataCategory"] = e["environment"]!["dataCategory"]!.DeepClone(),
                ["impacts"] = e["environment"]!["impacts"]!.DeepClone(),
            })]),
        };
        var mpgResult = Separate("mpg", mpg, result);

        var wlc = new JsonObject
        {
            ["area"] = building["usefulFloorArea"]!.DeepClone(),
            ["areaBasis"] = "useful-floor-area",
            ["referenceStudyPeriod"] = building["referenceStudyPeriod"]!.DeepClone(),
            ["operationalEnergy"] = building["operationalEnergy"]!.DeepClone(),
            ["operationalWater"] = building["operationalWater"]!.DeepClone(),
            ["elements"] = new JsonArray([.. elements.Select(e =>
            {
                var o = new JsonObject { ["id"] = e["id"]!.DeepClone(), ["name"] = e["name"]!.DeepClone() };
                foreach (var key in (string[])["quantity", "declaredUnit", "serviceLife", "modules"])
                {
                    if (e["environment"]![key] is { } v)
                    {
                        o[key] = v.DeepClone();
                    }
                }

                return (JsonNode)o;
            })]),
        };
        Separate("wlc", wlc, result);

        var wood = materials.Where(m => m["moistureContent"] is not null).ToList();
        Assert.NotEmpty(wood);
        var biogenic = new JsonObject
        {
            ["area"] = building["bvo"]!.DeepClone(),
            ["areaBasis"] = "bvo",
            ["products"] = new JsonArray([.. wood.Select(m =>
            {
                var o = new JsonObject { ["id"] = m["id"]!.DeepClone(), ["name"] = m["name"]!.DeepClone(), ["volume"] = m["volume"]!.DeepClone(), ["density"] = m["density"]!.DeepClone(), ["moistureContent"] = m["moistureContent"]!.DeepClone() };
                if (m["woodSpecies"] is { } species)
                {
                    o["carbonFractionFactor"] = species.DeepClone();
                }

                return (JsonNode)o;
            })]),
        };
        Separate("biogenic", biogenic, result);

        string[] notCircularity = ["density", "moistureContent", "woodSpecies", "carbonFraction", "woodFraction", "environment"];
        var circularity = new JsonObject
        {
            ["date"] = building["permitDate"]!.DeepClone(),
            ["buildingType"] = building["functions"]![0]!["buildingType"]!.DeepClone(),
            ["products"] = new JsonArray([.. materials.Select(m =>
            {
                var o = new JsonObject();
                foreach (var (key, value) in m.Where(kv => !notCircularity.Contains(kv.Key)))
                {
                    o[key] = value!.DeepClone();
                }

                return (JsonNode)o;
            })]),
        };
        Separate("circularity", circularity, result);

        // Detachability: elements with connections, weighted by their MKI from the separate MPG run.
        var mki = mpgResult.RootElement.GetProperty("elements").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("mki").GetProperty("value").GetDouble());
        var detachability = new JsonObject
        {
            ["products"] = new JsonArray([.. elements.Where(e => e["detachability"] is not null).Select(e =>
            {
                var o = new JsonObject { ["id"] = e["id"]!.DeepClone(), ["name"] = e["name"]!.DeepClone() };
                foreach (var (key, value) in e["detachability"]!.AsObject())
                {
                    o[key] = value!.DeepClone();
                }

                o["weight"] = new JsonObject { ["value"] = mki[(string)e["id"]!], ["unit"] = "EUR" };
                return (JsonNode)o;
            })]),
        };
        Separate("detachability", detachability, result);
        Assert.Contains(result.Omitted, o => o is { Calculator: "detachability", Id: "palen" });
    }

    private static JsonDocument Separate(string name, JsonObject input, PassportResult passport)
    {
        var (separate, diagnostics) = CalcSupport.Run(name, input.ToJsonString());
        Assert.True(separate is not null, name + ": " + string.Join("\n", diagnostics));
        var combined = JsonNode.Parse(ToJson(passport.Find(name)!))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(separate.RootElement.GetRawText()), combined), $"{name}: the passport's result differs from the separate run");
        return separate;
    }

    [Fact]
    public void A_passport_with_only_connections_runs_detachability_unweighted_and_says_what_the_others_lack()
    {
        var json = """
            {"passportVersion": "1.0", "building": {"id": "b"},
             "elements": [
               {"id": "wall", "nlsfb": "21", "detachability": {"connections": [{"type": "dry", "accessibility": "free"}]}},
               {"id": "floor", "nlsfb": "23", "materials": [{"id": "screed", "volume": {"value": 2, "unit": "m3"}}]}
             ]}
            """;
        var outcome = Run(json);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var r = outcome.Result;
        Assert.Equal(["detachability"], r.Calculations.Select(c => c.Calculator));
        Assert.Null(((DetachabilityResult)r.Find("detachability")!).WeightUnit);
        Assert.Contains(r.Notes, n => n.Contains("MPG did not run", StringComparison.Ordinal));
        var missing = r.NotRun.ToDictionary(n => n.Calculator, n => n.Missing);
        Assert.Equal(["mpg", "wlc", "biogenic", "circularity"], missing.Keys);
        Assert.Contains("building.weightingSet (the NMD weighting set)", missing["mpg"]);
        Assert.Contains("building.referenceStudyPeriod", missing["wlc"]);
        Assert.Contains(r.Omitted, o => o is { Calculator: "detachability", Id: "floor", Pointer: "/elements/1" });
    }

    [Fact]
    public void An_error_inside_a_calculator_points_into_the_passport_with_line_and_column_and_gives_no_number()
    {
        var node = Sample();
        node["elements"]![5]!["environment"]!["modules"]![0]!["gwpTotal"]!["unit"] = "kWh";
        node["elements"]![8]!["materials"]![0]!["woodSpecies"] = "teak";
        node["elements"]![3]!["environment"]!.AsObject().Remove("dataCategory");
        var json = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var outcome = Run(json);
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Result);
        var errors = outcome.Diagnostics.Where(d => d.IsError).ToList();
        var unit = Assert.Single(errors, d => d.Location.Pointer == "/elements/5/environment/modules/0/gwpTotal/unit");
        Assert.StartsWith("wlc: ", unit.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "\"kWh\""), unit.Location.Line);
        Assert.Equal("p.json", unit.Location.File);
        var species = Assert.Single(errors, d => d.Location.Pointer == "/elements/8/materials/0/woodSpecies");
        Assert.StartsWith("biogenic: ", species.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "\"teak\""), species.Location.Line);
        Assert.Contains(errors, d => d.Message.StartsWith("mpg: ", StringComparison.Ordinal) && d.Location.Pointer == "/elements/3/environment");
        Assert.All(errors, d => Assert.True(d.Location.Line > 0, d.ToString()));
    }

    [Theory]
    [InlineData("/elements/2/materials/0/colour", "\"red\"", "/elements/2/materials/0/colour")]
    [InlineData("/passportVersion", "\"2.0\"", "/passportVersion")]
    [InlineData("/elements/4/nlsfb", "\"21-1\"", "/elements/4/nlsfb")]
    [InlineData("/elements/6/materials/0/id", "\"bgv-concrete\"", "/elements/6/materials/0/id")]
    [InlineData("/building/bvo/unit", "\"\"", "/building/bvo/unit")]
    [InlineData("/building/bvo/value", "1e400", "/building/bvo/value")]
    public void A_malformed_passport_gives_a_located_error_and_no_result(string pointer, string value, string expected)
    {
        var node = Sample();
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode parent = node;
        foreach (var part in parts[..^1])
        {
            parent = int.TryParse(part, out var i) ? parent[i]! : parent[part]!;
        }

        parent[parts[^1]] = JsonNode.Parse(value);
        var json = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var outcome = Run(json);
        Assert.False(outcome.Succeeded);
        var d = Assert.Single(outcome.Diagnostics, d => d.IsError);
        Assert.Equal(expected, d.Location.Pointer);
        Assert.True(d.Location.Line > 1, d.ToString());
    }

    [Fact]
    public void Not_json_and_a_duplicate_key_are_errors_too()
    {
        Assert.Equal("TBGO6001", Assert.Single(Run("{\"passportVersion\": \"1.0\",").Diagnostics).Code);
        Assert.Equal("TBGO6001", Assert.Single(Run("{\"passportVersion\": \"1.0\", \"passportVersion\": \"1.0\"}").Diagnostics).Code);
    }

    [Fact]
    public void The_result_validates_against_the_passport_result_schema_and_each_part_against_its_own()
    {
        var result = Run(SampleText).Result!;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            PassportJson.Write(writer, result, Catalogue.Default);
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Empty(Errors("passport.result.schema.json", text));
        Assert.Empty(NJsonSchemaLoader.Load(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "passport.result.schema.json"))).Validate(text));
        using var doc = JsonDocument.Parse(text);
        foreach (var part in doc.RootElement.GetProperty("results").EnumerateObject())
        {
            Assert.Empty(Errors($"calculators/{part.Name}.result.schema.json", part.Value.GetRawText()));
        }

        var mutated = JsonNode.Parse(text)!;
        mutated["results"]!["epbd"] = new JsonObject();
        Assert.NotEmpty(Errors("passport.result.schema.json", mutated.ToJsonString()));
    }

    [Fact]
    public void The_passport_schema_is_embedded_as_published_and_accepts_the_sample_in_NJsonSchema()
    {
        var file = File.ReadAllText(Path.Combine(RepoPaths.Schemas, "passport.schema.json"));
        Assert.Equal(file, EmbeddedData.ReadSchema("passport.schema.json"));
        SchemaCompiler.Compile(file);
        Assert.Empty(NJsonSchemaLoader.Load(file).Validate(SampleText));
    }

    private static List<SchemaError> Errors(string schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return SchemaValidator.Validate(SchemaCompiler.Compile(EmbeddedData.ReadSchema(schema)), new JsonInstance(doc.RootElement, string.Empty));
    }

    private static int LineOf(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, needle);
        return text[..at].Count(c => c == '\n') + 1;
    }
}
