using System.Text.RegularExpressions;
using Tbgo.Indicators.Localization;

namespace Tbgo.Indicators.Tests.Localization;

/// <summary>The en/nl text table of the commands: every key in both languages, with the same placeholders.</summary>
public sealed partial class TextsTests
{
    [Fact]
    public void The_languages_are_english_and_dutch()
    {
        Assert.Equal(["en", "nl"], Texts.Languages.ToArray());
    }

    [Fact]
    public void Every_key_has_a_non_empty_text_in_every_language_with_the_same_placeholders()
    {
        Assert.NotEmpty(Texts.Keys);
        Assert.Equal(Texts.Keys.Length, Texts.Keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var key in Texts.Keys)
        {
            var en = Texts.Get(key, "en");
            var nl = Texts.Get(key, "nl");
            Assert.False(string.IsNullOrWhiteSpace(en), $"{key} has no English text");
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{key} has no Dutch text");
            Assert.True(Indices(en).SetEquals(Indices(nl)), $"{key}: the placeholders of '{en}' and '{nl}' differ");
        }
    }

    [Fact]
    public void Every_count_noun_has_a_singular_and_a_plural()
    {
        var nouns = Texts.Keys.Where(k => k.StartsWith("count.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).Distinct(StringComparer.Ordinal);
        foreach (var noun in nouns)
        {
            Assert.Contains($"count.{noun}.one", Texts.Keys);
            Assert.Contains($"count.{noun}.other", Texts.Keys);
        }

        Assert.Equal("1 bestand", Texts.Count(1, "file", "nl"));
        Assert.Equal("3 bestanden", Texts.Count(3, "file", "nl"));
        Assert.Equal("0 files", Texts.Count(0, "file", "en"));
    }

    [Theory]
    [InlineData("nl", "MISLUKT")]
    [InlineData("NL", "MISLUKT")]
    [InlineData("nl-BE", "MISLUKT")]
    [InlineData("en", "FAILED")]
    [InlineData("fr", "FAILED")]
    [InlineData("", "FAILED")]
    public void An_unknown_language_gives_english(string language, string expected)
    {
        Assert.Equal(expected, Texts.Get("status.failed", language));
    }

    [Fact]
    public void A_missing_key_is_an_error_not_a_silent_fallback()
    {
        Assert.Throws<KeyNotFoundException>(() => Texts.Get("no.such.key", "en"));
    }

    [Fact]
    public void Format_fills_the_placeholders_invariantly()
    {
        Assert.Equal("de catalogusmap 'x/y'", Texts.Format("lint.againstFolder", "nl", "x/y"));
    }

    private static HashSet<string> Indices(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
