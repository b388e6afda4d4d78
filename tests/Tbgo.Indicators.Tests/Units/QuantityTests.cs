using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("1.2 t CO2-eq", 1.2, "t CO2-eq")]
    [InlineData("0.8 EUR/m2/a", 0.8, "EUR/(m2.a)")]
    [InlineData("30 %", 30, "%")]
    [InlineData("30%", 30, "%")]
    [InlineData("-3e6 J", -3e6, "J")]
    [InlineData("12", 12, "1")]
    [InlineData("  7200 EUR  ", 7200, "EUR")]
    [InlineData("12.5kg", 12.5, "kg")]
    public void ParsesNumberAndUnit(string text, double value, string unit)
    {
        var q = Quantity.Parse(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit.Text);
    }

    [Theory]
    [InlineData("0,8 EUR/m2/a", "decimal comma; write it with a decimal point (0.8)")]
    [InlineData("NaN kg", "'NaN' in 'NaN kg' is not a finite number")]
    [InlineData("1e400 kg", "is not a finite number")]
    [InlineData("1,200.5 kg", "is not a finite number")]
    [InlineData("", "the text is empty")]
    [InlineData("12 kgg", "The unit 'kgg' in '12 kgg' cannot be read")]
    public void RejectsBadTextWithAClearReason(string text, string reason)
    {
        Assert.False(Quantity.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatsInInvariantCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nl-NL");
            Assert.Equal("0.8 EUR/(m2.a)", new Quantity(0.8, Unit.Parse("EUR/m2/a")).ToString());
            Assert.Equal(0.8, Quantity.Parse("0.8 EUR/m2/a").Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ArithmeticChecksDimensions()
    {
        var a = Quantity.Parse("1 t CO2-eq");
        var b = Quantity.Parse("250 kg CO2-eq");
        Assert.Equal(1.25, (a + b).Value);
        Assert.Equal("t CO2-eq", (a + b).Unit.Text);
        Assert.Equal(0.75, (a - b).Value);
        Assert.True(a > b);
        Assert.Throws<IncompatibleUnitsException>(() => a + Quantity.Parse("1 kWh/m2"));
        Assert.Throws<IncompatibleUnitsException>(() => a.CompareTo(Quantity.Parse("1 kg P-eq")));

        var mpg = Quantity.Parse("7200 EUR") / (Quantity.Parse("120 m2") * Quantity.Parse("75 a"));
        Assert.Equal(0.8, mpg.ConvertTo(Unit.Parse("EUR/(m2.a)")).Value, 12);
        Assert.Throws<DivideByZeroException>(() => a / Quantity.Parse("0 m2"));
    }

    [Fact]
    public void RejectsNonFiniteValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(double.NaN, Unit.One));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(double.PositiveInfinity, Unit.One));
        Assert.Equal(Unit.One, default(Quantity).Unit);
    }
}
