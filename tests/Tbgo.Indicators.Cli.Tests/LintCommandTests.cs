using System.Text.RegularExpressions;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary><c>tbgo lint FILE</c> and <c>tbgo lint --show-unconfirmed</c>.</summary>
public sealed partial class LintCommandTests : IDisposable
{
    private const string Beng1 = "env/energy/tbgo.env.energy.beng-1.yaml";
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A copy of one shipped definition file, alone in a folder with no catalogue.yaml above it.</summary>
    private string LoneCopy(string relative, Func<string, string>? edit = null)
    {
        var dest = Path.Combine(_dir, "lone", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Indicators, relative));
        File.WriteAllText(dest, edit is null ? text : edit(text));
        return dest;
    }

    private string CatalogueCopy() => RepoPaths.CopyIndicators(Path.Combine(_dir, "catalogue"));

    [Fact]
    public void Lint_of_one_file_checks_it_against_the_embedded_catalogue()
    {
        var file = LoneCopy(Beng1);
        var r = Tbgo.Run("lint", file);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Checking the file '{file}' (schema and units), with its references against the embedded catalogue.", lines[0]);
        Assert.StartsWith("OK: 1 file, 0 errors, 0 warnings", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_one_file_reports_its_schema_unit_and_reference_problems_located()
    {
        var file = LoneCopy(Beng1, t => t
            .Replace("\"levels:1.1\"", "\"levels:1.11\"", StringComparison.Ordinal)
            .Replace("theme: energy\n", "theme: energie\n", StringComparison.Ordinal));
        var r = Tbgo.Run("lint", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{file}:45:", r.Out, StringComparison.Ordinal);
        Assert.Contains(": TBGO3003: The item of framework 'levels' '1.11' is not defined in this catalogue.", r.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}:18:8: TBGO3003: The theme 'energie' is not defined in this catalogue.", r.Out, StringComparison.Ordinal);
        Assert.Matches(@"FAILED: 1 file, [2-9] errors", r.Out);
    }

    [Fact]
    public void Lint_of_one_file_uses_the_catalogue_folder_when_given()
    {
        var catalogue = CatalogueCopy();
        File.Delete(Path.Combine(catalogue, "frameworks", "beng.yaml"));
        var file = LoneCopy(Beng1);

        var embedded = Tbgo.Run("lint", file);
        Assert.Equal(0, embedded.ExitCode);

        var r = Tbgo.Run("lint", file, "--catalogue", catalogue);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"with its references against the catalogue folder '{catalogue}'.", r.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}:43:", r.Out, StringComparison.Ordinal);
        Assert.Contains("TBGO3003: The framework 'beng' is not defined in this catalogue.", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("frameworks/", r.Out, StringComparison.Ordinal);

        var json = Tbgo.Run("lint", file, "--catalogue", catalogue, "--format", "json").Json();
        Assert.Equal(file, json.GetProperty("file").GetString());
        Assert.Equal(catalogue, json.GetProperty("referencesCheckedAgainst").GetString());
        Assert.Equal(1, json.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Lint_of_a_file_inside_a_catalogue_folder_takes_its_place_there()
    {
        var catalogue = CatalogueCopy();
        var file = Path.Combine(catalogue, "frameworks", "beng.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("confidence: confirmed", "confidence: sure", StringComparison.Ordinal));
        var r = Tbgo.Run("lint", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(file + ":", r.Out, StringComparison.Ordinal);
        Assert.Contains("TBGO2004", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_unconfirmed_lists_every_confidence_tag_with_a_count_per_kind()
    {
        var tags = Directory.EnumerateFiles(RepoPaths.Indicators, "*.yaml", SearchOption.AllDirectories).Sum(f => Tag().Matches(File.ReadAllText(f)).Count);
        var r = Tbgo.Run("lint", RepoPaths.Indicators, "--show-unconfirmed");
        Assert.Equal(0, r.ExitCode);
        var listed = r.Out.Split('\n').Where(l => l.Contains(": TBGO3018: info: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(tags, listed.Count);
        Assert.All(listed, l => Assert.Matches(@"\.yaml:\d+:\d+: TBGO3018", l));
        var summary = Regex.Match(r.Out, @"Not yet confirmed at the source: (\d+) values \(([^)]*)\)\.");
        Assert.True(summary.Success, r.Out);
        Assert.Equal(tags, int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var perKind = summary.Groups[2].Value.Split(", ").Select(p => int.Parse(p.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).Sum();
        Assert.Equal(tags, perKind);
        Assert.Contains("framework-item ", summary.Groups[2].Value, StringComparison.Ordinal);

        var json = Tbgo.Run("lint", RepoPaths.Indicators, "--format", "json").Json();
        Assert.Equal(tags, json.GetProperty("unconfirmed").GetProperty("total").GetInt32());
        Assert.Equal(tags, json.GetProperty("unconfirmed").GetProperty("byKind").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [GeneratedRegex(@"confidence:\s*(unconfirmed|partly)\b")]
    private static partial Regex Tag();
}
