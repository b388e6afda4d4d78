using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// The same 100,000-record export, validated in-process (warm) by the streaming validator (structure
/// and semantics) and by NJsonSchema (Newtonsoft parse + Validate against measurement-export.schema.json,
/// structure only). Run: dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*ExportValidation*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ExportValidationBenchmarks
{
    public const int Records = 100_000;

    private byte[] _json = [];
    private byte[] _ndjson = [];
    private string _jsonText = string.Empty;
    private NJsonSchema.JsonSchema _schema = null!;
    private ExportValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = ExportGenerator.Bytes(Records, ndjson: false);
        _ndjson = ExportGenerator.Bytes(Records, ndjson: true);
        _jsonText = Encoding.UTF8.GetString(_json);
        _schema = SafeNJsonSchema.Load(Loading.EmbeddedData.ReadSchema("measurement-export.schema.json"));
        _validator = new ExportValidator(Catalogue.Default);
    }

    /// <summary>
    /// In-process (BenchmarkDotNet's generated project would inherit the repository's strict build
    /// settings, which its generated code does not meet); few iterations, as NJsonSchema takes seconds per run.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10));
    }

    [Benchmark(Baseline = true, Description = "tbgo ExportValidator, JSON (structure + semantics)")]
    public long TbgoJson() => _validator.SummarizeAsync(new MemoryStream(_json, writable: false)).GetAwaiter().GetResult().Errors;

    [Benchmark(Description = "tbgo ExportValidator, NDJSON (structure + semantics)")]
    public long TbgoNdjson() => _validator.SummarizeAsync(new MemoryStream(_ndjson, writable: false), new ExportValidationOptions { Format = ExportFormat.Ndjson }).GetAwaiter().GetResult().Errors;

    [Benchmark(Description = "NJsonSchema parse + Validate, JSON (structure only)")]
    public int NJsonSchemaJson() => _schema.Validate(_jsonText).Count;
}
