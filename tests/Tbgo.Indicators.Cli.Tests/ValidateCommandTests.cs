using System.Text.Json;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static string Sample(string name) => RepoPaths.Combine("samples", "exports", name);

    [Theory]
    [InlineData("valid.json")]
    [InlineData("valid.ndjson")]
    public void ValidExportExitsZero(string file)
    {
        var (exit, output, error) = CliRunner.Run("validate", Sample(file));
        Assert.Equal(0, exit);
        Assert.Contains("VALID: 7 records read, 7 valid, 0 invalid; 0 errors, 0 warnings.", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void ValidCsvWithDecimalCommaExitsZero()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("valid.csv"), "--decimal-comma");
        Assert.Equal(0, exit);
        Assert.Contains("VALID", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid.json")]
    [InlineData("invalid.ndjson")]
    [InlineData("invalid.csv")]
    public void InvalidExportExitsOneAndPrintsATable(string file)
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample(file), "--decimal-comma");
        Assert.Equal(1, exit);
        Assert.Contains(" RECORD  LINE:COL   CODE      FIELD      MESSAGE", output, StringComparison.Ordinal);
        Assert.Contains("INVALID:", output, StringComparison.Ordinal);
        Assert.Contains("CODE      COUNT  TITLE", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "no-such-file.json")]
    [InlineData("validate", "samples/exports/README.md")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--max-errors", "-1")]
    [InlineData("validate", "x.json", "--no-such-option")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run([.. args.Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? RepoPaths.Combine(a.Split('/')) : a)]);
        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void JsonHoldsEveryDiagnosticAndTheSummary()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("invalid.ndjson"), "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("tbgo validate", root.GetProperty("tool").GetString());
        Assert.Equal("ndjson", root.GetProperty("inputFormat").GetString());
        Assert.Equal("2026.1", root.GetProperty("catalogue").GetProperty("version").GetString());
        var diagnostics = root.GetProperty("diagnostics");
        var summary = root.GetProperty("summary");
        Assert.False(summary.GetProperty("valid").GetBoolean());
        Assert.Equal(summary.GetProperty("diagnostics").GetInt64(), diagnostics.GetArrayLength());
        Assert.Equal(17, summary.GetProperty("recordsRead").GetInt64());
        var first = diagnostics[0];
        Assert.Equal("TBGO5012", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
        Assert.Equal(2, first.GetProperty("record").GetInt64());
        Assert.Equal("/indicator", first.GetProperty("pointer").GetString());
        Assert.Equal("Did you mean 'tbgo.env.climate.life-cycle-gwp'?", first.GetProperty("hint").GetString());
        Assert.Equal(1, summary.GetProperty("byCode").GetProperty("TBGO5012").GetInt64());
        Assert.Equal(10, summary.GetProperty("byIndicator").GetProperty("tbgo.env.energy.beng-1").GetInt64());
    }

    [Fact]
    public void TheShortFormatAliasWorksAndHelpListsFormatOnce()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("valid.json"), "-f", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("valid").GetBoolean());

        var (_, help, _) = CliRunner.Run("validate", "--help");
        Assert.Single(help.Split('\n'), l => l.TrimStart().StartsWith("-f, --format", StringComparison.Ordinal));
        Assert.DoesNotContain("\n  --format", help, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxErrorsLimitsThePrintNotTheCount()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("invalid.ndjson"), "--format", "json", "--max-errors", "3");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(3, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("printed").GetInt64());
        Assert.Equal(20, summary.GetProperty("errors").GetInt64());
        Assert.Equal(20, summary.GetProperty("diagnostics").GetInt64());

        var (_, text, _) = CliRunner.Run("validate", Sample("invalid.ndjson"), "--max-errors", "0");
        Assert.DoesNotContain("TBGO5012  indicator", text, StringComparison.Ordinal);
        Assert.Contains("20 errors", text, StringComparison.Ordinal);
        Assert.Contains("Printed 0 of 20 diagnostics", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SarifIsAMinimalValidLog()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("invalid.json"), "--format", "sarif");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("tbgo", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results");
        Assert.Equal(20, results.GetArrayLength());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        foreach (var r in results.EnumerateArray())
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), rules);
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void CatalogueVersionOptionMustMatch()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("valid.ndjson"), "--catalogue-version", "2025.2");
        Assert.Equal(1, exit);
        Assert.Contains("TBGO5021", output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("validate", Sample("valid.ndjson"), "--catalogue-version", "2026.1").Exit);
    }

    [Fact]
    public void NormaliseWritesTheValidRecords()
    {
        var path = Path.Combine(Path.GetTempPath(), "tbgo-normalise-" + Guid.NewGuid().ToString("N") + ".ndjson");
        try
        {
            var (exit, output, _) = CliRunner.Run("validate", Sample("invalid.ndjson"), "--normalise", path);
            Assert.Equal(1, exit);
            Assert.Contains("Normalised 1 valid record.", output, StringComparison.Ordinal);
            Assert.Single(File.ReadAllLines(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void HtmlIsOneSelfContainedPage()
    {
        var (exit, output, _) = CliRunner.Run("validate", Sample("invalid.json"), "--format", "html");
        Assert.Equal(1, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("id=\"summary\"", output, StringComparison.Ordinal);
        Assert.Contains("id=\"by-code\"", output, StringComparison.Ordinal);
        Assert.Contains("id=\"by-indicator\"", output, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"TBGO5012\">", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", output, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", output, StringComparison.Ordinal);
    }
}
