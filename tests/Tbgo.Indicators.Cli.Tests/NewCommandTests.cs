using System.Text.RegularExpressions;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

public sealed class NewCommandTests
{
    private const string Id = "tbgo.env.energy.heat-demand";
    private const string File = "env/energy/tbgo.env.energy.heat-demand.yaml";

    [Fact]
    public void The_scaffold_has_every_schema_field_and_lint_points_at_each_TODO_until_filled_in()
    {
        using var copy = new CatalogueCopy();
        var r = Tbgo.Run("new", "indicator", Id, "--unit", "kWh/(m2.a)", "--catalogue", copy.Root);
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.StartsWith($"wrote {copy.Path(File)}\n", r.Out, StringComparison.Ordinal);
        var yaml = System.IO.File.ReadAllText(copy.Path(File));

        // Every property of the indicator schema appears, as a key or a commented-out key.
        using var schema = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(RepoPaths.Schemas, "indicator.schema.json")));
        foreach (var property in schema.RootElement.GetProperty("properties").EnumerateObject())
        {
            Assert.True(Regex.IsMatch(yaml, $"^(# )?{property.Name}:", RegexOptions.Multiline), property.Name);
        }

        Assert.Contains("quantity: energy-per-area-year", yaml, StringComparison.Ordinal);
        Assert.Contains("since: \"2026.1\"", yaml, StringComparison.Ordinal);

        // Lint: every problem is in the new file, on a line that holds a placeholder.
        var lines = yaml.Split('\n');
        var lint = Tbgo.Run("lint", copy.Root);
        Assert.Equal(1, lint.ExitCode);
        var problems = lint.Out.Split('\n').Where(l => l.Contains(": TBGO", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(problems);
        foreach (var p in problems)
        {
            var m = Regex.Match(p, @"tbgo\.env\.energy\.heat-demand\.yaml:(\d+):\d+: TBGO");
            Assert.True(m.Success, p);
            var line = lines[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.True(line.Contains("TODO", StringComparison.Ordinal) || line.Contains("todo", StringComparison.Ordinal), $"{p}\n  at: {line}");
        }

        Assert.Contains(problems, p => p.Contains("TBGO3050: warning", StringComparison.Ordinal));

        // Filled in, it lints clean: the template itself is a valid definition.
        var filled = yaml
            .Replace("direction: TODO", "direction: lower-is-better", StringComparison.Ordinal)
            .Replace("aggregation: TODO", "aggregation: area-weighted-mean", StringComparison.Ordinal)
            .Replace("max: TODO", "max: 500", StringComparison.Ordinal)
            .Replace("ref: todo", "ref: nmd-bbl-2026", StringComparison.Ordinal)
            .Replace("value: TODO a value in kWh/(m2.a)", "value: 10 kWh/(m2.a)", StringComparison.Ordinal)
            .Replace("expected: TODO the same value in another unit", "expected: 36 MJ/(m2.a)", StringComparison.Ordinal);
        filled = Regex.Replace(filled, "TODO ", "Filled-in ");
        System.IO.File.WriteAllText(copy.Path(File), filled);
        var clean = Tbgo.Run("lint", copy.Root);
        Assert.True(clean.ExitCode == 0, clean.Out);
        Assert.Matches(@"^OK: \d+ files, 0 errors, 0 warnings", clean.Out.Split('\n').First(l => l.StartsWith("OK", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("tbgo.env.materials.mpg", "already has an indicator")]
    [InlineData("tbgo.env.energie.heat", "no theme 'energie'; did you mean 'energy'?")]
    [InlineData("tbgo.soc.energy.heat", "belongs to pillar 'env'")]
    [InlineData("Tbgo.env.energy.Heat", "not an indicator id")]
    public void A_bad_id_is_refused_with_the_reason_and_nothing_is_written(string id, string reason)
    {
        using var copy = new CatalogueCopy();
        var before = Directory.GetFiles(copy.Root, "*", SearchOption.AllDirectories).Length;
        var r = Tbgo.Run("new", "indicator", id, "--unit", "%", "--catalogue", copy.Root);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(reason, r.Err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(copy.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_unit_without_a_quantity_or_unreadable_is_refused_and_the_unit_is_required()
    {
        using var copy = new CatalogueCopy();
        Assert.Contains("cannot be read", Tbgo.Run("new", "indicator", Id, "--unit", "furlong", "--catalogue", copy.Root).Err, StringComparison.Ordinal);
        Assert.Equal(2, Tbgo.Run("new", "indicator", Id, "--catalogue", copy.Root).ExitCode);
        Assert.Equal(1, Tbgo.Run("new", "indicator", Id, "--unit", "%", "--catalogue", Path.Combine(copy.Root, "env")).ExitCode);
    }
}
