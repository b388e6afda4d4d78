using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Tbgo.Indicators.Monitor;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// The monitor report over the demo data set (30 projects x 10 half-years, every indicator that applies in each
/// project's phase, at area level and per object): the report model, and the model written as JSON and HTML (what
/// <c>tbgo monitor report</c> does), against the baseline of the store's own SQL fetching the same latest-per-series
/// rows and nothing else.
/// Run: dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*MonitorReport*'
/// </summary>
[MemoryDiagnoser]
public class MonitorReportBenchmarks
{
    private const string Period = "2026H1";
    private string _dir = null!;
    private Catalogue _catalogue = null!;
    private MonitorStore _store = null!;
    private DuckDBConnection _sql = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("tbgo-bench-report-").FullName;
        _catalogue = Catalogue.Default;
        var exports = MonitorDemo.Write(Path.Combine(_dir, "exports"), _catalogue);
        var path = Path.Combine(_dir, "store.duckdb");
        using (var store = MonitorStore.Open(path, _catalogue))
        {
            foreach (var e in exports)
            {
                store.IngestAsync(e.Path).GetAwaiter().GetResult();
            }
        }

        _store = MonitorStore.Open(path, _catalogue);
        Console.WriteLine($"// store: {_store.Status().Records} records of {exports.Length} exports; report {Period}: {_store.Report(Period).Series.Length} series");
        _sql = new DuckDBConnection("Data Source=" + path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _sql.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "baseline: the store's SQL for the latest record per series and half-year, rows read")]
    public int Sql()
    {
        if (_sql.State != System.Data.ConnectionState.Open)
        {
            _sql.Open();
        }

        using var cmd = _sql.CreateCommand();
        cmd.CommandText = """
            SELECT project, indicator, scale, phase, object, basis, building_type, variant, half, value, category, records, floor_area, dwellings, residents
            FROM (SELECT r.*, count(*) OVER (PARTITION BY r.project, r.indicator, r.scale, r.phase, r.object, r.basis, r.building_type, r.variant, r.half) AS records,
                    row_number() OVER (PARTITION BY r.project, r.indicator, r.scale, r.phase, r.object, r.basis, r.building_type, r.variant, r.half
                      ORDER BY CASE WHEN contains(r.period, '/') THEN split_part(r.period, '/', 2) ELSE r.period END DESC, e.ingested DESC, e.sha256 DESC) AS latest
                  FROM records r JOIN exports e ON e.sha256 = r.export_sha256 WHERE r.half <= '2026H1')
            WHERE latest = 1
            """;
        using var reader = cmd.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            n += reader.GetString(0).Length;
        }

        return n;
    }

    [Benchmark(Description = "MonitorStore.Report (limits, roadmaps, roll-ups)")]
    public int Report() => _store.Report(Period).Series.Length;

    [Benchmark(Description = "Report written as report.json and report.html (tbgo monitor report)")]
    public long ReportJsonAndHtml()
    {
        var report = _store.Report(Period);
        using var json = new MemoryStream();
        using (var w = new Utf8JsonWriter(json))
        {
            MonitorReportJson.Write(w, report, _catalogue);
        }

        return json.Length + MonitorReportHtml.Write(report, _catalogue).Length;
    }
}
