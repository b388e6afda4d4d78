using Tbgo.Indicators.Text;

namespace Tbgo.Indicators.Tests.Text;

/// <summary>The "did you mean" helper: the closest valid values within a threshold that grows with the word.</summary>
public sealed class SuggestionTests
{
    private static readonly string[] Themes = ["energiegebruik", "energy", "climate", "materials", "health", "adaptation"];

    [Theory]
    [InlineData("energie-gebruik", "energiegebruik")] // an extra character
    [InlineData("helth", "health")] // a missing character
    [InlineData("cliamte", "climate")] // adjacent letters swapped: one edit
    [InlineData("MATERIALS", "materials")] // case only
    public void The_closest_value_is_suggested(string word, string expected) =>
        Assert.Equal([expected], EditDistance.Suggest(word, Themes));

    [Fact]
    public void Values_equally_close_are_all_suggested_in_order()
    {
        Assert.Equal(["plan", "plat"], EditDistance.Suggest("pla", ["plat", "plan", "initiatief"]));
        Assert.Equal("Did you mean 'plan' or 'plat'?", EditDistance.DidYouMean("pla", ["plat", "plan", "initiatief"]));
        Assert.Equal("Did you mean 'a1', 'a2' or 'a3'?", EditDistance.DidYouMean("a", new[] { "a3", "a1", "a2" }));
    }

    [Fact]
    public void The_nearest_distance_wins_over_farther_ones() =>
        Assert.Equal(["gebouw"], EditDistance.Suggest("gebow", ["gebouw", "gebied"]));

    [Theory]
    [InlineData("eaa")] // 2 edits from 'env', but a short word allows 1
    [InlineData("transport")]
    [InlineData("")]
    public void Nothing_is_suggested_when_nothing_is_close(string word)
    {
        Assert.Empty(EditDistance.Suggest(word, ["env", "soc", "gov", "energy"]));
        Assert.Null(EditDistance.DidYouMean(word, ["env", "soc", "gov", "energy"]));
    }

    [Fact]
    public void The_exact_value_itself_is_not_suggested() =>
        Assert.Empty(EditDistance.Suggest("env", ["env"]));

    [Fact]
    public void A_prefix_is_written_before_each_suggestion() =>
        Assert.Equal("Did you mean 'levels:1.1'?", EditDistance.DidYouMean("1.11", ["1.1", "2.1", "3.1.1"], "levels:"));

    [Fact]
    public void Long_ids_allow_three_edits() =>
        Assert.Equal(["tbgo.env.energy.beng-1"], EditDistance.Suggest("tbgo.env.enrgy.beng1", ["tbgo.env.energy.beng-1", "tbgo.env.energy.beng-2x"]));
}
