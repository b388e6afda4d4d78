using System.Diagnostics;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary>
/// The library's build compiles the catalogue (target TbgoRunCatalogueCompiler of src/Tbgo.Indicators): it lints the
/// YAML first, so a broken definition fails the build, located, and a repaired one compiles.
/// </summary>
public sealed class BuildLintTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-buildlint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_broken_definition_fails_the_build_with_its_file_line_column_and_code()
    {
        var catalogue = RepoPaths.CopyIndicators(Path.Combine(_dir, "catalogue"));

        var broken = Path.Combine(catalogue, "env", "materials", "tbgo.env.materials.mci.yaml");
        var lines = File.ReadAllLines(broken);
        var pillar = Array.FindIndex(lines, l => l.StartsWith("pillar:", StringComparison.Ordinal));
        lines[pillar] = "pilar: env";
        File.WriteAllLines(broken, lines);

        var output = Path.Combine(_dir, "broken.g.cs");
        var (exit, log) = CompileTarget(catalogue, output);
        Assert.NotEqual(0, exit);
        Assert.Contains($"tbgo.env.materials.mci.yaml({pillar + 1},1): error TBGO2001: The key 'pilar' is not allowed", log, StringComparison.Ordinal);
        Assert.False(File.Exists(output), "a broken catalogue is not compiled");

        File.WriteAllLines(broken, File.ReadAllLines(Path.Combine(RepoPaths.Indicators, "env", "materials", "tbgo.env.materials.mci.yaml")));
        var repaired = Path.Combine(_dir, "repaired.g.cs");
        var (fixedExit, fixedLog) = CompileTarget(catalogue, repaired);
        Assert.True(fixedExit == 0, fixedLog);
        Assert.Contains("internal static class CompiledCatalogue", File.ReadAllText(repaired), StringComparison.Ordinal);
        Assert.Contains("(form: snapshot)", File.ReadAllText(repaired), StringComparison.Ordinal);

        // The other form, on request (its graph is held to the YAML by CompiledCatalogueTests in a build with it).
        var code = Path.Combine(_dir, "code.g.cs");
        var (codeExit, codeLog) = CompileTarget(catalogue, code, "-p:TbgoCatalogueForm=code");
        Assert.True(codeExit == 0, codeLog);
        Assert.Contains("private static global::Tbgo.Indicators.Model.Indicator Indicator0(", File.ReadAllText(code), StringComparison.Ordinal);
    }

    /// <summary>Runs only the compile step of the library's project (its compiler already built with these tests) on a catalogue folder.</summary>
    private static (int Exit, string Output) CompileTarget(string catalogue, string output, params string[] extra)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["msbuild", RepoPaths.Combine("src", "Tbgo.Indicators", "Tbgo.Indicators.csproj"), "-t:TbgoRunCatalogueCompiler",
            "-p:Configuration=" + configuration, "-p:TargetFramework=net10.0", "-p:TbgoCatalogueDir=" + catalogue, "-p:TbgoCompiledCatalogue=" + output,
            "-nologo", "-nodeReuse:false", "-v:m", .. extra])
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
