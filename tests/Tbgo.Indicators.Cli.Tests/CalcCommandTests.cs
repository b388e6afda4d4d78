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
    [InlineData("detachability")]
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

    /// <summary>Runs <paramref name="test"/> with the path of a temporary input file holding <paramref name="json"/>.</summary>
    private static void WithInputFile(string json, Action<string> test)
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-calc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        try
        {
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rollup_of_a_share_of_objects_indicator_from_a_file_gives_the_share_as_json_and_text() => WithInputFile("""
        {"indicator": "tbgo.env.materials.biobased-share", "area": "four blocks",
         "objects": [
           {"id": "a", "value": {"value": 35, "unit": "%"}, "dwellings": {"value": 40, "unit": "dwelling"}},
           {"id": "b", "value": {"value": 20, "unit": "%"}, "dwellings": {"value": 60, "unit": "dwelling"}},
           {"id": "c", "value": {"value": 0.3, "unit": "1"}, "dwellings": {"value": 20, "unit": "dwelling"}},
           {"id": "d", "value": {"value": 10, "unit": "%"}, "dwellings": {"value": 80, "unit": "dwelling"}}]}
        """, path =>
    {
        var (exit, output, error) = Run("calc", "rollup", "--input", path);
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("share-of-objects", root.GetProperty("aggregation").GetString());
        Assert.Equal(30, root.GetProperty("value").GetProperty("value").GetDouble(), 9);
        Assert.Equal("%", root.GetProperty("value").GetProperty("unit").GetString());
        Assert.Equal(60, root.GetProperty("share").GetProperty("passingWeight").GetDouble(), 9);
        Assert.Equal("unconfirmed", root.GetProperty("warnings")[0].GetProperty("code").GetString());

        var text = Run("calc", "rollup", "--input", path, "--format", "text");
        Assert.True(text.Exit == 0, text.Err);
        Assert.Contains("tbgo.env.materials.biobased-share for four blocks: 30 % (share-of-objects over 4 objects, total weight 200 dwelling)", text.Out, StringComparison.Ordinal);
        Assert.Contains("  2 of 4 objects pass >= 30 %, weighing 60 of 200 dwelling (dwellings)", text.Out, StringComparison.Ordinal);
        Assert.Contains("  - unconfirmed: The share-of-objects rule of 'tbgo.env.materials.biobased-share'", text.Out, StringComparison.Ordinal);
    });

    [Fact]
    public void Rollup_share_of_objects_with_a_missing_weight_fails_at_the_object() => WithInputFile("""
        {"indicator": "tbgo.env.materials.biobased-share", "objects": [{"id": "a", "value": {"value": 35, "unit": "%"}, "dwellings": {"value": 40, "unit": "dwelling"}}, {"id": "school", "value": {"value": 40, "unit": "%"}}]}
        """, path =>
    {
        var (exit, output, error) = Run("calc", "rollup", "--input", path);
        Assert.Equal(1, exit);
        Assert.Contains("no result was computed", error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("TBGO6011", "/objects/1", path, 1), (d.GetProperty("code").GetString(), d.GetProperty("pointer").GetString(), d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32()));
        Assert.StartsWith("Object 'school' has no 'dwellings'", d.GetProperty("message").GetString(), StringComparison.Ordinal);
    });

    [Fact]
    public void Limits_text_names_the_limit_not_compared_with_and_the_warning_code()
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-calc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2026-07-01\", \"basis\": \"nmd-shadow-prices-a1\", \"scope\": {\"scale\": \"gebouw\", \"buildingType\": \"woonfunctie\"}, \"value\": {\"value\": 0.7, \"unit\": \"EUR/(m2.a)\"}}");
        try
        {
            var (exit, output, error) = Run("calc", "limits", "--input", path, "--format", "text");
            Assert.True(exit == 0, error);
            Assert.Contains("  no limit in force in nmd-shadow-prices-a1", output, StringComparison.Ordinal);
            Assert.Contains("  limit in force, NOT COMPARED: <= 1.6 EUR/(m2.a) in nmd-shadow-prices-a2 (from 2026-07-01, nmd-bbl-2026", output, StringComparison.Ordinal);
            Assert.Contains("(out-of-validity, see the warnings)", output, StringComparison.Ordinal);
            Assert.Contains("  value 0.7 EUR/(m2.a): NOT COMPARED", output, StringComparison.Ordinal);
            Assert.Contains("  - out-of-validity: On 2026-07-01 no binding limit", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Mpg_text_shows_mki_before_and_after_uplift_and_the_total_adds_up_to_the_rows_shown()
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-calc-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """
            {"weightingSet": "nmd-shadow-prices-a1", "bvo": {"value": 100, "unit": "m2"}, "referenceStudyPeriod": {"value": 75, "unit": "a"},
             "functions": [{"buildingType": "woonfunctie", "usableArea": {"value": 90, "unit": "m2"}}],
             "elements": [
               {"id": "roof", "dataCategory": "3", "impacts": [{"category": "gwp", "amount": {"value": 1000, "unit": "kg CO2-eq"}}, {"category": "ap", "amount": {"value": -2, "unit": "kg SO2-eq"}}]},
               {"id": "walls", "dataCategory": "1", "impacts": [{"category": "gwp", "amount": {"value": 500, "unit": "kg CO2-eq"}}]},
               {"id": "window", "dataCategory": "3", "mki": {"value": 40, "unit": "EUR"}}]}
            """);
        try
        {
            var (exit, output, error) = Run("calc", "mpg", "--input", path, "--format", "text");
            Assert.True(exit == 0, error);
            var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var header = lines.Single(l => l.StartsWith("CATEGORY", StringComparison.Ordinal));
            Assert.Contains("AMOUNT (before uplift)", header, StringComparison.Ordinal);
            Assert.Contains("MKI BEFORE UPLIFT (EUR)", header, StringComparison.Ordinal);
            Assert.Contains("MKI AFTER UPLIFT (EUR)", header, StringComparison.Ordinal);
            var before = header.IndexOf("MKI BEFORE", StringComparison.Ordinal);
            var after = header.IndexOf("MKI AFTER", StringComparison.Ordinal);
            var note = header.IndexOf("NOTE", StringComparison.Ordinal);
            double Cell(string line, int from, int to) => double.Parse(line[from..Math.Min(to, line.Length)].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var rows = lines.Skip(lines.IndexOf(header) + 1).TakeWhile(l => !l.StartsWith("TOTAL", StringComparison.Ordinal)).ToList();
            var total = lines.Single(l => l.StartsWith("TOTAL", StringComparison.Ordinal));
            var counted = rows.Where(l => l.Length > after && l[after..Math.Min(note, l.Length)].Trim() != "-" && !l.Contains("not added", StringComparison.Ordinal) && !l.Contains("not included", StringComparison.Ordinal)).ToList();

            // gwp: 1500 kg x 0.05 = 75 before uplift; the roof's 50 is uplifted to 65, so 90 after. ap: -2 x 4 = -8, a credit, not uplifted.
            var gwp = rows.Single(l => l.StartsWith("gwp ", StringComparison.Ordinal));
            Assert.Contains("1500 kg CO2-eq", gwp, StringComparison.Ordinal);
            Assert.Equal(75, Cell(gwp, before, after), 9);
            Assert.Equal(90, Cell(gwp, after, note), 9);
            var window = rows.Single(l => l.StartsWith("element window", StringComparison.Ordinal));
            Assert.Equal(40, Cell(window, before, after), 9);
            Assert.Equal(52, Cell(window, after, note), 9);
            Assert.Equal(counted.Sum(l => Cell(l, before, after)), Cell(total, before, after), 0.005 * counted.Count);
            Assert.Equal(counted.Sum(l => Cell(l, after, note)), Cell(total, after, note), 0.005 * counted.Count);
            Assert.Equal(75 - 8 + 40, Cell(total, before, after), 9);
            Assert.Equal(90 - 8 + 52, Cell(total, after, note), 9);
            Assert.Contains("  MKI 134 EUR", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
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
        const string Input = "{\"indicator\": \"tbgo.env.materials.mpg\", \"date\": \"2024-01-01\", \"value\": {\"value\": 1, \"unit\": \"kg\"}}";
        File.WriteAllText(path, Input);
        try
        {
            var (exit, output, _) = Run("calc", "limits", "--input", path);
            Assert.Equal(1, exit);
            using var doc = JsonDocument.Parse(output);
            var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("TBGO6003", d.GetProperty("code").GetString());
            Assert.Equal("/value/unit", d.GetProperty("pointer").GetString());
            var column = Input.IndexOf("\"unit\"", StringComparison.Ordinal) + 1;
            Assert.Equal(1, d.GetProperty("line").GetInt32());
            Assert.Equal(column, d.GetProperty("column").GetInt32());
            var text = Run("calc", "limits", "--input", path, "--format", "text");
            Assert.Contains($"{path}:1:{column}: TBGO6003", text.Out, StringComparison.Ordinal);
            Assert.Contains("    at: /value/unit", text.Out, StringComparison.Ordinal);
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

    [Fact]
    public void Calc_passport_runs_the_five_calculators_and_a_broken_passport_exits_1_with_file_line_and_pointer()
    {
        var sample = RepoPaths.Combine("samples", "passports", "rijwoning.json");
        var (exit, output, error) = Run("calc", "passport", "--input", sample);
        Assert.True(exit == 0, error);
        using (var doc = JsonDocument.Parse(output))
        {
            Assert.Equal(["mpg", "wlc", "biogenic", "circularity", "detachability"], doc.RootElement.GetProperty("results").EnumerateObject().Select(p => p.Name));
        }

        var text = Run("calc", "passport", "--input", sample, "--format", "text");
        Assert.Equal(0, text.Exit);
        Assert.Contains("5 of 5 calculators ran", text.Out, StringComparison.Ordinal);
        Assert.Contains("== detachability ==", text.Out, StringComparison.Ordinal);

        var broken = Path.Combine(Path.GetTempPath(), $"tbgo-passport-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, File.ReadAllText(sample).Replace("\"moistureContent\": {\n      \"value\": 12", "\"moistureContent\": {\n      \"value\": \"12\"", StringComparison.Ordinal));
        try
        {
            var bad = Run("calc", "passport", "--input", broken, "--format", "text");
            Assert.Equal(1, bad.Exit);
            Assert.Contains(broken + ":", bad.Out, StringComparison.Ordinal);
            Assert.Contains("at: /elements/3/materials/0/moistureContent/value", bad.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Import_lcax_writes_a_passport_that_calc_passport_reads_and_reports_the_losses()
    {
        var lcax = RepoPaths.Combine("samples", "lcax", "steel-wall.json");
        var (exit, output, error) = Run("import", "lcax", lcax);
        Assert.True(exit == 0, error);
        Assert.Contains("Loss report: ", error, StringComparison.Ordinal);
        Assert.Contains("/projectInfo/heatedFloorArea", error, StringComparison.Ordinal);
        var passport = Path.Combine(Path.GetTempPath(), $"tbgo-lcax-{Guid.NewGuid():N}.json");
        try
        {
            var json = Run("import", "lcax", lcax, "--out", passport, "--format", "json");
            Assert.Equal(0, json.Exit);
            using (var doc = JsonDocument.Parse(json.Out))
            {
                Assert.NotEqual(0, doc.RootElement.GetProperty("losses").GetArrayLength());
            }

            Assert.Equal(output.Trim(), File.ReadAllText(passport).Trim());
            var calc = Run("calc", "passport", "--input", passport);
            Assert.True(calc.Exit == 0, calc.Err);
        }
        finally
        {
            File.Delete(passport);
        }

        Assert.Equal(1, Run("import", "lcax", RepoPaths.Combine("samples", "calculators", "mpg.json")).Exit);
    }
}
