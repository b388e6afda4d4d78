using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Tbgo.Indicators.Benchmarks;
using Tbgo.Indicators.TestSupport;

// Run all:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*UnitConversion*'
// Helpers for benchmarks/compare-validators.sh:
//   generate FILE RECORDS json|ndjson     writes the deterministic export
//   njsonschema SCHEMA FILE               validates FILE with NJsonSchema (the whole-process comparison)
if (args.Length > 0 && args[0] == "generate")
{
    using var file = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
    ExportGenerator.Write(file, int.Parse(args[2], CultureInfo.InvariantCulture), args[3] == "ndjson");
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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
