using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Monitor;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Monitor;

/// <summary>The monitor's report (rules on hand-made exports), its HTML in headless Chromium, and the Parquet export with the documented queries.</summary>
public sealed partial class MonitorReportTests : IDisposable
{
    private const string Mpg = "tbgo.env.materials.mpg";
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-monitor-report-").FullName;

    private string StorePath => Path.Combine(_dir, "store.duckdb");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Export(string name, params string[] records)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, records);
        return path;
    }

    private static string MpgRecord(string obj, double value, string period, string buildingType, string? basis = "nmd-shadow-prices-a2", double floorArea = 1000) =>
        $"{{\"project\": \"NL.TEST.P\", \"object\": \"{obj}\", \"indicator\": \"{Mpg}\", \"scale\": \"gebouw\", \"phase\": \"plan\", \"value\": {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"unit\": \"EUR/(m2.a)\", \"period\": \"{period}\""
        + (basis is null ? string.Empty : $", \"basis\": \"{basis}\"") + $", \"buildingType\": \"{buildingType}\", \"floorArea\": {floorArea.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";

    [Fact]
    public async Task A_value_is_tested_against_the_limit_in_force_for_its_building_type_and_basis_and_the_latest_record_of_a_half_counts()
    {
        using var store = MonitorStore.Open(StorePath, Catalogue.Default);
        // 2026H2: the A2 limit for dwellings (1.6 EUR/(m2.a) from 1 July 2026) is in force on 31 December 2026.
        await store.IngestAsync(Export("h2.ndjson",
            MpgRecord("a", 2.5, "2026-08", "woonfunctie/grondgebonden"),
            MpgRecord("a", 1.2, "2026-12", "woonfunctie/grondgebonden"),   // later in the half: this one counts
            MpgRecord("b", 1.9, "2026-12", "woonfunctie/woongebouw", floorArea: 3000),
            MpgRecord("c", 0.9, "2026-12", "woonfunctie/grondgebonden", basis: null)));
        // 2026H1: on 30 June 2026 the limit in force is in the A1 set; an A2 value is not compared with it.
        await store.IngestAsync(Export("h1.ndjson", MpgRecord("a", 1.3, "2026-06", "woonfunctie/grondgebonden")));

        var report = store.Report("2026H2");
        Assert.Equal(["2026H1", "2026H2"], report.Halves.ToArray());
        var a = report.Series.Single(s => s.Key.Object == "a");
        Assert.Equal(2, a.Points.Length);
        var h1 = a.Points[0];
        Assert.Equal(LimitVerdict.NoLimit, h1.Verdict);
        Assert.Equal("nmd-shadow-prices-a1", h1.NotComparedLimit?.Basis);
        var h2 = a.Points[1];
        Assert.Equal(1.2, h2.Value);
        Assert.Equal(2, h2.Records);
        Assert.Equal(1.6m, h2.Limit!.Value);
        Assert.Equal(LimitVerdict.Pass, h2.Verdict);
        Assert.Equal(LimitVerdict.Fail, report.Series.Single(s => s.Key.Object == "b").Points.Single().Verdict);
        var c = report.Series.Single(s => s.Key.Object == "c").Points.Single();
        Assert.Equal(LimitVerdict.NoLimit, c.Verdict); // no basis stated: never compared with a limit in a weighting set
        Assert.NotNull(c.NotComparedLimit);

        // The roadmap runs to 2050 and the area roll-up is area-weighted, per basis (c has none, so it is apart).
        var roadmap = report.Roadmaps.Single(r => r.Key == a.Roadmap);
        Assert.Equal(2050, roadmap.Years[^1].Year);
        var rollup = report.Rollups.Single(r => r.Project == "NL.TEST.P" && r.Basis == "nmd-shadow-prices-a2");
        Assert.Equal(((1.2 * 1000) + (1.9 * 3000)) / 4000, rollup.Result!.Value, 12);
        Assert.Equal(2, rollup.Objects);
        Assert.Single(report.Rollups, r => r.Project is null && r.Basis == "nmd-shadow-prices-a2");

        Assert.Throws<ArgumentException>(() => store.Report("2026-H1"));
        Assert.Empty(store.Report("2026H2", "NL.OTHER.PROJECT").Series);
    }

    [Fact]
    public void The_cli_refuses_a_period_that_is_not_a_half_year()
    {
        var (exit, _, err) = CliRunner.Run("monitor", "report", "--store", StorePath, "--period", "2026", "--out", Path.Combine(_dir, "r"));
        Assert.Equal(1, exit);
        Assert.Contains("not a half-year", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_export_is_partitioned_by_half_year_and_the_documented_queries_give_the_same_answers_on_it_as_on_the_store()
    {
        var demo = MonitorDemo.Write(Path.Combine(_dir, "demo"), Catalogue.Default, projects: 4, halves: 4);
        Assert.Equal(1, CliRunner.Run(["monitor", "ingest", .. demo.Select(d => d.Path), "--store", StorePath]).Exit); // one demo export is invalid
        var parquet = Path.Combine(_dir, "parquet");
        var (exit, output, err) = CliRunner.Run("monitor", "export", "--store", StorePath, "--parquet", parquet);
        Assert.True(exit == 0, err);
        Assert.Contains("records", output, StringComparison.Ordinal);
        Assert.Equal(["half=2022H1", "half=2022H2", "half=2023H1", "half=2023H2"], Directory.GetDirectories(Path.Combine(parquet, "records")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToArray());
        Assert.True(File.Exists(Path.Combine(parquet, "exports.parquet")));

        var queries = DocumentedQueries();
        Assert.True(queries.Count >= 3, "docs/monitor.md should document at least three queries");
        using var fromStore = new DuckDBConnection("Data Source=" + StorePath);
        fromStore.Open();
        using var fromParquet = new DuckDBConnection("Data Source=:memory:");
        fromParquet.Open();
        Execute(fromParquet, $"CREATE VIEW records AS SELECT * FROM read_parquet('{parquet}/records/*/*.parquet', hive_partitioning = true)");
        Execute(fromParquet, $"CREATE VIEW exports AS SELECT * FROM read_parquet('{parquet}/exports.parquet')");
        foreach (var sql in queries)
        {
            var a = Rows(fromStore, sql);
            Assert.NotEmpty(a);
            Assert.Equal(a, Rows(fromParquet, sql));
        }

        // Re-exporting replaces, never appends.
        Assert.Equal(0, CliRunner.Run("monitor", "export", "--store", StorePath, "--parquet", parquet).Exit);
        Assert.Equal(Rows(fromStore, "SELECT count(*) FROM records"), Rows(fromParquet, "SELECT count(*) FROM records"));
    }

    [ChromiumFact]
    public void Chromium_renders_the_report_page_with_its_charts_and_roll_ups()
    {
        var chromium = TestSupport.Chromium.Path;
        Assert.True(chromium is not null, "Chromium is not installed, and CI=true requires it: run apt-get install -y chromium (.ci/run does this).");
        var demo = MonitorDemo.Write(Path.Combine(_dir, "demo"), Catalogue.Default, projects: 6, halves: 10);
        CliRunner.Run(["monitor", "ingest", .. demo.Select(d => d.Path), "--store", StorePath]);
        var out_ = Path.Combine(_dir, "report");
        Assert.Equal(0, CliRunner.Run("monitor", "report", "--store", StorePath, "--period", "2026H1", "--out", out_).Exit);
        var page = Path.Combine(out_, "report.html");
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:|//)", html); // self-contained: nothing loaded from elsewhere

        var dom = HtmlReportBrowserTests.Chromium(chromium!, _dir, "--dump-dom", new Uri(page).AbsoluteUri);
        Assert.Contains("Programme monitor: 2026H1", dom, StringComparison.Ordinal);
        Assert.True(Regex.Count(dom, "<svg") >= 20, "the page should hold a chart per indicator, scale and phase");
        Assert.Contains("id=\"rollup-table\"", dom, StringComparison.Ordinal);
        Assert.Contains("binding limit in force on 31 December", dom, StringComparison.Ordinal);
        Assert.Contains("roadmap to 2050", dom, StringComparison.Ordinal);

        var png = Path.Combine(_dir, "report.png");
        HtmlReportBrowserTests.Chromium(chromium!, _dir, "--screenshot=" + png, "--window-size=1280,2400", new Uri(page).AbsoluteUri);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"The screenshot is suspiciously small ({bytes.Length} bytes).");
        var keep = Environment.GetEnvironmentVariable("TBGO_SCREENSHOT_DIR");
        if (!string.IsNullOrEmpty(keep))
        {
            File.Copy(png, Path.Combine(keep, "monitor-report.png"), overwrite: true);
        }
    }

    [Fact]
    public void The_report_json_names_every_series_point_with_its_limit_and_verdict()
    {
        var demo = MonitorDemo.Write(Path.Combine(_dir, "demo"), Catalogue.Default, projects: 3, halves: 10);
        CliRunner.Run(["monitor", "ingest", .. demo.Select(d => d.Path), "--store", StorePath]);
        var out_ = Path.Combine(_dir, "report");
        Assert.Equal(0, CliRunner.Run("monitor", "report", "--store", StorePath, "--period", "2026H2", "--project", "NL.DEMO.PROJECT-02", "--out", out_).Exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(out_, "report.json")));
        var root = doc.RootElement;
        Assert.Equal("tbgo-monitor", root.GetProperty("report").GetString());
        Assert.Equal("NL.DEMO.PROJECT-02", root.GetProperty("project").GetString());
        Assert.All(root.GetProperty("series").EnumerateArray(), s => Assert.Equal("NL.DEMO.PROJECT-02", s.GetProperty("project").GetString()));
        Assert.DoesNotContain(root.GetProperty("rollups").EnumerateArray(), r => r.GetProperty("project").ValueKind == JsonValueKind.Null); // no programme roll-up for one project
        var keys = root.GetProperty("roadmaps").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToHashSet();
        Assert.All(root.GetProperty("series").EnumerateArray(), s => Assert.Contains(s.GetProperty("roadmap").GetString(), keys));
        Assert.Contains(root.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray()), p => p.GetProperty("verdict").GetString() == "fail" && p.GetProperty("limit").GetProperty("value").GetDouble() > 0);
    }

    /// <summary>The SQL blocks under "## Queries" in docs/monitor.md.</summary>
    private static List<string> DocumentedQueries()
    {
        var doc = File.ReadAllText(RepoPaths.Combine("docs", "monitor.md"));
        var section = doc[doc.IndexOf("## Queries", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        section = next < 0 ? section : section[..next];
        return [.. SqlBlock().Matches(section).Select(m => m.Groups[1].Value.Trim())];
    }

    [GeneratedRegex("```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    private static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<string> Rows(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
