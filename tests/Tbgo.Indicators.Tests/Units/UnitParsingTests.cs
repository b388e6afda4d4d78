using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

public sealed class UnitParsingTests
{
    public static TheoryData<string, string> CanonicalForms => new()
    {
        // mass
        { "g", "g" }, { "kg", "kg" }, { "t", "t" }, { "kt", "kt" }, { "Mt", "Mt" }, { "tonne", "t" }, { "µg", "µg" }, { "ug", "µg" },
        // length, area, volume
        { "m", "m" }, { "km", "km" }, { "m2", "m2" }, { "m²", "m2" }, { "m^2", "m2" }, { "ha", "ha" }, { "km2", "km2" }, { "km²", "km2" },
        { "m3", "m3" }, { "m³", "m3" }, { "L", "L" }, { "litre", "L" },
        // time
        { "s", "s" }, { "h", "h" }, { "d", "d" }, { "a", "a" }, { "yr", "a" }, { "jaar", "a" }, { "year", "a" },
        // energy and power
        { "J", "J" }, { "kJ", "kJ" }, { "MJ", "MJ" }, { "GJ", "GJ" }, { "Wh", "Wh" }, { "kWh", "kWh" }, { "MWh", "MWh" }, { "GWh", "GWh" },
        { "W", "W" }, { "kW", "kW" }, { "MW", "MW" },
        // currency, counts, dimensionless
        { "EUR", "EUR" }, { "€", "EUR" }, { "dwelling", "dwelling" }, { "woningen", "dwelling" }, { "person", "person" }, { "inwoners", "person" },
        { "tree", "tree" }, { "%", "%" }, { "1", "1" }, { "-", "1" },
        // qualifiers
        { "kg CO2-eq", "kg CO2-eq" }, { "kg CO₂-eq", "kg CO2-eq" }, { "kg CO2e", "kg CO2-eq" }, { "t CO2-eq", "t CO2-eq" },
        { "kg CFC-11-eq", "kg CFC-11-eq" }, { "kg SO2-eq", "kg SO2-eq" }, { "kg P-eq", "kg P-eq" }, { "kg N-eq", "kg N-eq" },
        { "mol N-eq", "mol N-eq" }, { "kg Sb-eq", "kg Sb-eq" }, { "mol H+-eq", "mol H+-eq" }, { "kg 1,4-DB-eq", "kg 1,4-DB-eq" },
        { "kg NMVOC-eq", "kg NMVOC-eq" }, { "kBq U-235-eq", "kBq U235-eq" }, { "m3 world-eq", "m3 world-eq" }, { "m3 world eq deprived", "m3 world-eq" },
        // compound units as the sector writes them
        { "kg CO2-eq/(m2.a)", "kg CO2-eq/(m2.a)" }, { "kg CO2-eq/m2/a", "kg CO2-eq/(m2.a)" }, { "kg CO₂-eq/m²·yr", "kg CO2-eq/(m2.a)" },
        { "EUR/m2/a", "EUR/(m2.a)" }, { "€/(m²·jaar)", "EUR/(m2.a)" }, { "kWh/m2/a", "kWh/(m2.a)" }, { "kWh/m2.a", "kWh/(m2.a)" },
        { "m3/person/a", "m3/(person.a)" }, { "dwelling/ha", "dwelling/ha" }, { "EUR/(kg CO2-eq)", "EUR/(kg CO2-eq)" }, { "EUR/kg CO2-eq", "EUR/(kg CO2-eq)" },
        { "t.km", "t.km" }, { "kg.m2/s2", "kg.m2/s2" }, { "s-1", "1/s" }, { "1/a", "1/a" }, { "m.m", "m2" }, { "kg/kg", "kg/kg" },
        { "( kg / m2 ) . a", "kg.a/m2" }, { "W/(m2.K)", "W/(m2.K)" },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void ParsesAndPrintsCanonically(string text, string canonical)
    {
        var unit = Unit.Parse(text);
        Assert.Equal(canonical, unit.Text);
        Assert.Equal(canonical, unit.ToString());
        Assert.Equal(unit, Unit.Parse(canonical));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "", "empty" },
        { "   ", "empty" },
        { "kgg", "'kgg' is not a known unit; did you mean 'kg'?" },
        { "KWH", "did you mean 'kWh'?" },
        { "kg CO3-eq", "'CO3-eq' is not a known qualifier" },
        { "t km", "two units stand next to each other" },
        { "kg/", "a unit is missing at the end" },
        { "/m2", "a unit is missing before '/'" },
        { "kg/(m2.a", "a '(' is not closed" },
        { "kg)", "a ')' has no matching '('" },
        { "m^", "an exponent has no digits" },
        { "m0", "must be a whole number from -9 to 9, not 0" },
        { "m99", "must be a whole number from -9 to 9" },
        { "kWh/m2a", "'a' follows a unit without an operator" },
        { "((((((((((m))))))))))", "deeper than 8" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void RejectsMalformedTextWithAReason(string text, string reasonFragment)
    {
        Assert.False(Unit.TryParse(text, out var unit, out var error));
        Assert.Null(unit);
        Assert.Contains(reasonFragment, error, StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => Unit.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsOverlongText()
    {
        var text = string.Join(".", Enumerable.Repeat("m", 150));
        Assert.False(Unit.TryParse(text, out _, out var error));
        Assert.Contains("longer than 200 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsingIsCachedAndReturnsTheSameInstance()
    {
        var a = Unit.Parse("kg CO2-eq/(m2.a)");
        var b = Unit.Parse("kg CO2-eq/(m2.a)");
        Assert.Same(a, b);
    }

    [Fact]
    public void EqualUnitsWithDifferentSpellingsAreEqualButKeepTheirText()
    {
        var mm = Unit.Parse("mm");
        var litrePerSquareMetre = Unit.Parse("L/m2");
        Assert.Equal(mm, litrePerSquareMetre);
        Assert.Equal(mm.GetHashCode(), litrePerSquareMetre.GetHashCode());
        Assert.NotEqual(mm.Text, litrePerSquareMetre.Text);
    }

    [Fact]
    public void QualifiersAreDimensionsNotDecoration()
    {
        var co2 = Unit.Parse("kg CO2-eq");
        Assert.NotEqual(co2.Dimension, Unit.Parse("kg").Dimension);
        Assert.NotEqual(co2.Dimension, Unit.Parse("kg P-eq").Dimension);
        Assert.NotEqual(co2.Dimension, Unit.Parse("kg CO2").Dimension);
        Assert.NotEqual(Unit.Parse("kg N-eq").Dimension, Unit.Parse("mol N-eq").Dimension);
        Assert.Equal("M.[CO2-eq]", UnitRegistry.Default.FormatDimension(co2.Dimension));
    }

    [Fact]
    public void CountKindsAreSeparateDimensions()
    {
        Assert.False(Unit.Parse("m2/dwelling").IsCompatibleWith(Unit.Parse("m2/person")));
        Assert.False(Unit.Parse("tree").IsCompatibleWith(Unit.Parse("1")));
        Assert.True(Unit.Parse("%").IsCompatibleWith(Unit.One));
    }

    [Fact]
    public void DimensionsOfDerivedUnitsAreThoseOfTheirDefinitions()
    {
        var registry = UnitRegistry.Default;
        Assert.Equal("M.L2.T-2", registry.FormatDimension(Unit.Parse("kWh").Dimension));
        Assert.Equal("M.L2.T-3", registry.FormatDimension(Unit.Parse("kW").Dimension));
        Assert.Equal("M.T-3", registry.FormatDimension(Unit.Parse("kWh/(m2.a)").Dimension));
        Assert.Equal("L3.T-1.[person]-1", registry.FormatDimension(Unit.Parse("m3/person/a").Dimension));
        Assert.Equal("1", registry.FormatDimension(Unit.Parse("%").Dimension));
    }

    [Fact]
    public void ComposesUnitsWithOperators()
    {
        var perArea = Unit.Parse("EUR") / (Unit.Parse("m2") * Unit.Parse("a"));
        Assert.Equal("EUR/(m2.a)", perArea.Text);
        Assert.Equal(Unit.Parse("EUR/m2/a"), perArea);
        Assert.Equal(1d, (Unit.Parse("kW") * Unit.Parse("h")).ConvertTo(1d, Unit.Parse("kWh")));
    }

    [Fact]
    public void EveryUnitAndAliasOfTheRegistryParses()
    {
        foreach (var unit in UnitRegistry.Default.Units)
        {
            foreach (var spelling in unit.Aliases.Prepend(unit.Symbol))
            {
                Assert.True(Unit.TryParse(spelling, out var parsed, out var error), $"{spelling}: {error}");
                Assert.Equal(unit.Dimension, parsed.Dimension);
                Assert.Equal(unit.Factor, parsed.Factor);
            }
        }
    }

    [Fact]
    public void EveryQualifierAndAliasOfTheRegistryParsesAfterAUnit()
    {
        foreach (var q in UnitRegistry.Default.Qualifiers)
        {
            foreach (var spelling in q.Aliases.Prepend(q.Symbol))
            {
                Assert.True(Unit.TryParse("kg " + spelling, out var parsed, out var error), $"kg {spelling}: {error}");
                Assert.Equal("kg " + q.Symbol, parsed.Text);
            }
        }
    }

    [Fact]
    public void EveryQuantityKindHasAParseableCanonicalUnit()
    {
        Assert.NotEmpty(UnitRegistry.Default.Quantities);
        foreach (var q in UnitRegistry.Default.Quantities)
        {
            Assert.Equal(q.Unit, Unit.Parse(q.Unit.Text));
            Assert.Same(q, UnitRegistry.Default.FindQuantity(q.Id));
        }
    }
}
