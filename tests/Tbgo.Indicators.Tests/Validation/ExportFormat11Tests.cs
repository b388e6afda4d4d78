using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Schema;
using static Tbgo.Indicators.Tests.Validation.ExportTestSupport;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>
/// Exchange format 1.1 (issue 12): optional basis (weighting set or method version) and weights (floor area,
/// dwellings, residents) per record, in JSON, NDJSON and CSV; every 1.0 export stays valid.
/// </summary>
public sealed class ExportFormat11Tests
{
    private const string Mpg = "tbgo.env.materials.mpg";

    private static string MpgRecord(string extra, string obj = "blok-a") =>
        Record(value: "0.62", unit: "\"EUR/(m2.a)\"", indicator: Mpg, obj: obj).TrimEnd('}') + ", " + extra + "}";

    [Fact]
    public async Task A_record_with_basis_and_weights_is_valid_in_every_container_and_keeps_them_when_normalised()
    {
        var record = MpgRecord("\"basis\": \"nmd-shadow-prices-a2\", \"floorArea\": 1250.5, \"dwellings\": 14, \"residents\": 31");
        Assert.DoesNotContain(Validate(JsonExport(record), ExportFormat.Json).Diagnostics, d => d.IsError);
        Assert.DoesNotContain(Validate(record, ExportFormat.Ndjson).Diagnostics, d => d.IsError);
        var csv = "project,object,indicator,scale,phase,value,unit,period,basis,floorArea,dwellings\n"
            + $"NL.ROTTERDAM.SCHIEHAVEN-NOORD,blok-a,{Mpg},gebouw,plan,0.62,EUR/(m2.a),2026,nmd-shadow-prices-a1,1250.5,14\n";
        var (csvDiagnostics, _) = Validate(csv, ExportFormat.Csv);
        Assert.DoesNotContain(csvDiagnostics, d => d.IsError);

        var output = new MemoryStream();
        var summary = await new ExportValidator(Catalogue.Default).SummarizeAsync(new MemoryStream(Encoding.UTF8.GetBytes(record)), new ExportValidationOptions { Format = ExportFormat.Ndjson, NormaliseTo = output });
        Assert.Equal(1, summary.NormalisedRecords);
        var line = Encoding.UTF8.GetString(output.ToArray()).Trim();
        using var doc = JsonDocument.Parse(line);
        Assert.Equal("nmd-shadow-prices-a2", doc.RootElement.GetProperty("basis").GetString());
        Assert.Equal(1250.5, doc.RootElement.GetProperty("floorArea").GetDouble());
        Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("dwellings").ValueKind);
        var schema = SchemaCompiler.Compile(EmbeddedData.ReadSchema("measurement-normalised-record.schema.json"));
        Assert.Empty(SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty)));
    }

    [Fact]
    public void A_negative_weight_a_badly_formed_basis_and_a_weight_as_text_are_each_located()
    {
        var ndjson = string.Join("\n",
            MpgRecord("\"floorArea\": -5", "a"),
            MpgRecord("\"basis\": \"NMD A2\"", "b"),
            MpgRecord("\"dwellings\": \"14\"", "c"),
            MpgRecord("\"residents\": 0", "d"));
        var (diagnostics, summary) = Validate(ndjson, ExportFormat.Ndjson);
        var negative = Single(diagnostics, "TBGO5030");
        Assert.Equal(1, negative.Location.Line);
        Assert.Equal("/floorArea", negative.Location.Pointer);
        Assert.Contains("-5", negative.Message, StringComparison.Ordinal);
        Assert.Equal(2, Single(diagnostics, "TBGO5008").Location.Line);
        Assert.Equal(3, Single(diagnostics, "TBGO5006").Location.Line);
        Assert.Equal(3, summary.Errors);
    }

    [Fact]
    public void Every_shipped_sample_export_of_format_1_0_is_still_valid_under_both_engines()
    {
        var oracle = SafeNJsonSchema.Load(File.ReadAllText(RepoPaths.Combine("schemas", "measurement-export.schema.json")));
        var folder = RepoPaths.Combine("samples", "exports");
        var files = Directory.GetFiles(folder, "valid*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(text, "floorArea", StringComparison.Ordinal);
            Assert.Empty(oracle.Validate(text));
            Assert.DoesNotContain(Validate(text, ExportFormat.Json).Diagnostics, d => d.IsError);
        }
    }
    [Fact]
    public async Task Format_1_2_building_type_and_variant_are_valid_kept_when_normalised_and_located_when_badly_formed()
    {
        var record = MpgRecord("\"buildingType\": \"woonfunctie/grondgebonden\", \"variant\": \"ufa-over-1000-m2\"");
        Assert.DoesNotContain(Validate(JsonExport(record), ExportFormat.Json).Diagnostics, d => d.IsError);
        var csv = "project,object,indicator,scale,phase,value,unit,period,buildingType\n"
            + $"NL.ROTTERDAM.SCHIEHAVEN-NOORD,blok-a,{Mpg},gebouw,plan,0.62,EUR/(m2.a),2026,kantoorfunctie\n";
        Assert.DoesNotContain(Validate(csv, ExportFormat.Csv).Diagnostics, d => d.IsError);

        var output = new MemoryStream();
        await new ExportValidator(Catalogue.Default).SummarizeAsync(new MemoryStream(Encoding.UTF8.GetBytes(record)), new ExportValidationOptions { Format = ExportFormat.Ndjson, NormaliseTo = output });
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()).Trim());
        Assert.Equal("woonfunctie/grondgebonden", doc.RootElement.GetProperty("buildingType").GetString());
        Assert.Equal("ufa-over-1000-m2", doc.RootElement.GetProperty("variant").GetString());

        var (diagnostics, summary) = Validate(string.Join("\n", MpgRecord("\"buildingType\": \"Woonfunctie\"", "a"), MpgRecord("\"variant\": \"UFA > 1000\"", "b")), ExportFormat.Ndjson);
        Assert.Equal(2, summary.Errors);
        Assert.Equal(["/buildingType", "/variant"], diagnostics.Where(d => d.IsError).Select(d => d.Location.Pointer!).ToArray());
    }
    [Fact]
    public void A_building_type_not_in_the_catalogue_is_an_error_with_a_did_you_mean()
    {
        var (diagnostics, summary) = Validate(string.Join("\n", MpgRecord("\"buildingType\": \"woonfunctie/grondgebondn\"", "a"), MpgRecord("\"buildingType\": \"kantoorfunctie\"", "b")), ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5031");
        Assert.Equal(1, d.Location.Line);
        Assert.Equal("/buildingType", d.Location.Pointer);
        Assert.Contains("'woonfunctie/grondgebonden'", d.Hint, StringComparison.Ordinal);
        Assert.Equal(1, summary.Errors);
    }
}
