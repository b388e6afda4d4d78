using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Reporting;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Tests.Reporting;

/// <summary>The validation reports are library API: each format from C#, the same as the CLI's.</summary>
public sealed class ExportReportsTests
{
    private static readonly string Invalid = RepoPaths.Combine("samples", "exports", "invalid.ndjson");

    private static async Task<(string Text, ExportSummary Summary)> Report(ExportReportFormat format, string file, long max = long.MaxValue)
    {
        var options = new ExportValidationOptions { FileName = file };
        await using var input = File.OpenRead(file);
        var run = new ExportValidator(Catalogue.Default).Validate(input, options);
        var output = new StringWriter();
        var report = ExportReports.Create(format, output);
        var summary = await ExportReports.WriteAsync(report, run, file, options.EffectiveFormat, Catalogue.Default, max);
        (report as IDisposable)?.Dispose();
        return (output.ToString(), summary);
    }

    [Fact]
    public void The_container_is_taken_from_the_file_name_when_not_given()
    {
        Assert.Equal(ExportFormat.Csv, new ExportValidationOptions { FileName = "x.csv" }.EffectiveFormat);
        Assert.Equal(ExportFormat.Ndjson, new ExportValidationOptions { FileName = "dir/x.JSONL" }.EffectiveFormat);
        Assert.Equal(ExportFormat.Json, new ExportValidationOptions { FileName = "x.txt" }.EffectiveFormat);
        Assert.Equal(ExportFormat.Json, new ExportValidationOptions().EffectiveFormat);
        Assert.Equal(ExportFormat.Ndjson, new ExportValidationOptions { FileName = "x.csv", Format = ExportFormat.Ndjson }.EffectiveFormat);
    }

    [Fact]
    public async Task A_csv_file_name_alone_makes_the_validator_read_csv()
    {
        var file = RepoPaths.Combine("samples", "exports", "valid.csv");
        await using var input = File.OpenRead(file);
        var summary = await new ExportValidator(Catalogue.Default).SummarizeAsync(input, new ExportValidationOptions { FileName = file, DecimalComma = true });
        Assert.True(summary.IsValid);
        Assert.True(summary.RecordsRead > 1);
    }

    [Fact]
    public async Task Sarif_names_the_driver_and_its_version()
    {
        var (text, summary) = await Report(ExportReportFormat.Sarif, Invalid);
        using var doc = JsonDocument.Parse(text);
        var driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("tbgo", driver.GetProperty("name").GetString());
        var version = driver.GetProperty("version").GetString();
        Assert.Equal(ExportReports.ToolVersion, version);
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\z", version);
        Assert.Equal(summary.ByCode.Values.Sum(), doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Json_report_counts_all_and_prints_at_most_the_maximum()
    {
        var (text, summary) = await Report(ExportReportFormat.Json, Invalid, max: 3);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(3, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
        var s = doc.RootElement.GetProperty("summary");
        Assert.Equal(summary.ByCode.Values.Sum(), s.GetProperty("diagnostics").GetInt64());
        Assert.Equal(3, s.GetProperty("printed").GetInt64());
        Assert.False(s.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Html_and_text_reports_give_the_verdict()
    {
        var (html, _) = await Report(ExportReportFormat.Html, Invalid);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("INVALID", html, StringComparison.Ordinal);
        var (text, _) = await Report(ExportReportFormat.Text, Invalid);
        Assert.Contains("\nINVALID: 17 records read", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", ExportReportFormat.Text)]
    [InlineData("SARIF", ExportReportFormat.Sarif)]
    [InlineData("json", ExportReportFormat.Json)]
    [InlineData("html", ExportReportFormat.Html)]
    public void Format_codes_parse(string code, ExportReportFormat expected)
    {
        Assert.True(ExportReports.TryParseFormat(code, out var format));
        Assert.Equal(expected, format);
        Assert.False(ExportReports.TryParseFormat("xml", out _));
    }

    [Fact]
    public async Task A_field_in_the_data_cannot_forge_a_line_or_send_escapes_in_the_text_report()
    {
        // The indicator id carries a newline, a forged verdict and an ANSI colour sequence.
        var line = "{\"project\":\"p1\",\"indicator\":\"tbgo.x\\nVALID: 1 record read\\u001b[32m\",\"phase\":\"plan\",\"scale\":\"gebouw\",\"period\":\"2026H1\",\"value\":1,\"unit\":\"m2\"}\n";
        var path = Path.Combine(Path.GetTempPath(), "tbgo-forge-" + Guid.NewGuid().ToString("N") + ".ndjson");
        await File.WriteAllTextAsync(path, line, new UTF8Encoding(false));
        try
        {
            var (text, _) = await Report(ExportReportFormat.Text, path);
            Assert.DoesNotContain('\u001b', text);
            Assert.DoesNotContain("\nVALID", text, StringComparison.Ordinal);
            Assert.Contains("\\nVALID: 1 record read\\u001B[32m", text, StringComparison.Ordinal);
            Assert.Contains("\nINVALID: 1 record read", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plain text, é and 😀", "plain text, é and 😀")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\tb", "a\\r\\tb")]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("x\u0085y\u2028z", "x\\u0085y\\u2028z")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("del\u007F", "del\\u007F")]
    public void Terminal_text_escapes_controls_and_keeps_the_rest(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(input));

    [Fact]
    public void Table_cells_are_escaped_and_aligned()
    {
        var table = TextTable.Format(["A", "B"], [["x\ny", "1"], ["long cell", "2"]]);
        Assert.Equal("A          B\nx\\ny       1\nlong cell  2\n", table);
    }
}
