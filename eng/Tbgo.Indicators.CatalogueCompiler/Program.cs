using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tbgo.Indicators.CatalogueCompiler;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Units;

// The build step that compiles the default catalogue (see the library's TbgoCompileCatalogue target):
//   Tbgo.Indicators.CatalogueCompiler <catalogue folder> <output .cs> [code|snapshot]
// Loads the folder as `tbgo lint` does (schemas, binding, checks, worked examples) and prints every error and warning
// as file(line,col): error|warning CODE: message (so MSBuild and editors place it). Either fails the step, as the
// catalogue's own lint has always failed the build on warnings; otherwise it writes the C# that builds the same
// catalogue without reading YAML. The output is only rewritten when its text changes.
if (args.Length is < 2 or > 3 || (args.Length == 3 && args[2] is not ("code" or "snapshot")))
{
    Console.Error.WriteLine("usage: Tbgo.Indicators.CatalogueCompiler <catalogue folder> <output .cs> [code|snapshot]");
    return 2;
}

var folder = args[0];
var result = CatalogueLoader.LoadDirectory(folder, new LoadOptions { RunExamples = true });
var problems = result.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
foreach (var d in problems)
{
    Console.Error.WriteLine(MsBuildFormat(d));
}

if (result.Catalogue is not { } catalogue || problems.Count > 0)
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(folder)}: error : the catalogue has {problems.Count(d => d.IsError)} error(s) and {problems.Count(d => !d.IsError)} warning(s); it was not compiled"));
    return 1;
}

// The compiled catalogue parses its units with UnitRegistry.Default (DefaultUnitData.g.cs, generated from units.yaml
// and held to it by a test): the registry the YAML built must describe the same units.
var loaded = UnitFingerprint(catalogue.Units);
var builtIn = UnitFingerprint(UnitRegistry.Default);
if (!string.Equals(loaded, builtIn, StringComparison.Ordinal))
{
    Console.Error.WriteLine(Path.GetFullPath(Path.Combine(folder, "units.yaml")) + ": error : units.yaml differs from src/Tbgo.Indicators/Units/DefaultUnitData.g.cs; run TBGO_UPDATE_GENERATED=1 dotnet test tests/Tbgo.Indicators.Definitions.Tests --filter UnitsCodeGeneration, then build again");
    return 1;
}

// Two compiled forms, both measured (benchmarks/README.md): C# that builds the graph object by object, or a binary
// snapshot read by one generated method per type.
var code = args.Length == 3 && args[2] == "snapshot"
    ? CatalogueSnapshotWriter.Write(catalogue, InputsHash(folder))
    : CatalogueCodeWriter.Write(catalogue, InputsHash(folder));
var output = args[1];
if (!File.Exists(output) || !string.Equals(File.ReadAllText(output), code, StringComparison.Ordinal))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllText(output, code, new UTF8Encoding(false));
}

return 0;

static string MsBuildFormat(Diagnostic d)
{
    var file = d.Location.File is { } f ? Path.GetFullPath(f) : "indicators";
    var place = d.Location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({d.Location.Line},{Math.Max(1, d.Location.Column)})") : string.Empty;
    var kind = d.IsError ? "error" : "warning";
    return $"{file}{place}: {kind} {d.Code}: {d.Message}" + (d.Hint is { } h ? $" ({h})" : string.Empty);
}

static string UnitFingerprint(UnitRegistry registry) =>
    GraphText.Of(registry.Axes) + GraphText.Of(registry.Units) + GraphText.Of(registry.Qualifiers) + GraphText.Of(registry.Quantities);

static string InputsHash(string folder)
{
    using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
    {
        sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
        sha.AppendData(File.ReadAllBytes(file));
    }

    return Convert.ToHexStringLower(sha.GetHashAndReset());
}
