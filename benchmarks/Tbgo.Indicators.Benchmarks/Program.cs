using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/Tbgo.Indicators.Benchmarks -- --filter '*UnitConversion*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
