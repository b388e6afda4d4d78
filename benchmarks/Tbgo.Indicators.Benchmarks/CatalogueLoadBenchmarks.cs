using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// Loading the default catalogue (all files in memory, so no disk I/O is measured): the compiled catalogue behind
/// Catalogue.Default and our loader (safe YAML, schema check, binding, semantic checks) against parsing the same
/// content as JSON with System.Text.Json.
/// </summary>
[MemoryDiagnoser]
public class CatalogueLoadBenchmarks
{
    private List<CatalogueSource> _yaml = null!;
    private List<byte[]> _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = CatalogueContent.Yaml();
        _json = CatalogueContent.Json(_yaml);
        Console.WriteLine("// content: " + CatalogueContent.Describe(_yaml, _json));
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json: parse the same content as JSON")]
    public int JsonDocumentParse()
    {
        var n = 0;
        foreach (var bytes in _json)
        {
            using var doc = JsonDocument.Parse(bytes);
            n += doc.RootElement.GetArrayLength2();
        }

        return n;
    }

    /// <summary>What <see cref="Catalogue.Default"/> does on first use (it caches the result): builds the catalogue compiled at build.</summary>
    [Benchmark(Description = "Catalogue.Default's work: the compiled catalogue (CompiledCatalogue.Create)")]
    public int Compiled() => CompiledCatalogue.Create().Indicators.Length;

    [Benchmark(Description = "CatalogueLoader.Load (YAML, schema, bind, checks)")]
    public int LoadCatalogue() => CatalogueLoader.Load(_yaml).GetCatalogueOrThrow().Indicators.Length;

    [Benchmark(Description = "CatalogueLoader.Load with worked examples run (as lint)")]
    public int LoadCatalogueWithExamples() => CatalogueLoader.Load(_yaml, new LoadOptions { RunExamples = true }).GetCatalogueOrThrow().Indicators.Length;
}

/// <summary>The first load in a fresh process (JIT and static initialisation included): what a tool pays on start.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CatalogueColdLoadBenchmarks
{
    private List<byte[]> _json = null!;

    /// <summary>Converts the catalogue to JSON before the baseline's process measures, so only JSON parsing is timed.</summary>
    [GlobalSetup(Target = nameof(JsonCold))]
    public void PrepareJson() => _json = CatalogueContent.Json(CatalogueContent.Yaml());

    [Benchmark(Baseline = true, Description = "cold: System.Text.Json parse of the same content")]
    public int JsonCold()
    {
        var n = 0;
        foreach (var bytes in _json)
        {
            using var doc = JsonDocument.Parse(bytes);
            n += doc.RootElement.GetArrayLength2();
        }

        return n;
    }

    [Benchmark(Description = "cold: Catalogue.Default (compiled at build)")]
    public int DefaultCold() => Catalogue.Default.Indicators.Length;

    /// <summary>What Catalogue.Default did before the catalogue was compiled at build, and what lint still does.</summary>
    [Benchmark(Description = "cold: CatalogueLoader.LoadEmbedded (the embedded YAML)")]
    public int YamlCold() => CatalogueLoader.LoadEmbedded().GetCatalogueOrThrow().Indicators.Length;
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the root so the parse cannot be optimised away.</summary>
    public static int GetArrayLength2(this JsonElement e) => e.ValueKind == JsonValueKind.Object ? 1 : 0;
}
