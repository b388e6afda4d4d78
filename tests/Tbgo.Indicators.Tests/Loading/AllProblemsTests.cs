using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>
/// One load reports every problem of a catalogue: YAML, schema, unit and reference problems in different files, and
/// several kinds in one file, each located. A file whose YAML does not parse cannot be checked further; a file with
/// schema errors still has its units and references checked where the values are there.
/// </summary>
public sealed class AllProblemsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-problems-").FullName;

    public AllProblemsTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Indicators, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(_dir, Path.GetRelativePath(RepoPaths.Indicators, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Replaces the first occurrence of <paramref name="from"/> and returns the 1-based line where <paramref name="marker"/> then is.</summary>
    private int Edit(string relative, string from, string to, string marker)
    {
        var path = Path.Combine(_dir, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {relative}");
        text = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
        File.WriteAllText(path, text);
        var m = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(m >= 0, $"'{marker}' is not in {relative}");
        return text[..m].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void Every_injected_problem_is_reported_with_its_location()
    {
        const string beng1 = "env/energy/tbgo.env.energy.beng-1.yaml";
        const string beng2 = "env/energy/tbgo.env.energy.beng-2.yaml";
        const string mpg = "env/materials/tbgo.env.materials.mpg.yaml";
        const string pm25 = "soc/health/tbgo.soc.health.pm25-concentration.yaml";
        const string a1 = "factor-sets/nmd-shadow-prices-a1.yaml";
        var expected = new List<(string File, int Line, string Code, string? Hint)>
        {
            // YAML that does not parse.
            (beng2, Edit(beng2, "pillar: env\n", "pillar: [env\n", "pillar: [env"), "TBGO1001", null),

            // One file with a schema error at the top, one inside a limit value, a unit error and a reference error.
            (beng1, Edit(beng1, "theme: energy\n", "theme: energy\ncolour: blue\n", "colour: blue"), "TBGO2001", null),
            (beng1, Edit(beng1, "comparator: \"<=\"\n    scope: {scale: gebouw, buildingType: woonfunctie/grondgebonden, variant: als-ag-max-1-5-light-frame}", "comparator: \"=<\"\n    scope: {scale: gebouw, buildingType: woonfunctie/grondgebonden, variant: als-ag-max-1-5-light-frame}", "\"=<\""), "TBGO2004", null),
            (beng1, Edit(beng1, "  - value: 55\n    unit: kWh/(m2.a)", "  - value: 55\n    unit: kWh/(m2.ajar)", "kWh/(m2.ajar)"), "TBGO4001", null),
            (beng1, Edit(beng1, "\"levels:1.1\"", "\"levels:1.11\"", "\"levels:1.11\""), "TBGO3003", "Did you mean 'levels:1.1'?"),

            // A unit error does not hide a reference error in the same file.
            (mpg, Edit(mpg, "unit: EUR/(m2.a), comparator: \"<=\", scope: {scale: gebouw, buildingType: kantoorfunctie}", "unit: EUR/(m2.ajar), comparator: \"<=\", scope: {scale: gebouw, buildingType: kantoorfunctie}", "EUR/(m2.ajar)"), "TBGO4001", null),
            (mpg, Edit(mpg, "\"mpg:mpg\"", "\"mgp:mpg\"", "\"mgp:mpg\""), "TBGO3003", "Did you mean 'mpg'?"),

            // A misspelt code in the document's own fields does not hide its references.
            (pm25, Edit(pm25, "direction: lower-is-better", "direction: lower-is-beter", "lower-is-beter"), "TBGO2004", "Did you mean 'lower-is-better'?"),
            (pm25, Edit(pm25, "theme: health\n", "theme: helth\n", "theme: helth"), "TBGO3003", "Did you mean 'health'?"),

            // A factor set with an unknown key still has its factors' units checked.
            (a1, Edit(a1, "validTo: 2026-06-30\n", "validTo: 2026-06-30\nvalidUntil: 2026-06-30\n", "validUntil"), "TBGO2001", null),
            (a1, Edit(a1, "unit: EUR/(kg Sb-eq)", "unit: EUR/(kg Sbb-eq)", "Sbb-eq"), "TBGO4001", null),
        };

        var result = CatalogueLoader.LoadDirectory(_dir, new LoadOptions { RunExamples = true });
        var all = string.Join("\n", result.Diagnostics);
        Assert.False(result.Success);
        foreach (var (file, line, code, hint) in expected)
        {
            var path = Path.Combine(_dir, file).Replace('\\', '/');
            var found = result.Diagnostics.Where(d => d.Code == code && d.Location.File == path && d.Location.Line == line).ToList();
            Assert.True(found.Count > 0, $"{file}:{line}: {code} was not reported; got:\n{all}");
            Assert.All(found, d => Assert.True(d.Location.Column > 0, $"{d} has no column"));
            if (hint is not null)
            {
                Assert.Contains(found, d => d.Hint == hint);
            }
        }

        // The file that does not parse is not reference-checked, and nothing is reported without a file.
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File is null);
        Assert.Single(result.Diagnostics, d => d.Location.File!.EndsWith(beng2, StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
    }
}
