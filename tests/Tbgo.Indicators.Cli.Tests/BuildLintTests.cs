using System.Diagnostics;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary>The build lints the catalogue (target TbgoLintCatalogue of the tool's project): a broken definition fails it, located.</summary>
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

        var (exit, output) = LintTarget(catalogue);
        Assert.NotEqual(0, exit);
        Assert.Contains($"tbgo.env.materials.mci.yaml:{pillar + 1}:1: TBGO2001: The key 'pilar' is not allowed", output, StringComparison.Ordinal);
        Assert.Contains("error", output, StringComparison.Ordinal);

        File.WriteAllLines(broken, File.ReadAllLines(Path.Combine(RepoPaths.Indicators, "env", "materials", "tbgo.env.materials.mci.yaml")));
        var (fixedExit, fixedOutput) = LintTarget(catalogue);
        Assert.True(fixedExit == 0, fixedOutput);
    }

    /// <summary>Runs only the lint target of the tool's project (already built with these tests) on a catalogue folder.</summary>
    private (int Exit, string Output) LintTarget(string catalogue)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["msbuild", RepoPaths.Combine("src", "Tbgo.Indicators.Cli", "Tbgo.Indicators.Cli.csproj"), "-t:TbgoLintCatalogue",
            "-p:Configuration=" + configuration, "-p:TbgoCatalogueDir=" + catalogue, "-p:TbgoLintStamp=" + Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".stamp"),
            "-nologo", "-nodeReuse:false", "-v:m"])
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
