using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

public sealed class InvariantNumberTests
{
    [Theory]
    [InlineData("0.8", 0.8)]
    [InlineData("-12.5", -12.5)]
    [InlineData("+3", 3)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("3.6e6", 3.6e6)]
    [InlineData("1E-9", 1e-9)]
    public void ParsesInvariantNumbers(string text, double expected)
    {
        Assert.True(InvariantNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0,8")]
    [InlineData("1,200.5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("1e400")]
    [InlineData("0x1A")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("١٢")]
    public void RejectsEverythingElse(string text) => Assert.False(InvariantNumber.TryParse(text, out _));

    [Fact]
    public void AcceptsADecimalCommaOnlyWhenAsked()
    {
        Assert.True(InvariantNumber.TryParse("12,5", ',', out var value));
        Assert.Equal(12.5, value);
        Assert.False(InvariantNumber.TryParse("12.5", ',', out _));
        Assert.True(InvariantNumber.LooksLikeDecimalComma("0,8"));
        Assert.False(InvariantNumber.LooksLikeDecimalComma("0.8"));
        Assert.False(InvariantNumber.LooksLikeDecimalComma("1,200.5"));
    }

    [Fact]
    public void FormatsTheShortestRoundTrip()
    {
        Assert.Equal("0.1", InvariantNumber.Format(0.1));
        Assert.Equal("1E-09", InvariantNumber.Format(1e-9));
        Assert.Equal("1200", InvariantNumber.Format(1200));
    }
}
