using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

public sealed class DiffCommandTests
{
    private static CatalogueCopy ThreeChanges()
    {
        var copy = new CatalogueCopy();
        copy.Delete("soc/housing/tbgo.soc.housing.social-rent-share.yaml");
        copy.Replace("env/adaptation/tbgo.env.adaptation.rainwater-storage.yaml", "\nunit: mm\n", "\nunit: cm\n");
        copy.Replace("env/materials/tbgo.env.materials.mpg.yaml", "limitValues:\n",
            "limitValues:\n  - {value: 1.2, unit: EUR/(m2.a), comparator: \"<=\", scope: {scale: gebouw, buildingType: woonfunctie}, validFrom: 2035-01-01, kind: target, basis: nmd-shadow-prices-a2,\n     source: {ref: nmd-bbl-2026, confidence: unconfirmed}}\n");
        return copy;
    }

    [Fact]
    public void The_default_against_a_copy_with_three_changes_reports_them_and_exits_3()
    {
        using var copy = ThreeChanges();
        var r = Tbgo.Run("diff", copy.Root);
        Assert.Equal(3, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"tbgo 2026.1 (embedded) -> tbgo 2026.1 ({copy.Root})", lines[0]);
        Assert.Matches(@"^IMPACT\s+CHANGE$", lines[1]);
        Assert.Matches(@"^BREAKING\s+removed indicator tbgo\.soc\.housing\.social-rent-share ", lines[2]);
        Assert.Matches(@"^BREAKING\s+indicator tbgo\.env\.adaptation\.rainwater-storage: unit mm -> cm$", lines[3]);
        Assert.Matches(@"^COMPATIBLE\s+added limit value tbgo\.env\.materials\.mpg / limit ", lines[4]);
        Assert.StartsWith("  breaking: tbgo.soc.housing.social-rent-share: exports", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("  breaking: tbgo.env.adaptation.rainwater-storage unit: values in exports change scale", lines[6], StringComparison.Ordinal);
        Assert.Equal("BREAKING: 2 breaking changes, 1 compatible change, 0 editorial changes; implies a major version bump.", lines[7]);
        Assert.Equal(8, lines.Length);
        Assert.Contains("warning: the content changed (major bump) but the catalogue version is still 2026.1", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        using var copy = ThreeChanges();
        var r = Tbgo.Run("diff", RepoPaths.Indicators, copy.Root, "--format", "json");
        Assert.Equal(3, r.ExitCode);
        var json = r.Json();
        Assert.True(json.GetProperty("breaking").GetBoolean());
        Assert.Equal("major", json.GetProperty("bump").GetString());
        Assert.Equal("2026.1", json.GetProperty("old").GetProperty("version").GetString());
        Assert.Equal(2, json.GetProperty("counts").GetProperty("breaking").GetInt32());
        Assert.Equal(1, json.GetProperty("counts").GetProperty("compatible").GetInt32());
        var changes = json.GetProperty("changes").EnumerateArray().ToArray();
        Assert.Equal(3, changes.Length);
        Assert.Equal(["removed indicator", "changed indicator", "added limit-value"], changes.Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("area").GetString()}"));
        Assert.Equal("unit", changes[1].GetProperty("field").GetString());
        Assert.Equal("mm", changes[1].GetProperty("old").GetString());
        Assert.Equal("cm", changes[1].GetProperty("new").GetString());
        Assert.False(changes[0].TryGetProperty("field", out _));
    }

    [Fact]
    public void Markdown_output_and_the_changelog_file_are_the_same_fragment()
    {
        using var copy = ThreeChanges();
        var file = copy.Path("fragment.md");
        var md = Tbgo.Run("diff", copy.Root, "--format", "markdown", "--changelog", file);
        Assert.Equal(3, md.ExitCode);
        Assert.StartsWith("## Catalogue 2026.1 (from 2026.1)\n", md.Out, StringComparison.Ordinal);
        Assert.Contains("\n### Breaking\n", md.Out, StringComparison.Ordinal);
        Assert.Contains("\n### Added\n", md.Out, StringComparison.Ordinal);
        Assert.Equal(md.Out, File.ReadAllText(file));
    }

    [Fact]
    public void No_change_and_an_editorial_change_exit_0()
    {
        var same = Tbgo.Run("diff", RepoPaths.Indicators);
        Assert.Equal(0, same.ExitCode);
        Assert.EndsWith("No changes.\n", same.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, same.Err);

        using var copy = new CatalogueCopy();
        copy.Replace("catalogue.yaml", "\nversion: \"2026.1\"\n", "\nversion: \"2026.2\"\n");
        copy.Replace("env/materials/tbgo.env.materials.mci.yaml", "\nnote: >-\n  ", "\nnote: >-\n  Edited. ");
        var editorial = Tbgo.Run("diff", copy.Root);
        Assert.Equal(0, editorial.ExitCode);
        Assert.EndsWith("OK: 0 breaking changes, 0 compatible changes, 1 editorial change; implies a patch version bump.\n", editorial.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, editorial.Err);
    }

    [Fact]
    public void A_broken_catalogue_exits_1_with_located_errors_and_three_arguments_exit_2()
    {
        using var copy = new CatalogueCopy();
        copy.Replace("env/adaptation/tbgo.env.adaptation.rainwater-storage.yaml", "\nunit: mm\n", "\nunit: parsec-per-fortnight\n");
        var r = Tbgo.Run("diff", copy.Root);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("tbgo.env.adaptation.rainwater-storage.yaml:", r.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Out);

        Assert.Equal(2, Tbgo.Run("diff", "a", "b", "c").ExitCode);
    }
}
