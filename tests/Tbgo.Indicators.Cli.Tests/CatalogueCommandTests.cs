using System.Text.RegularExpressions;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

public sealed partial class CatalogueCommandTests
{
    [Fact]
    public void LintPassesOnTheShippedCatalogue()
    {
        var r = Tbgo.Run("lint", RepoPaths.Indicators);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^OK: \d+ files, 0 errors, 0 warnings; \d+ values not yet confirmed at the source \(--show-unconfirmed lists them\)\.\n$", r.Out);
        Assert.Equal(string.Empty, r.Err);
    }

    [Fact]
    public void LintWithoutAPathChecksTheEmbeddedCatalogue()
    {
        var r = Tbgo.Run("lint");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("OK: ", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void LintPrintsLocatedDiagnosticsAndFailsOnErrors()
    {
        var dir = CopyOfShippedCatalogue();
        try
        {
            var mpg = Path.Combine(dir, "env", "materials", "tbgo.env.materials.mpg.yaml");
            File.WriteAllText(mpg, File.ReadAllText(mpg).Replace("\nunit: EUR/(m2.a)\n", "\nuntis: EUR/(m2.a)\n", StringComparison.Ordinal));
            var r = Tbgo.Run("lint", dir);
            Assert.Equal(1, r.ExitCode);
            var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => LocatedLine().IsMatch(l) && l.EndsWith("tbgo.env.materials.mpg.yaml:22:1: TBGO2001: The key 'untis' is not allowed in the indicator.", StringComparison.Ordinal));
            Assert.Contains("    hint: Did you mean 'unit'?", lines);
            Assert.StartsWith("FAILED: ", lines[^1], StringComparison.Ordinal);

            var json = Tbgo.Run("lint", dir, "--format", "json");
            Assert.Equal(1, json.ExitCode);
            var root = json.Json();
            Assert.False(root.GetProperty("valid").GetBoolean());
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.Equal(["TBGO2002", "TBGO2001"], diagnostics.Select(d => d.GetProperty("code").GetString()));
            var first = diagnostics[1];
            Assert.Equal("error", first.GetProperty("severity").GetString());
            Assert.Equal("Did you mean 'unit'?", first.GetProperty("hint").GetString());
            Assert.Equal(22, first.GetProperty("line").GetInt32());
            Assert.Equal("/untis", first.GetProperty("pointer").GetString());
            Assert.Equal(2, root.GetProperty("summary").GetProperty("errors").GetInt32());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void LintShowsUnconfirmedValuesOnRequest()
    {
        var r = Tbgo.Run("lint", RepoPaths.Indicators, "--show-unconfirmed");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(": TBGO3018: info: The factor 'nmd-shadow-prices-a2/pm' rests on a source marked 'unconfirmed'", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ListFiltersByScaleAndPhase()
    {
        var r = Tbgo.Run("list", "--scale", "openbare-ruimte", "--phase", "beheer", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var root = r.Json();
        Assert.Equal("2026.1", root.GetProperty("catalogue").GetProperty("version").GetString());
        var items = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, root.GetProperty("count").GetInt32());
        foreach (var i in items)
        {
            Assert.Contains("openbare-ruimte", i.GetProperty("scales").EnumerateArray().Select(s => s.GetString()));
            Assert.Contains("beheer", i.GetProperty("phases").EnumerateArray().Select(s => s.GetString()));
        }
    }

    [Fact]
    public void ListAsTextIsATable()
    {
        var r = Tbgo.Run("list", "--pillar", "gov");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches("^ID +STATUS +UNIT +NAME$", lines[0]);
        Assert.All(lines[1..^1], l => Assert.StartsWith("tbgo.gov.", l, StringComparison.Ordinal));
        Assert.Matches(@"^\d+ indicators \(catalogue tbgo 2026\.1, draft\)\.$", lines[^1]);
    }

    [Fact]
    public void ListInDutchHasDutchHeadersNamesAndSummary()
    {
        var r = Tbgo.Run("list", "--pillar", "gov", "--lang", "nl");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches("^ID +STATUS +EENHEID +NAAM$", lines[0]);
        Assert.All(lines[1..^1], l => Assert.StartsWith("tbgo.gov.", l, StringComparison.Ordinal));
        var english = Tbgo.Run("list", "--pillar", "gov").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEqual(english[1], lines[1]);
        Assert.Matches(@"^\d+ indicatoren \(catalogus tbgo 2026\.1, draft\)\.$", lines[^1]);
    }

    [Fact]
    public void ListRejectsUnknownFilterValuesAsUsageErrors()
    {
        var r = Tbgo.Run("list", "--scale", "wijk");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("wijk", r.Err, StringComparison.Ordinal);
        var t = Tbgo.Run("list", "--theme", "klimaat");
        Assert.Equal(1, t.ExitCode);
        Assert.Contains("the theme 'klimaat' is not in catalogue tbgo 2026.1", t.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowPrintsTheDefinitionWithLimitValuesAndConfidence()
    {
        var r = Tbgo.Run("show", "tbgo.env.materials.mpg");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Environmental Performance of Buildings (MPG)", r.Out, StringComparison.Ordinal);
        Assert.Contains("<= 0.8 EUR/(m2.a)", r.Out, StringComparison.Ordinal);
        Assert.Contains("nmd-bbl-2026 (PARTLY)", r.Out, StringComparison.Ordinal);
        Assert.Contains("Formula: mpg = mki / (bvo * rsp)", r.Out, StringComparison.Ordinal);

        var json = Tbgo.Run("show", "tbgo.env.materials.mpg", "--format", "json").Json();
        Assert.Equal("EUR/(m2.a)", json.GetProperty("unit").GetString());
        var limit = json.GetProperty("limitValues")[1];
        Assert.Equal(0.8m, limit.GetProperty("value").GetDecimal());
        Assert.Equal("2021-07-01", limit.GetProperty("validFrom").GetString());
        Assert.Equal("confirmed", limit.GetProperty("source").GetProperty("confidence").GetString());
    }

    [Fact]
    public void ShowPrintsTheShareOfObjectsRuleWithItsConfidence()
    {
        var r = Tbgo.Run("show", "tbgo.env.materials.biobased-share");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("  aggregation   share-of-objects\n  share rule    objects count when >= 30 %, weighted by dwellings   [nabb-biobased-bouwen (PARTLY)]\n", r.Out, StringComparison.Ordinal);
        var nl = Tbgo.Run("show", "tbgo.gov.transparency.material-passport-share", "--lang", "nl");
        Assert.Contains("  aandeelregel  objecten tellen mee bij >= 100 %, gewogen naar objects   [circulairebouweconomie-materialenpaspoort]\n", nl.Out, StringComparison.Ordinal);

        var json = Tbgo.Run("show", "tbgo.env.materials.biobased-share", "--format", "json").Json();
        var rule = json.GetProperty("shareOfObjects");
        var test = rule.GetProperty("test");
        Assert.Equal((">=", 30m, "%"), (test.GetProperty("comparator").GetString(), test.GetProperty("value").GetDecimal(), test.GetProperty("unit").GetString()));
        Assert.Equal("dwellings", rule.GetProperty("weight").GetString());
        Assert.Equal(("nabb-biobased-bouwen", "partly"), (rule.GetProperty("source").GetProperty("ref").GetString(), rule.GetProperty("source").GetProperty("confidence").GetString()));
        Assert.True(rule.GetProperty("source").TryGetProperty("title", out _));
        Assert.False(Tbgo.Run("show", "tbgo.env.materials.mpg", "--format", "json").Json().TryGetProperty("shareOfObjects", out _));
    }

    [Fact]
    public void ShowSuggestsANearMissId()
    {
        var r = Tbgo.Run("show", "tbgo.env.material.mpg");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("has no indicator 'tbgo.env.material.mpg'", r.Err, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'tbgo.env.materials.mpg'?", r.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2", "t CO2-eq", "kg CO2-eq", "1.2 t CO2-eq = 1200 kg CO2-eq\n")]
    [InlineData("5", "kWh/m2/a", "MJ/m²·yr", "5 kWh/(m2.a) = 18 MJ/(m2.a)\n")]
    [InlineData("-3e6", "J", "kWh", "-3000000 J = -0.8333333333333334 kWh\n")]
    public void ConvertConvertsAndPrintsCanonicalUnits(string value, string from, string to, string expected)
    {
        var r = Tbgo.Run("convert", value, from, to);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Out);
    }

    [Fact]
    public void ConvertReportsTheExactFactorInJson()
    {
        var json = Tbgo.Run("convert", "5", "kWh/m2/a", "MJ/(m2.a)", "--format", "json").Json();
        Assert.Equal(18, json.GetProperty("to").GetProperty("value").GetDouble());
        Assert.Equal("18/5", json.GetProperty("exactFactor").GetString());
    }

    [Theory]
    [InlineData("1", "kWh", "kg", "Cannot convert 'kWh' (energy, M.L2.T-2) to 'kg' (mass, M): the dimensions differ.")]
    [InlineData("1", "kg CO2-eq", "kg P-eq", "to 'kg P-eq' (eutrophication, freshwater, M.[P-eq])")]
    [InlineData("0,8", "EUR/m2/a", "EUR/(m2.a)", "hint: Use a decimal point: 0.8")]
    [InlineData("1", "kgg", "kg", "the unit 'kgg' cannot be read: 'kgg' is not a known unit; did you mean 'kg'?")]
    public void ConvertFailsClearly(string value, string from, string to, string message)
    {
        var r = Tbgo.Run("convert", value, from, to);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Out);
    }

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        Assert.Equal(2, Tbgo.Run("frobnicate").ExitCode);
        Assert.Equal(2, Tbgo.Run("list", "--format", "xml").ExitCode);
        Assert.Equal(2, Tbgo.Run("convert", "1", "kg").ExitCode);
    }

    [Fact]
    public void ABrokenCatalogueFolderIsReportedByEveryCommand()
    {
        var dir = CopyOfShippedCatalogue();
        try
        {
            File.WriteAllText(Path.Combine(dir, "catalogue.yaml"), "id: [\n");
            var r = Tbgo.Run("list", "--catalogue", dir);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("has errors; run 'tbgo lint", r.Err, StringComparison.Ordinal);
            Assert.Contains("catalogue.yaml:", r.Err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^.+:\d+:\d+: TBGO\d{4}: ")]
    private static partial Regex LocatedLine();

    private static string CopyOfShippedCatalogue()
    {
        var target = Directory.CreateTempSubdirectory("tbgo-cli-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Indicators, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(RepoPaths.Indicators, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        return target;
    }
}
