using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary><c>--lang nl</c> on lint, show, list and diff: Dutch everywhere in the text output; English stays the default.</summary>
public sealed class LanguageCommandTests
{
    private const string Beng1 = "env/energy/tbgo.env.energy.beng-1.yaml";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Lint_in_dutch_on_a_broken_catalogue_prints_dutch_messages_hints_and_summary()
    {
        using var copy = new CatalogueCopy();
        copy.Replace(Beng1, "theme: energy\n", "theme: energie\n");
        copy.Replace(Beng1, "\nunit: ", "\nbogus: 1\nunit: ");
        var r = Tbgo.Run("lint", copy.Root, "--lang", "nl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(": TBGO3003: Er is geen thema 'energie' gedefinieerd in deze catalogus.", r.Out, StringComparison.Ordinal);
        Assert.Contains("    tip: Bedoelt u 'energy'?", r.Out, StringComparison.Ordinal);
        Assert.Contains(": TBGO2001: De sleutel 'bogus' is niet toegestaan in de indicator.", r.Out, StringComparison.Ordinal);
        Assert.Contains("    tip: Toegestane sleutels: id, ", r.Out, StringComparison.Ordinal);
        Assert.Contains(": TBGO3002: De indicator-id 'tbgo.env.energy.beng-1' past niet bij het pad van het bestand", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("hint:", r.Out, StringComparison.Ordinal);
        Assert.Matches(@"^MISLUKT: \d+ bestanden, 3 fouten, 0 waarschuwingen; \d+ waarden nog niet bevestigd bij de bron \(--show-unconfirmed toont ze\)\.$", Lines(r.Out)[^1]);

        var en = Tbgo.Run("lint", copy.Root);
        Assert.Contains(": TBGO3003: The theme 'energie' is not defined in this catalogue.", en.Out, StringComparison.Ordinal);
        Assert.Matches(@"^FAILED: \d+ files, 3 errors, 0 warnings;", Lines(en.Out)[^1]);
    }

    [Fact]
    public void Lint_in_dutch_of_one_file_and_of_the_embedded_catalogue()
    {
        var r = Tbgo.Run("lint", "--lang", "nl");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^OK: \d+ bestanden, 0 fouten, 0 waarschuwingen", Lines(r.Out)[^1]);
        var file = Tbgo.Run("lint", System.IO.Path.Combine(RepoPaths.Indicators, Beng1), "--lang", "nl");
        Assert.StartsWith("Controle van het bestand '", Lines(file.Out)[0], StringComparison.Ordinal);
        Assert.EndsWith("(schema en eenheden), met de verwijzingen tegen de ingebouwde catalogus.", Lines(file.Out)[0], StringComparison.Ordinal);
        Assert.StartsWith("OK: 1 bestand, 0 fouten, 0 waarschuwingen", Lines(file.Out)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_in_dutch_has_dutch_headings_labels_and_table_headers()
    {
        var r = Tbgo.Run("show", "tbgo.env.materials.mpg", "--lang", "nl");
        Assert.Equal(0, r.ExitCode);
        var lines = Lines(r.Out);
        Assert.Contains("Toepasbaarheid", lines);
        Assert.Contains("Grenswaarden", lines);
        Assert.Contains("Koppelingen", lines);
        Assert.Contains("Bronnen", lines);
        Assert.Contains(lines, l => l.StartsWith("  pijler/thema  env / materials", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  eenheid       EUR/(m2.a)  (grootheid ", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  FASE\s+SCHAAL\s+METHODE$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  GRENS\s+REIKWIJDTE\s+GELDIG\s+SOORT\s+GRONDSLAG\s+BRON$"));
        Assert.Matches(@"^\d+ rekenvoorbeelden; 'tbgo lint' voert ze uit\.$", lines[^1]);
        Assert.Contains("(core, kernindicator, sinds ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Applicability", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Limit values", r.Out, StringComparison.Ordinal);

        var en = Tbgo.Run("show", "tbgo.env.materials.mpg");
        Assert.Contains("Applicability", Lines(en.Out));
        Assert.Contains("  unit          EUR/(m2.a)  (quantity ", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_id_in_dutch_says_so_with_a_dutch_suggestion()
    {
        var r = Tbgo.Run("show", "tbgo.env.materials.mpx", "--lang", "nl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("tbgo: de catalogus tbgo 2026.1 heeft geen indicator 'tbgo.env.materials.mpx'.", r.Err, StringComparison.Ordinal);
        Assert.Contains("  tip: Bedoelt u 'tbgo.env.materials.mpg'? 'tbgo list' toont alle id's.", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_in_dutch_has_dutch_headers_impacts_and_summary()
    {
        using var copy = new CatalogueCopy();
        copy.Delete("soc/housing/tbgo.soc.housing.social-rent-share.yaml");
        copy.Replace("env/adaptation/tbgo.env.adaptation.rainwater-storage.yaml", "\nunit: mm\n", "\nunit: cm\n");
        var r = Tbgo.Run("diff", copy.Root, "--lang", "nl");
        Assert.Equal(3, r.ExitCode);
        var lines = Lines(r.Out);
        Assert.Matches(@"^GEVOLG\s+WIJZIGING$", lines[1]);
        Assert.Matches(@"^BREKEND\s+removed indicator tbgo\.soc\.housing\.social-rent-share", lines[2]);
        Assert.StartsWith("  brekend: tbgo.soc.housing.social-rent-share: ", lines[4], StringComparison.Ordinal);
        Assert.Equal("BREKEND: 2 brekende wijzigingen, 0 compatibele wijzigingen, 0 redactionele wijzigingen; dit vraagt een major-versieverhoging.", lines[^1]);
        Assert.Contains("tbgo: waarschuwing: ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_in_dutch_without_changes_says_so()
    {
        var r = Tbgo.Run("diff", RepoPaths.Indicators, "--lang", "nl");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Geen wijzigingen.", Lines(r.Out)[^1]);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("list")]
    [InlineData("show", "tbgo.env.materials.mpg")]
    public void Another_language_is_refused(params string[] command)
    {
        var r = Tbgo.Run([.. command, "--lang", "fr"]);
        Assert.NotEqual(0, r.ExitCode);
    }

    [Fact]
    public void Json_output_is_the_same_in_both_languages()
    {
        Assert.Equal(Tbgo.Run("list", "--format", "json").Out, Tbgo.Run("list", "--format", "json", "--lang", "nl").Out);
        Assert.Equal(Tbgo.Run("lint", "--format", "json").Out, Tbgo.Run("lint", "--format", "json", "--lang", "nl").Out);
    }
}
