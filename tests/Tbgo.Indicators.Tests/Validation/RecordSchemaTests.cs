using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Export;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>
/// The published schemas are the contract: the streaming validator's rules are derived from the record
/// schema, the export schema carries the same record, and NJsonSchema (an independent implementation)
/// agrees with the streaming validator on which records are structurally valid.
/// </summary>
public sealed class RecordSchemaTests
{
    /// <summary>Codes the streaming validator reports for the schema's (structural) rules.</summary>
    private static readonly HashSet<string> StructuralCodes = ["TBGO5001", "TBGO5003", "TBGO5004", "TBGO5005", "TBGO5006", "TBGO5007", "TBGO5008", "TBGO5009", "TBGO5010", "TBGO5029", "TBGO5030"];

    private static readonly Lazy<NJsonSchema.JsonSchema> Oracle = new(() => SafeNJsonSchema.Load(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-record.schema.json"))));

    [Fact]
    public void RuleTableComesFromTheRecordSchema()
    {
        var rules = RecordRules.Default;
        Assert.Equal(["project", "object", "indicator", "scale", "phase", "value", "unit", "period", "method", "basis", "buildingType", "variant", "floorArea", "dwellings", "residents", "source"], rules.Names);
        Assert.Equal(["project", "indicator", "scale", "phase", "value", "period"], rules.Fields.Where(f => f.Required).Select(f => f.Name));
        Assert.Equal(["gebied", "gebouw", "openbare-ruimte", "infrastructuur"], rules.Fields[rules.Scale].Enum.ToArray());
        Assert.Equal(2, rules.Alternatives.Length);
        Assert.Equal([rules.Unit], rules.Alternatives[0].Required.ToArray());
    }

    [Fact]
    public void RuleTableFollowsASchemaChangeAndRefusesRulesItCannotExecute()
    {
        var schema = JsonNode.Parse(EmbeddedData.ReadSchema(RecordRules.RecordSchemaName))!;
        schema["properties"]!["project"]!["maxLength"] = 5;
        schema["properties"]!["method"]!["enum"]!.AsArray().Add("expert-judgement");
        var rules = RecordRules.FromSchema(schema.ToJsonString());
        Assert.Equal(5, rules.Fields[rules.Project].MaxLength);
        Assert.Contains("expert-judgement", rules.Fields[rules.Method].Enum);

        schema["properties"]!["object"]!["minLength"] = 1;
        Assert.Throws<SchemaCompileException>(() => RecordRules.FromSchema(schema.ToJsonString()));
        schema["properties"]!["object"]!.AsObject().Remove("minLength");
        schema["properties"]!["object"]!["const"] = "x";
        Assert.Throws<SchemaCompileException>(() => RecordRules.FromSchema(schema.ToJsonString()));
    }

    [Fact]
    public void ExportSchemaInlinesTheRecordSchemaUnchanged()
    {
        var record = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-record.schema.json")))!.AsObject();
        record.Remove("$schema");
        record.Remove("$id");
        var export = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-export.schema.json")))!;
        Assert.True(JsonNode.DeepEquals(record, export["definitions"]!["record"]), "definitions/record in measurement-export.schema.json differs from measurement-record.schema.json");

        var normalised = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-normalised-record.schema.json")))!.AsObject();
        foreach (var (name, value) in record["properties"]!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, normalised["properties"]![name]), name);
        }
    }

    [Theory]
    [InlineData("measurement-record.schema.json")]
    [InlineData("measurement-export.schema.json")]
    [InlineData("measurement-normalised-record.schema.json")]
    public void SchemasCompileInTheSafeSubsetAndLoadInNJsonSchema(string name)
    {
        var json = EmbeddedData.ReadSchema(name);
        SchemaCompiler.Compile(json);
        Assert.NotNull(SafeNJsonSchema.Load(json));
    }

