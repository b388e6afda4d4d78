using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Tbgo.Indicators.Benchmarks;
using Tbgo.Indicators.TestSupport;

// Run all:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*UnitConversion*'
// Helpers for benchmarks/compare-validators.sh:
//   generate FILE RECORDS json|ndjson [valid]  writes the deterministic export (valid: without its 0.5% bad records)
//   njsonschema SCHEMA FILE               validates FILE with NJsonSchema (the whole-process comparison)
if (args.Length > 0 && args[0] == "generate")
{
    using var file = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
    ExportGenerator.Write(file, int.Parse(args[2], CultureInfo.InvariantCulture), args[3] == "ndjson", valid: args.Length > 4 && args[4] == "valid");
    return 0;
}

if (args.Length > 0 && args[0] == "njsonschema")
{
    var sw = Stopwatch.StartNew();
    var schema = SafeNJsonSchema.Load(File.ReadAllText(args[1]));
    var errors = schema.Validate(File.ReadAllText(args[2]));
    Console.WriteLine($"NJsonSchema: {errors.Count} errors in {sw.Elapsed.TotalSeconds:F2} s");
    return errors.Count == 0 ? 0 : 1;
}

if (args.Length > 0 && args[0] == "startup")
{
    var sw = Stopwatch.StartNew();
    _ = Tbgo.Indicators.Units.UnitRegistry.Default;
    Console.WriteLine($"unit registry {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    _ = Tbgo.Indicators.Catalogue.Default;
    Console.WriteLine($"catalogue {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    _ = Tbgo.Indicators.Validation.Export.RecordRules.Default;
    Console.WriteLine($"record rules {sw.ElapsedMilliseconds} ms");
    sw.Restart();
    _ = Tbgo.Indicators.Validation.Export.ContainerRules.Default;
    Console.WriteLine($"container rules {sw.ElapsedMilliseconds} ms");
    return 0;
}

if (args.Length > 0 && args[0] == "warm")
{
    // warm FILE json|ndjson [RUNS]: median in-process time of the streaming validator (a quick check; BenchmarkDotNet gives the reported figures)
    var bytes = File.ReadAllBytes(args[1]);
    var options = new Tbgo.Indicators.Validation.ExportValidationOptions { Format = args[2] == "ndjson" ? Tbgo.Indicators.Validation.ExportFormat.Ndjson : Tbgo.Indicators.Validation.ExportFormat.Json };
    var validator = new Tbgo.Indicators.Validation.ExportValidator(Tbgo.Indicators.Catalogue.Default);
    var times = new List<double>();
    for (var i = 0; i < (args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15); i++)
    {
        var sw = Stopwatch.StartNew();
        validator.SummarizeAsync(new MemoryStream(bytes, writable: false), options).GetAwaiter().GetResult();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine($"median {median:F1} ms, {bytes.Length / 1048576.0 / (median / 1000):F0} MiB/s");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
