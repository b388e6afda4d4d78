using System.Text.Json;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

public sealed class CalcCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TbgoCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Sample(string name) => RepoPaths.Combine("samples", "calculators", name + ".json");

    [Theory]
    [InlineData("wlc")]
    [InlineData("mpg")]
    [InlineData("biogenic")]
    [InlineData("circularity")]
    [InlineData("taxonomy")]
    [InlineData("epbd")]
    [InlineData("limits")]
    [InlineData("percentile")]
    [InlineData("rollup")]
    [InlineData("pathway")]
    public void Every_sample_prints_json_by_default_and_a_table_on_request(string name)
    {
        var (exit, output, error) = Run("calc", name, "--input", Sample(name));
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(name, doc.RootElement.GetProperty("calculator").GetString());
        var text = Run("calc", name, "--input", Sample(name), "--format", "text");
        Assert.Equal(0, text.Exit);
        Assert.Contains("Method:", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathway_text_names_the_misalignment_year_and_json_has_both_fields()
    {
        var json = Run("calc", "pathway", "--input", Sample("pathway"));
        Assert.True(json.Exit == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var year = doc.RootElement.GetProperty("misalignmentYear");
        Assert.Equal(year.ToString(), doc.RootElement.GetProperty("strandingYear").ToString());
        var text = Run("calc", "pathway", "--input", Sample("pathway"), "--format", "text");
        Assert.Equal(0, text.Exit);
        Assert.Contains(year.ValueKind == JsonValueKind.Null ? "Never above the pathway" : "Misalignment year " + year.GetInt32() + ":", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Stranded", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Wlc_takes_a_biogenic_result_written_by_calc_biogenic_and_says_so_in_the_text()
    {
        var biogenic = Run("calc", "biogenic", "--input", Sample("biogenic"));
        Assert.True(biogenic.Exit == 0, biogenic.Err);
        using var b = JsonDocument.Parse(biogenic.Out);
        var stored = b.RootElement.GetProperty("total").GetProperty("value").GetDouble();
        var input = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample("wlc")))!.AsObject();
        input["biogenicResult"] = System.Text.Json.Nodes.JsonNode.Parse(biogenic.Out);
        input["modules"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"module": "B6", "gwpTotal": {"value": 1000, "unit": "kg CO2-eq"}}]""");
        var path = Path.Combine(Path.GetTempPath(), "tbgo-wlc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, input.ToJsonString());
        try
        {
            var json = Run("calc", "wlc", "--input", path);
            Assert.True(json.Exit == 0, json.Out + json.Err);
            using var w = JsonDocument.Parse(json.Out);
            Assert.Equal(stored, w.RootElement.GetProperty("biogenic").GetProperty("fromBiogenicResult").GetProperty("storedCo2").GetProperty("value").GetDouble());
            var text = Run("calc", "wlc", "--input", path, "--format", "text");
            Assert.Equal(0, text.Exit);
            Assert.Contains("kg CO2 stored: -1 in A1-A3, +1 in C3", text.Out, StringComparison.Ordinal);
            Assert.Contains("OF WHICH BUILDING-LEVEL", text.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Invalid_input_prints_located_diagnostics_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-calc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"value\": {\"value\": 1, \"unit\": \"kg\"}}");
        try
        {
            var (exit, output, _) = Run("calc", "limits", "--input", path);
            Assert.Equal(1, exit);
            using var doc = JsonDocument.Parse(output);
            var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("TBGO6003", d.GetProperty("code").GetString());
            Assert.Equal("/value/unit", d.GetProperty("pointer").GetString());
            var text = Run("calc", "limits", "--input", path, "--format", "text");
            Assert.Contains("/value/unit: TBGO6003", text.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Roadmap_option_sets_the_years_and_chart_writes_an_svg()
    {
        var svg = Path.Combine(Path.GetTempPath(), "tbgo-roadmap-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var (exit, output, error) = Run("calc", "limits", "--input", Sample("limits"), "--roadmap", "2020", "2030", "--chart", svg);
            Assert.True(exit == 0, error);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(11, doc.RootElement.GetProperty("roadmap").GetArrayLength());
            var content = File.ReadAllText(svg);
            Assert.StartsWith("<?xml", content, StringComparison.Ordinal);
            Assert.Contains("<svg", content, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Mpg_chart_is_written()
    {
        var svg = Path.Combine(Path.GetTempPath(), "tbgo-mpg-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var (exit, _, error) = Run("calc", "mpg", "--input", Sample("mpg"), "--chart", svg);
            Assert.True(exit == 0, error);
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Usage_errors_exit_2_and_missing_files_exit_1()
    {
        Assert.Equal(2, Run("calc", "nope", "--input", "x.json").Exit);
        Assert.Equal(2, Run("calc", "mpg").Exit);
        Assert.Equal(2, Run("calc", "limits", "--input", Sample("limits"), "--roadmap", "2020").Exit);
        Assert.Equal(1, Run("calc", "mpg", "--input", "/nonexistent/input.json").Exit);
    }

    [Fact]
    public void Text_from_the_input_cannot_send_terminal_escapes_or_forge_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-escape-" + Guid.NewGuid().ToString("N") + ".json");
        var json = File.ReadAllText(Sample("biogenic")).Replace("\"clt-walls\"", "\"clt\\nOK: forged\\u001b[31m\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);
        try
        {
            foreach (var format in new[] { "text", "json" })
            {
                var (_, output, error) = Run("calc", "biogenic", "--input", path, "--format", format);
                Assert.DoesNotContain('\u001b', output + error);
                Assert.DoesNotContain("\nOK: forged", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
