using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

public sealed class RationalTests
{
    [Theory]
    [InlineData("365.25", 1461, 4)]
    [InlineData("3.6e6", 3600000, 1)]
    [InlineData("1/1000", 1, 1000)]
    [InlineData("1e-9", 1, 1000000000)]
    [InlineData("0.001", 1, 1000)]
    [InlineData("-2/4", -1, 2)]
    public void ParsesExactly(string text, long numerator, long denominator)
    {
        Assert.True(Rational.TryParse(text, out var r));
        Assert.Equal(numerator, r.Numerator);
        Assert.Equal(denominator, r.Denominator);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("abc")]
    [InlineData("1e40")]
    [InlineData("1.2.3")]
    public void RejectsBadOrHugeText(string text) => Assert.False(Rational.TryParse(text, out _));

    [Fact]
    public void ArithmeticStaysReducedAndDetectsOverflow()
    {
        Assert.True(Rational.TryMultiply(Rational.Create(2, 3), Rational.Create(3, 4), out var p));
        Assert.Equal(Rational.Create(1, 2), p);
        Assert.True(Rational.TryDivide(Rational.One, Rational.Create(4), out var q));
        Assert.Equal("1/4", q.ToString());
        Assert.True(Rational.TryPow(Rational.Create(1000), 9, out var big));
        Assert.Equal("1000000000000000000000000000", big.ToString());
        Assert.False(Rational.TryPow(Rational.Create(1000), 13, out _));
        Assert.False(Rational.TryDivide(Rational.One, Rational.Zero, out _));
        Assert.Equal(default, Rational.Zero);
        Assert.True(Rational.Create(1, 3) < Rational.Create(1, 2));
    }
}
