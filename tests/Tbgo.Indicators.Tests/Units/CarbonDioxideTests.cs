using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Units;

/// <summary>Carbon (kg C) and CO2 (kg CO2) are different substances: only the explicit 44/12 relation crosses between them.</summary>
public sealed class CarbonDioxideTests
{
    [Fact]
    public void Kg_carbon_is_a_dimension_error_against_kg_co2_that_names_the_explicit_relation()
    {
        var ex = Assert.Throws<IncompatibleUnitsException>(() => Quantity.Parse("1 kg C").ConvertTo(Unit.Parse("kg CO2")));
        Assert.Equal("CarbonDioxide.FromCarbon", ex.Relation);
        Assert.Contains("Cannot convert 'kg C'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("use the explicit relation CarbonDioxide.FromCarbon (CO2 = 44/12 x C, EN 16449:2014 eq. 1)", ex.Message, StringComparison.Ordinal);

        var back = Assert.Throws<IncompatibleUnitsException>(() => Unit.Parse("t CO2/m2").ConvertTo(1.0, Unit.Parse("kg C/m2")));
        Assert.Equal("CarbonDioxide.ToCarbon", back.Relation);
        Assert.False(Unit.Parse("kg C").IsCompatibleWith(Unit.Parse("kg CO2-eq")));
        Assert.False(Unit.Parse("kg C").IsCompatibleWith(Unit.Parse("kg")));

        // Other mismatches name no relation.
        var other = Assert.Throws<IncompatibleUnitsException>(() => Unit.Parse("kg CO2").ConvertTo(1.0, Unit.Parse("kg CO2-eq")));
        Assert.Null(other.Relation);
        Assert.DoesNotContain("CarbonDioxide", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kg_carbon_converts_between_mass_units_as_carbon()
    {
        Assert.Equal(1000, Quantity.Parse("1 t C").ValueIn(Unit.Parse("kg C")));
        Assert.Equal("kg C", Unit.Parse("kg C").Text);
    }

    [Fact]
    public void FromCarbon_multiplies_by_44_over_12_and_keeps_the_unit_shape()
    {
        var co2 = CarbonDioxide.FromCarbon(Quantity.Parse("12 kg C"));
        Assert.Equal(Unit.Parse("kg CO2"), co2.Unit);
        Assert.Equal(44, co2.Value, 12);
        var perArea = CarbonDioxide.FromCarbon(Quantity.Parse("3 t C/m2"));
        Assert.Equal(Unit.Parse("t CO2/m2"), perArea.Unit);
        Assert.Equal(11, perArea.Value, 12);
        Assert.Equal(Rational.Create(11, 3), CarbonDioxide.PerCarbonExact);
        Assert.Equal(12, CarbonDioxide.ToCarbon(Quantity.Parse("44 kg CO2")).ValueIn(Unit.Parse("kg C")), 12);
        Assert.Contains("EN 16449", CarbonDioxide.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 kg CO2")]
    [InlineData("1 kg")]
    [InlineData("1 kg C.kg C")]
    [InlineData("1 m2/kg C")]
    public void FromCarbon_refuses_what_is_not_one_carbon_quantity(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => CarbonDioxide.FromCarbon(Quantity.Parse(text)));
        Assert.Contains("is not a quantity of C", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Biogenic_stores_the_co2_of_its_carbon_by_the_relation()
    {
        // 1 m3 at 500 kg/m3 and 0% moisture, cf 0.5: 250 kg C, which FromCarbon turns into 916.67 kg CO2.
        var p = new BiogenicProduct("p", Quantity.Parse("1 m3"), Quantity.Parse("500 kg/m3"), Quantity.Parse("0 %"), Quantity.Parse("0.5 1"));
        var r = BiogenicCalculator.Calculate(new BiogenicInput([p]), Catalogue.Default);
        Assert.Equal(CarbonDioxide.FromCarbon(Quantity.Parse("250 kg C")).ValueIn(Unit.Parse("kg CO2")), r.Total, 9);
        Assert.Equal(250 * 44d / 12d, r.Total, 9);
    }
}
