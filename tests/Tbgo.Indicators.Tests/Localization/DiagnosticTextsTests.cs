using System.Reflection;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Localization;

namespace Tbgo.Indicators.Tests.Localization;

/// <summary>Every diagnostic code in Dutch, with the placeholders of the English, and diagnostics rendered in Dutch.</summary>
public sealed class DiagnosticTextsTests
{
    private static readonly SourceLocation At = new("a.yaml", 3, 5, 0, "/x");

    /// <summary>Every descriptor declared as a public static field, found by reflection (not through DiagnosticDescriptors.All).</summary>
    public static TheoryData<string> DeclaredCodes() => [.. Declared()];

    private static IEnumerable<string> Declared() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code);

    [Fact]
    public void The_dutch_table_has_exactly_the_declared_codes()
    {
        var declared = Declared().Order(StringComparer.Ordinal).ToList();
        Assert.True(declared.Count > 90, $"only {declared.Count} codes found by reflection");
        Assert.Equal(declared, DiagnosticTexts.DutchCodes);
    }

    [Theory]
    [MemberData(nameof(DeclaredCodes))]
    public void Every_code_has_a_dutch_title_message_and_help_with_the_same_placeholders(string code)
    {
        var d = DiagnosticDescriptors.Find(code)!;
        Assert.Contains(code, DiagnosticTexts.DutchCodes);
        Assert.False(string.IsNullOrWhiteSpace(DiagnosticTexts.Title(code, "nl")));
        var nl = DiagnosticTexts.MessageTemplate(code, "nl");
        Assert.Equal(d.PlaceholderNames.Order(StringComparer.Ordinal), DiagnosticTexts.Placeholders(nl).Order(StringComparer.Ordinal));
        if (d.MessageTemplate != "{reason}")
        {
            Assert.NotEqual(d.MessageTemplate, nl);
        }

        var help = DiagnosticTexts.Help(code, "nl");
        Assert.Equal(d.Help is null, help is null);
        if (d.Help is not null)
        {
            Assert.NotEqual(d.Help, help);
            Assert.Equal(DiagnosticTexts.Placeholders(d.Help).Order(StringComparer.Ordinal), DiagnosticTexts.Placeholders(help!).Order(StringComparer.Ordinal));
        }

        Assert.Equal(d.Title, DiagnosticTexts.Title(code, "en"));
        Assert.Equal(d.MessageTemplate, DiagnosticTexts.MessageTemplate(code, "en"));
    }

    [Fact]
    public void A_diagnostic_is_rendered_in_dutch_from_its_arguments_and_its_english_message_is_unchanged()
    {
        var d = DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7);
        Assert.Equal("The key 'unit' appears twice in one mapping; it was first given at line 2, column 7.", d.Message);
        Assert.Equal(["unit", "2", "7"], d.Arguments);
        Assert.Equal("De sleutel 'unit' komt twee keer voor in één mapping; hij staat al op regel 2, kolom 7.", DiagnosticTexts.Message(d, "nl"));
        Assert.Equal(d.Message, DiagnosticTexts.Message(d, "en"));
        Assert.Equal("a.yaml:3:5: TBGO1008: De sleutel 'unit' komt twee keer voor in één mapping; hij staat al op regel 2, kolom 7.", DiagnosticTexts.Format(d, "nl"));
        Assert.Equal(d.ToString(), DiagnosticTexts.Format(d, "en"));
    }

    [Fact]
    public void Diagnostics_created_with_the_same_arguments_are_still_equal()
    {
        Assert.Equal(DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7), DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7));
        Assert.NotEqual(DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7), DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 8));
        Assert.Equal(
            DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7).GetHashCode(),
            DiagnosticDescriptors.DuplicateKey.Create(At, "unit", 2, 7).GetHashCode());
    }

    [Fact]
    public void Warnings_carry_the_dutch_severity()
    {
        var d = DiagnosticDescriptors.Placeholder.Create(At, "/unit", "TODO");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("a.yaml:3:5: TBGO3050: waarschuwing: De waarde op /unit is nog een plaatshouder: 'TODO'.", DiagnosticTexts.Format(d, "nl"));
    }

    [Fact]
    public void Known_nouns_in_arguments_are_translated_and_other_arguments_stay_as_given()
    {
        Assert.Equal("Er is geen thema 'energie' gedefinieerd in deze catalogus.", DiagnosticTexts.Message(DiagnosticDescriptors.UnknownReference.Create(At, "theme", "energie"), "nl"));
        Assert.Equal("Er is geen item van kader 'levels' '1.11' gedefinieerd in deze catalogus.", DiagnosticTexts.Message(DiagnosticDescriptors.UnknownReference.Create(At, "item of framework 'levels'", "1.11"), "nl"));
        Assert.Equal("De sleutel 'x' is niet toegestaan in de grenswaarde op /limitValues/0.", DiagnosticTexts.Message(DiagnosticDescriptors.UnknownKey.Create(At, "x", "the limit value at /limitValues/0"), "nl"));
        Assert.Equal("De formule is niet bruikbaar: the theme is odd.", DiagnosticTexts.Message(DiagnosticDescriptors.InvalidFormula.Create(At, "the theme is odd"), "nl"));
    }

    [Fact]
    public void A_diagnostic_written_without_arguments_keeps_its_english_message()
    {
        var d = new Diagnostic("TBGO1008", DiagnosticSeverity.Error, "Written by hand.", At);
        Assert.Null(d.Arguments);
        Assert.Equal("Written by hand.", DiagnosticTexts.Message(d, "nl"));
    }

    [Fact]
    public void Hints_are_translated_when_they_are_the_help_text_or_a_did_you_mean()
    {
        var help = DiagnosticDescriptors.DuplicateKey.CreateWithHint(At, DiagnosticDescriptors.DuplicateKey.Help, "unit", 2, 7);
        Assert.Equal("Houd één van de twee; YAML legt niet vast welke zou gelden.", DiagnosticTexts.Hint(help, "nl"));
        var near = DiagnosticDescriptors.UnknownKey.CreateWithHint(At, "Did you mean 'unit' or 'units'?", "unti", "the indicator");
        Assert.Equal("Bedoelt u 'unit' of 'units'?", DiagnosticTexts.Hint(near, "nl"));
        Assert.Equal("Did you mean 'unit' or 'units'?", DiagnosticTexts.Hint(near, "en"));
        var list = DiagnosticDescriptors.UnknownKey.CreateWithHint(At, "Allowed keys: a, b.", "unti", "the indicator");
        Assert.Equal("Toegestane sleutels: a, b.", DiagnosticTexts.Hint(list, "nl"));
        var free = DiagnosticDescriptors.UnknownKey.CreateWithHint(At, "Something else.", "unti", "the indicator");
        Assert.Equal("Something else.", DiagnosticTexts.Hint(free, "nl"));
    }

    [Fact]
    public void An_undeclared_code_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => DiagnosticTexts.Title("TBGO9999", "nl"));
    }
}
