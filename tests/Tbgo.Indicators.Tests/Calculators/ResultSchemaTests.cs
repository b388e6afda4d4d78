using System.Text.Json;
using System.Text.Json.Nodes;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>
/// The published result schemas (<c>schemas/calculators/&lt;name&gt;.result.schema.json</c>) describe exactly what
/// <c>CalculatorJson.Write</c> emits: every sample and worked example validates with our engine and with NJsonSchema,
/// and mutated results (a required key removed, an unknown key added, a wrong type or code) fail with both.
/// </summary>
public sealed class ResultSchemaTests
{
    /// <summary>Inputs that reach the branches the samples and worked examples leave out (nulls, alternatives, no reference).</summary>
    private static readonly Dictionary<string, string> EdgeInputs = new(StringComparer.Ordinal)
    {
        ["mpg-without-permit-date"] = """
            {"weightingSet": "nmd-shadow-prices-a2", "bvo": {"value": 100, "unit": "m2"}, "referenceStudyPeriod": {"value": 75, "unit": "a"},
             "functions": [{"buildingType": "woonfunctie/grondgebonden", "usableArea": {"value": 90, "unit": "m2"}}],
             "elements": [{"id": "e", "dataCategory": "3", "impacts": [{"category": "gwp-total", "amount": {"value": 100, "unit": "kg CO2-eq"}}]}]}
            """,
        ["epbd-existing-building"] = """{"permitDate": "2029-01-01", "usefulFloorArea": {"value": 500, "unit": "m2"}, "newBuilding": false}""",
        ["percentile-without-reference"] = """{"indicator": "tbgo.env.nature.green-per-dwelling", "value": {"value": 75, "unit": "m2/dwelling"}, "scope": {"scale": "gebouw"}}""",
        ["taxonomy-7-7-alternatives"] = """{"activity": "ccm-7.7", "date": "2025-01-01", "yearBuilt": 1998, "epcClass": "C", "inTopFifteenPercent": true}""",
        ["taxonomy-without-data"] = """{"activity": "ccm-7.1", "date": "2025-01-01"}""",
        ["taxonomy-7-2-before-only"] = """{"activity": "ccm-7.2", "date": "2025-01-01", "primaryEnergyBefore": {"value": 250, "unit": "kWh/(m2.a)"}}""",
        ["wlc-building-modules-and-biogenic-result"] = """
            {"area": {"value": 100, "unit": "m2"}, "areaBasis": "useful-floor-area", "referenceStudyPeriod": {"value": 50, "unit": "a"},
             "modules": [{"module": "A1-A3", "gwpTotal": {"value": 25000, "unit": "kg CO2-eq"}}, {"module": "B6", "gwpTotal": {"value": 30000, "unit": "kg CO2-eq"}}],
             "biogenicResult": {"calculator": "biogenic", "total": {"value": 4000, "unit": "kg CO2"}, "products": []}, "biogenicReleaseModule": "C3"}
            """,
    };