    [Fact]
    public void SampleExportsValidateAgainstTheExportSchemaWithNJsonSchema()
    {
        var schema = SafeNJsonSchema.Load(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-export.schema.json")));
        Assert.Empty(schema.Validate(File.ReadAllText(RepoPaths.Combine("samples", "exports", "valid.json"))));
        var (diagnostics, _) = ExportTestSupport.Validate(File.ReadAllBytes(RepoPaths.Combine("samples", "exports", "valid.json")), ExportFormat.Json);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void StreamingValidatorAndNJsonSchemaAgreeOnStructure()
    {
        RecordGen.Sample(json =>
        {
            var oracleValid = Oracle.Value.Validate(json).Count == 0;
            var (diagnostics, _) = ExportTestSupport.Validate(json, ExportFormat.Ndjson);
            var oursValid = !diagnostics.Any(d => StructuralCodes.Contains(d.Code));
            if (oracleValid != oursValid)
            {
                throw new InvalidOperationException($"NJsonSchema says {(oracleValid ? "valid" : "invalid")}, the streaming validator {(oursValid ? "valid" : "invalid")}: {json}\n" + string.Join("\n", diagnostics));
            }
        }, iter: 3000);
    }

    [Fact]
    public void GeneratorProducesBothValidAndInvalidRecords()
    {
        var valid = 0;
        var total = 0;
        RecordGen.Sample(json =>
        {
            total++;
            valid += Oracle.Value.Validate(json).Count == 0 ? 1 : 0;
        }, iter: 500);
        Assert.InRange(valid, total / 10, total * 9 / 10);
    }

    /// <summary>Valid records, then zero to three mutations, each touching one schema rule.</summary>
    private static class RecordGen
    {
        private static readonly string[] Projects = ["NL.ROTTERDAM.SCHIEHAVEN-NOORD", "NL.UTRECHT.MERWEDE", "BE.GENT.OUDE-DOKKEN", "nl.rotterdam", "NL", "NL.A B", "NL.Ä", "NL..X"];
        private static readonly string[] Indicators = ["tbgo.env.energy.beng-1", "tbgo.gov.participation.participation-level", "TBGO.ENV.X", "tbgo", "tbgo.env.energy.beng 1"];
        private static readonly string[] Scales = ["gebied", "gebouw", "openbare-ruimte", "infrastructuur", "Gebouw", "building", ""];
        private static readonly string[] Phases = ["initiatief", "plan", "realisatie", "beheer", "ontwerp"];
        private static readonly string[] Periods = ["2026", "2026-03", "2026-03-15", "2025/2026-06", "26", "2026-3", "2026-03-15T00:00", "٢٠٢٦"];
        private static readonly string[] Methods = ["estimate", "design-calculation", "measurement", "guess"];
        private static readonly string[] Names = ["project", "object", "indicator", "scale", "phase", "value", "unit", "period", "method", "source", "unti", "Value", "extra"];

        public static void Sample(Action<string> check, long iter)
        {
            var gen =
                from project in Pick(Projects.Length)
                from indicator in Pick(Indicators.Length)
                from scale in Pick(Scales.Length)
                from phase in Pick(Phases.Length)
                from period in Pick(Periods.Length)
                from method in Gen.Int[-1, Methods.Length - 1]
                from value in Gen.Double[-1e6, 1e6]
                from mutations in Gen.Int[0, 6].SelectMany(n => Gen.Int[0, 1000].Array[Math.Max(0, n - 3)])
                select Build(project, indicator, scale, phase, period, method, value, mutations);
            gen.Sample(check, iter: iter, threads: 1, seed: null);
        }

        /// <summary>Index 0 (a valid choice) most of the time, any index now and then.</summary>
        private static Gen<int> Pick(int length) => Gen.Int[0, 5 * length].Select(i => i < length ? i : 0);

        private static string Build(int project, int indicator, int scale, int phase, int period, int method, double value, int[] mutations)
        {
            // Mostly valid choices; the pools' tails are invalid forms.
            var o = new JsonObject
            {
                ["project"] = Projects[project],
                ["object"] = "blok-" + project,
                ["indicator"] = Indicators[indicator],
                ["scale"] = Scales[scale],
                ["phase"] = Phases[phase],
                ["value"] = Math.Round(value, 3),
                ["unit"] = "kWh/(m2.a)",
                ["period"] = Periods[period],
            };
            if (method >= 0)
            {
                o["method"] = Methods[method];
            }

            foreach (var m in mutations)
            {
                var name = Names[m % Names.Length];
                switch ((m / Names.Length) % 9)
                {
                    case 0: o.Remove(name); break;
                    case 1: o[name] = m; break;
                    case 2: o[name] = "text " + m; break;
                    case 3: o[name] = null; break;
                    case 4: o[name] = m % 2 == 0; break;
                    case 5: o[name] = new JsonArray(1, 2); break;
                    case 6: o[name] = new JsonObject { ["a"] = 1 }; break;
                    case 7: o[name] = new string('x', 60 + (m % 3 * 70)); break;
                    default: o[name] = "NL.A.B"; break;
                }
            }

            return o.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }
}
