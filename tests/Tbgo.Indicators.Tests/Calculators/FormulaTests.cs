using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Calculators;

public sealed class FormulaTests
{
    private static Dictionary<string, Quantity> Inputs(params (string Name, string Quantity)[] inputs) =>
        inputs.ToDictionary(i => i.Name, i => Quantity.Parse(i.Quantity), StringComparer.Ordinal);

    [Fact]
    public void EvaluatesWithUnits()
    {
        var f = Formula.Parse("mki / (bvo * rsp)");
        Assert.Equal<string>(["mki", "bvo", "rsp"], f.Identifiers);
        var result = f.Evaluate(Inputs(("mki", "7200 EUR"), ("bvo", "120 m2"), ("rsp", "75 a")));
        Assert.Equal(0.8, result.ValueIn(Unit.Parse("EUR/(m2.a)")), 12);
    }

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("-2 - -3", 1)]
    [InlineData("8 / 4 / 2", 1)]
    [InlineData("max(1, 3, 2)", 3)]
    [InlineData("min(4, 3e-1)", 0.3)]
    [InlineData("abs(-5)", 5)]
    [InlineData("max(0, 1 - 2)", 0)]
    public void FollowsArithmeticPrecedence(string text, double expected) =>
        Assert.Equal(expected, Formula.Parse(text).Evaluate(Inputs()).Value, 12);

    [Fact]
    public void ZeroTakesTheUnitItMeets()
    {
        Assert.Equal(0, Formula.Parse("max(0, gwp)").Evaluate(Inputs(("gwp", "-3 kg CO2-eq"))).Value);
        Assert.Equal("kg CO2-eq", Formula.Parse("max(0, gwp)").Evaluate(Inputs(("gwp", "-3 kg CO2-eq"))).Unit.Text);
        Assert.Equal(3, Formula.Parse("0 + gwp").Evaluate(Inputs(("gwp", "3 kg CO2-eq"))).Value);
        Assert.Throws<FormulaException>(() => Formula.Parse("1 + gwp").Evaluate(Inputs(("gwp", "3 kg CO2-eq"))));
    }

    [Theory]
    [InlineData("a + b", "the dimensions do not match: Cannot convert 'dwelling'")]
    [InlineData("a / 0", "divides by zero")]
    [InlineData("a + c", "the input 'c' is not given")]
    public void EvaluationErrorsSayWhy(string text, string message)
    {
        var ex = Assert.Throws<FormulaException>(() => Formula.Parse(text).Evaluate(Inputs(("a", "3 m2"), ("b", "2 dwelling"))));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a +", "a value is missing at the end")]
    [InlineData("(a", "')' expected")]
    [InlineData("a $ b", "unexpected '$'")]
    [InlineData("sqrt(a)", "unknown function 'sqrt'")]
    [InlineData("abs(a, b)", "abs takes one argument")]
    [InlineData("1..2", "'1..2' is not a number")]
    [InlineData("A", "unexpected 'A'")]
    public void ParseErrorsSayWhereAndWhy(string text, string message)
    {
        var ex = Assert.Throws<FormulaException>(() => Formula.Parse(text));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("at character", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNestingIsRefusedNotAStackOverflow()
    {
        var ex = Assert.Throws<FormulaException>(() => Formula.Parse(new string('(', 200) + "1" + new string(')', 200)));
        Assert.Contains("deeper than 40 levels", ex.Message, StringComparison.Ordinal);
        Assert.Contains("deeper than 40 levels", Assert.Throws<FormulaException>(() => Formula.Parse(new string('-', 900) + "1")).Message, StringComparison.Ordinal);
        Assert.Contains("longer than 1000 characters", Assert.Throws<FormulaException>(() => Formula.Parse(new string('-', 5000) + "1")).Message, StringComparison.Ordinal);
    }
}
