using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tbgo.Indicators.Monitor;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// Monitor ingest in process: one export of 200,000 valid NDJSON records (the generator's, 55 MB) from disk into a
/// fresh store file, against the baseline of the export validator alone reading the same file (what ingest adds is
/// the SHA-256, the normalised output and DuckDB's insert). The whole-process figure for 1,000,000 records on one
/// core is benchmarks/monitor-scale.sh.
/// Run: dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*MonitorIngest*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MonitorIngestBenchmarks
{
    private const int Records = 200_000;
    private string _dir = null!;
    private string _export = null!;
    private string _store = null!;
    private Catalogue _catalogue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("tbgo-bench-ingest-").FullName;
        _export = Path.Combine(_dir, "export.ndjson");
        using (var w = new StreamWriter(_export, append: false, new System.Text.UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
        {
            ExportGenerator.Write(w, Records, ndjson: true, valid: true);
        }

        _store = Path.Combine(_dir, "store.duckdb");
        _catalogue = Catalogue.Default;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [IterationSetup]
    public void FreshStore()
    {
        foreach (var f in Directory.GetFiles(_dir, "store.duckdb*"))
        {
            File.Delete(f);
        }
    }

    [Benchmark(Baseline = true, Description = "baseline: ExportValidator over the file (no normalised output)")]
    public long Validate()
    {
        using var input = File.OpenRead(_export);
        return new ExportValidator(_catalogue).SummarizeAsync(input, new ExportValidationOptions { Format = ExportFormat.Ndjson }).GetAwaiter().GetResult().ValidRecords;
    }

    [Benchmark(Description = "MonitorStore.IngestAsync into a fresh store file")]
    public long Ingest()
    {
        using var store = MonitorStore.Open(_store, _catalogue);
        var result = store.IngestAsync(_export).GetAwaiter().GetResult();
        return result.Outcome == IngestOutcome.Ingested ? result.Records : throw new InvalidOperationException($"not ingested: {result.Outcome}");
    }
}