    /// <summary>Mutations that each schema must reject beyond the common ones (see <see cref="Mutations"/>).</summary>
    private static readonly (string Calculator, string Pointer, string? Value)[] SchemaSpecificMutations =
    [
        ("wlc", "/upfrontCarbon", null), ("wlc", "/calculator", "\"mpg\""),
        ("wlc", "/lifeCycleTotal/unit", "\"t CO2-eq\""), ("wlc", "/modules/0/gwpFossil", "310"), ("wlc", "/elements/0/replacements", "1.5"),
        ("wlc", "/biogenic/declaredByElements", null), ("wlc", "/stages/0/stage", "\"A1-A3\""),
        ("mpg", "/verdict", "\"passed\""), ("mpg", "/functions/0/limit/comparator", "\"=<\""), ("mpg", "/categories/0/price/unit", "\"EUR\""),
        ("mpg", "/elements/0/dataCategory", "2"), ("mpg", "/permitDate", "\"2026-02-30\""), ("mpg", "/complete", null),
        ("biogenic", "/products/0/storedCo2", null), ("biogenic", "/area/value", "\"1000\""), ("biogenic", "/products/0/extra", "true"),
        ("circularity", "/mci", "\"0.64\""), ("circularity", "/biobasedTarget/source/ref", "\"Nabb\""), ("circularity", "/biobasedTarget/scope/scale", "\"building\""),
        ("circularity", "/products/0/utility", null),
        ("detachability", "/index", "1.2"), ("detachability", "/products/0/factorCount", "3"), ("detachability", "/products/0/compositionIndex", null),
        ("detachability", "/products/0/connections/0/typeFactor", "\"0.8\""), ("detachability", "/indexPercent/unit", "\"1\""), ("detachability", "/weightUnit", "1"),
        ("taxonomy", "/criteria/0/outcome", "\"yes\""), ("taxonomy", "/aligned", "true"), ("taxonomy", "/criteria/0/source/extra", "1"),
        ("taxonomy", "/warnings/0/code", "\"unconfirmed-factor\""), ("taxonomy", "/warnings/0/message", null),
        ("epbd", "/obligations/0/id", "\"gwp\""), ("epbd", "/obligations/0/appliesFrom", "\"2028-13-01\""), ("epbd", "/zeroEmissionRequired", "\"no\""),
        ("epbd", "/provenance/confidence", "\"certain\""), ("epbd", "/provenance/sources/0/confidence", null),
        ("limits", "/roadmap/0/comparator", "\"<=\""), ("limits", "/roadmap/0/note", "\"none\""), ("limits", "/roadmap/11/limit", "null"),
        ("limits", "/limit/kind", "\"legal\""), ("limits", "/scope", "\"scale=gebouw\""), ("limits", "/scope/scale", "\"building\""), ("limits", "/indicator", "\"mpg\""),
        ("percentile", "/inBest", "\"no\""), ("percentile", "/method", "\"interpolated\""), ("percentile", "/reference/year", "2022.5"),
        ("percentile", "/reference/extra", "1"), ("percentile", "/value", "75"), ("percentile", "/reference/scope", "\"scale=gebied\""),
        ("rollup", "/objects", "2.5"), ("rollup", "/aggregation", "\"not-aggregatable\""), ("rollup", "/totalWeight/value", null),
        ("rollup", "/provenance/factorSet", "1"), ("rollup", "/share", null), ("rollup", "/share", "\"none\""),
        ("pathway", "/years/0/year", "\"2024\""), ("pathway", "/strandingYear", "2030.5"), ("pathway", "/years/0/above", null),
        ("pathway", "/unit", "null"), ("pathway", "/years/1/pathwayFrom", "\"held\""), ("pathway", "/years/0/actualFrom", "true"),
    ];

