using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

public sealed class UnitConversionTests
{
    public static TheoryData<double, string, string, double> ExactConversions => new()
    {
        // mass
        { 1.2, "t CO2-eq", "kg CO2-eq", 1200 }, { 1, "Mt", "kg", 1e9 }, { 1, "kt", "t", 1000 }, { 1, "g", "kg", 0.001 }, { 2500, "µg", "mg", 2.5 },
        // length, area, volume
        { 1, "km", "m", 1000 }, { 1, "ha", "m2", 10000 }, { 1, "km2", "ha", 100 }, { 1, "m3", "L", 1000 }, { 1, "mm", "L/m2", 1 },
        // time
        { 1, "h", "s", 3600 }, { 1, "d", "h", 24 }, { 1, "a", "d", 365.25 }, { 1, "a", "h", 8766 },
        // energy and power
        { 1, "kWh", "MJ", 3.6 }, { 1, "MWh", "GJ", 3.6 }, { 1, "GWh", "kWh", 1e6 }, { 1, "kWh", "J", 3.6e6 }, { 1, "kW", "W", 1000 }, { 1, "kW.h", "kWh", 1 },
        // currency, counts, dimensionless
        { 1, "kEUR", "EUR", 1000 }, { 1, "MEUR", "kEUR", 1000 }, { 25, "%", "1", 0.25 }, { 0.3, "1", "%", 30 }, { 1, "kg/kg", "%", 100 },
        { 40, "dwelling/ha", "dwelling/km2", 4000 },
        // compound
        { 5, "kWh/m2/a", "MJ/(m2.a)", 18 }, { 1, "kg CO2-eq/(m2.a)", "t CO2-eq/(ha.a)", 10 }, { 0.8, "EUR/m2/a", "EUR/(m2.a)", 0.8 },
        { 2, "kg 1,4-DB-eq", "g 1,4-DB-eq", 2000 },
    };

    [Theory]
    [MemberData(nameof(ExactConversions))]
    public void ConvertsExactlyWhereTheFactorIsExact(double value, string from, string to, double expected)
    {
        var result = Unit.Parse(from).ConvertTo(value, Unit.Parse(to));
        Assert.Equal(expected, result);
        Assert.Equal((decimal)expected, Unit.Parse(from).ConvertTo((decimal)value, Unit.Parse(to)));
    }

    [Theory]
    [InlineData("kg CO2-eq", "kg P-eq", "global warming potential, M.[CO2-eq]", "M.[P-eq]")]
    [InlineData("kWh", "kg", "energy, M.L2.T-2", "mass, M")]
    [InlineData("kWh/m2", "kg CO2-eq/m2", "M.T-2", "GWP per square metre, M.L-2.[CO2-eq]")]
    [InlineData("m2/dwelling", "m2/person", "area per dwelling, L2.[dwelling]-1", "area per person, L2.[person]-1")]
    [InlineData("kg CO2", "kg CO2-eq", "mass of CO2, M.[CO2]", "global warming potential, M.[CO2-eq]")]
    public void IncompatibleConversionIsAnErrorNamingBothDimensions(string from, string to, string fromDimension, string toDimension)
    {
        var source = Unit.Parse(from);
        var target = Unit.Parse(to);
        Assert.False(source.IsCompatibleWith(target));
        Assert.False(source.TryGetConversionTo(target, out _));
        var ex = Assert.Throws<IncompatibleUnitsException>(() => source.ConvertTo(1.0, target));
        Assert.Contains($"'{source}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{target}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(fromDimension, ex.Message, StringComparison.Ordinal);
        Assert.Contains(toDimension, ex.Message, StringComparison.Ordinal);
        Assert.Same(source, ex.From);
        Assert.Same(target, ex.To);
    }

    [Fact]
    public void ConversionExposesTheExactRatio()
    {
        var c = Unit.Parse("kWh/(m2.a)").GetConversionTo(Unit.Parse("MJ/(m2.a)"));
        Assert.True(c.IsExact);
        Assert.Equal(Rational.Create(18, 5), c.Ratio);
        Assert.Equal(3.6, c.Factor);
        Assert.False(c.IsIdentity);
        Assert.True(Unit.Parse("mm").GetConversionTo(Unit.Parse("L/m2")).IsIdentity);
    }

    [Fact]
    public void DivisionByAnIntegerFactorIsCorrectlyRounded()
    {
        // 0.1 kg -> t divides by 1000 once; a multiply by 0.001 would round twice.
        Assert.Equal(0.1 / 1000, Unit.Parse("kg").ConvertTo(0.1, Unit.Parse("t")));
        Assert.Equal(1.0 / 3.6, Unit.Parse("MJ").ConvertTo(1.0, Unit.Parse("kWh")), 15);
    }

    [Fact]
    public void DecimalConversionIsExact()
    {
        Assert.Equal(0.1m, Unit.Parse("kg").ConvertTo(100m, Unit.Parse("t")));
        Assert.Equal(2.5m, Unit.Parse("MJ").ConvertTo(9m, Unit.Parse("kWh")));
    }

    [Fact]
    public void HugeCompoundFactorsStayExact()
    {
        var big = Unit.Parse("Mt.GWh.TJ");
        var c = big.GetConversionTo(Unit.Parse("kg.J2"));
        Assert.True(c.IsExact);
        Assert.Equal("3600000000000000000000000000000000", c.Ratio.ToString());
        Assert.Equal(3.6e33, c.Apply(1.0));
    }
}