    /// <summary>Every sample input, every worked example's input and the edge inputs: calculator and label.</summary>
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CalcSupport.Names)
        {
            data.Add(name, "sample");
        }

        foreach (var label in EdgeInputs.Keys)
        {
            data.Add(label[..label.IndexOf('-', StringComparison.Ordinal)], label);
        }

        foreach (var example in CalcSupport.Examples())
        {
            data.Add((string)example[0], (string)example[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Result_validates_against_its_schema_with_both_engines(string calculator, string input)
    {
        var result = ResultJson(calculator, input);
        Assert.Empty(OurErrors(calculator, result));
        Assert.Empty(OracleErrors(calculator, result));
    }

    /// <summary>
    /// Mutations of the sample's result: a JSON pointer and the new value (JSON), or null to remove the key. In every
    /// schema a required key removed, an unknown key added and a wrong type, at the root and in the shared provenance;
    /// then, per schema, its own keys, codes, fixed units, nullable forms and nested objects.
    /// </summary>
    public static TheoryData<string, string, string?> Mutations()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var name in CalcSupport.Names)
        {
            data.Add(name, "/provenance", null);
            data.Add(name, "/unexpected", "1");
            data.Add(name, "/calculator", "1");
            data.Add(name, "/provenance/unexpected", "true");
            data.Add(name, "/warnings", "{}");
        }

        foreach (var (name, pointer, value) in SchemaSpecificMutations)
        {
            data.Add(name, pointer, value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Schema_rejects_a_mutated_result_with_both_engines(string calculator, string pointer, string? value) =>
        AssertRejected(calculator, "sample", pointer, value);

    /// <summary>The share of a share-of-objects roll-up (the sample is a weighted mean, whose share is null).</summary>
    [Theory]
    [InlineData("/share/weight", "\"households\"")]
    [InlineData("/share/passingWeight", "\"60\"")]
    [InlineData("/share/passingObjects", "2.5")]
    [InlineData("/share/test", null)]
    [InlineData("/share/unexpected", "1")]
    [InlineData("/aggregation", "\"share\"")]
    [InlineData("/totalWeight/unit", "null")]
    public void Schema_rejects_a_mutated_share_result_with_both_engines(string pointer, string? value) =>
        AssertRejected("rollup", "biobased-30-30-30-four-blocks", pointer, value);

    private static void AssertRejected(string calculator, string input, string pointer, string? value)
    {
        var node = JsonNode.Parse(ResultJson(calculator, input))!;
        Mutate(node, pointer, value);
        var mutant = node.ToJsonString();
        var ours = OurErrors(calculator, mutant);
        Assert.NotEmpty(ours);
        Assert.All(ours, e => Assert.StartsWith(e.Pointer, pointer, StringComparison.Ordinal)); // at the mutated key or above it
        Assert.NotEmpty(OracleErrors(calculator, mutant));
    }

    [Fact]
    public void Every_calculator_has_an_embedded_result_schema_identical_to_the_published_file()
    {
        foreach (var name in CalcSupport.Names)
        {
            var file = $"calculators/{name}.result.schema.json";
            Assert.Contains(file, EmbeddedData.SchemaNames());
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "calculators", name + ".result.schema.json")), EmbeddedData.ReadSchema(file));
        }
    }

    /// <summary>The shared parts (provenance, warnings, source references, limit values, quantities) cannot drift apart between the files.</summary>
    [Fact]
    public void A_definition_is_the_same_in_every_result_schema_that_has_it()
    {
        var seen = new Dictionary<string, (string Schema, JsonNode Definition)>(StringComparer.Ordinal);
        foreach (var name in CalcSupport.Names)
        {
            var definitions = JsonNode.Parse(EmbeddedData.ReadSchema($"calculators/{name}.result.schema.json"))!["definitions"]!.AsObject();
            foreach (var (key, definition) in definitions)
            {
                if (seen.TryGetValue(key, out var first))
                {
                    Assert.True(JsonNode.DeepEquals(first.Definition, definition), $"definitions/{key} differs between {first.Schema} and {name}");
                }
                else
                {
                    seen[key] = (name, definition!);
                }
            }
        }

        Assert.Contains("provenance", seen.Keys);
        Assert.Contains("warning", seen.Keys);
        Assert.Contains("sourceReference", seen.Keys);
    }

    private static string ResultJson(string calculator, string input)
    {
        string? json;
        if (input == "sample")
        {
            json = CalcSupport.Sample(calculator);
        }
        else if (!EdgeInputs.TryGetValue(input, out json))
        {
            using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(CalcSupport.ExamplesFolder, calculator, input + ".json")));
            json = example.RootElement.GetProperty("input").GetRawText();
        }

        var (result, diagnostics) = CalcSupport.Run(calculator, json);
        Assert.True(result is not null, string.Join("\n", diagnostics));
        using (result)
        {
            return result.RootElement.GetRawText();
        }
    }

    private static List<SchemaError> OurErrors(string calculator, string resultJson)
    {
        var schema = SchemaCompiler.Compile(EmbeddedData.ReadSchema($"calculators/{calculator}.result.schema.json"));
        using var doc = JsonDocument.Parse(resultJson);
        return SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty));
    }

    private static IReadOnlyList<string> OracleErrors(string calculator, string resultJson) =>
        [.. NJsonSchemaLoader.Load(EmbeddedData.ReadSchema($"calculators/{calculator}.result.schema.json")).Validate(resultJson).Select(e => e.ToString())];

    private static void Mutate(JsonNode root, string pointer, string? value)
    {
        var parent = Find(root, ParentOf(pointer));
        var key = pointer[(pointer.LastIndexOf('/') + 1)..];
        if (parent is JsonArray array)
        {
            var index = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(index, 0, array.Count - 1);
            array[index] = value is null ? throw new ArgumentException("cannot remove an array item", nameof(value)) : JsonNode.Parse(value);
            return;
        }

        var obj = parent!.AsObject();
        if (value is null)
        {
            Assert.True(obj.Remove(key), $"{pointer} is not in the result");
        }
        else
        {
            obj[key] = JsonNode.Parse(value);
        }
    }

    private static JsonNode? Find(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray a ? a[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node![part];
            Assert.True(node is not null, $"{pointer} is not in the result");
        }

        return node;
    }

    private static string ParentOf(string pointer) => pointer[..pointer.LastIndexOf('/')];
}
