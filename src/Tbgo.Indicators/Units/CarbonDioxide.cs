namespace Tbgo.Indicators.Units;

/// <summary>
/// The explicit chemical relation between a mass of carbon (<c>kg C</c>) and the mass of carbon dioxide it forms
/// (<c>kg CO2</c>): one mole of C (12 g) binds into one mole of CO2 (44 g), so 1 kg C is 44/12 kg CO2. Carbon and CO2
/// are different substances with dimensions of their own, so <c>kg C</c> never converts to <c>kg CO2</c> as a unit
/// (<see cref="Unit.ConvertTo(double, Unit)"/> throws <see cref="IncompatibleUnitsException"/>); this class is the
/// one place that crosses from one to the other, and it says so.
/// </summary>
/// <remarks>
/// The ratio is 44/12 as EN 16449:2014 eq. 1 writes it (atomic weights rounded to 12 and 44; domain notes section 6:
/// formula structure confirmed via CATAS, 44/12 = 3.667 kg CO2 per kg C confirmed). The unrounded molar masses
/// (44.009 / 12.011 = 3.664) differ by 0.07%; the standard's rounded ratio is used so results match EN 16449.
/// </remarks>
public static class CarbonDioxide
{
    /// <summary>kg CO2 per kg C, as a double: 44/12.</summary>
    public const double PerCarbon = 44d / 12d;

    /// <summary>The symbol of the carbon qualifier (<c>kg C</c>).</summary>
    public const string CarbonQualifier = "C";

    /// <summary>The symbol of the carbon-dioxide qualifier (<c>kg CO2</c>).</summary>
    public const string Co2Qualifier = "CO2";

    /// <summary>Where the ratio comes from.</summary>
    public const string Source = "EN 16449:2014 eq. 1: CO2 = 44/12 x C (atomic weights 44 and 12)";

    /// <summary>kg CO2 per kg C, exactly: 44/12 = 11/3.</summary>
    public static Rational PerCarbonExact => Rational.Create(44, 12);

    /// <summary>The CO2 formed from a mass of carbon: <c>1 kg C</c> gives <c>3.667 kg CO2</c> (44/12).</summary>
    /// <param name="carbon">A quantity with the carbon qualifier, such as <c>12 kg C</c> or <c>3 t C/m2</c>.</param>
    /// <returns>The same quantity of CO2, in the same unit with <c>CO2</c> in place of <c>C</c> (<c>kg CO2</c>, <c>t CO2/m2</c>).</returns>
    /// <exception cref="ArgumentException">The unit is not a carbon quantity (exactly one <c>C</c> above the fraction bar, no <c>CO2</c>).</exception>
    public static Quantity FromCarbon(Quantity carbon) => Swap(carbon, CarbonQualifier, Co2Qualifier, PerCarbon, nameof(carbon));

    /// <summary>The carbon in a mass of CO2: <c>1 kg CO2</c> holds <c>0.2727 kg C</c> (12/44).</summary>
    /// <param name="co2">A quantity with the CO2 qualifier, such as <c>44 kg CO2</c>.</param>
    /// <returns>The same quantity of carbon, in the same unit with <c>C</c> in place of <c>CO2</c>.</returns>
    /// <exception cref="ArgumentException">The unit is not a CO2 quantity (exactly one <c>CO2</c> above the fraction bar, no <c>C</c>).</exception>
    public static Quantity ToCarbon(Quantity co2) => Swap(co2, Co2Qualifier, CarbonQualifier, 12d / 44d, nameof(co2));

    /// <summary>
    /// The relation to name when <paramref name="from"/> does not convert to <paramref name="to"/> only because one is
    /// carbon and the other CO2, or <see langword="null"/>.
    /// </summary>
    internal static string? RelationBetween(Unit from, Unit to)
    {
        if (Find(from.Registry, CarbonQualifier) is not { } c || Find(from.Registry, Co2Qualifier) is not { } co2)
        {
            return null;
        }

        var swap = Dimension.OfAxis(co2.Axis) / Dimension.OfAxis(c.Axis);
        return from.Dimension * swap == to.Dimension ? "CarbonDioxide.FromCarbon"
            : to.Dimension * swap == from.Dimension ? "CarbonDioxide.ToCarbon"
            : null;
    }

    private static Quantity Swap(Quantity q, string fromSymbol, string toSymbol, double ratio, string parameter)
    {
        var unit = q.Unit;
        var from = Find(unit.Registry, fromSymbol);
        var to = Find(unit.Registry, toSymbol);
        if (from is null || to is null)
        {
            throw new ArgumentException($"The unit registry of '{unit}' defines no '{fromSymbol}' or '{toSymbol}' qualifier.", parameter);
        }

        var count = 0;
        foreach (var t in unit.Numerator)
        {
            count += t.Qualifier == from ? t.Exponent : 0;
        }

        if (count != 1 || unit.Dimension[from.Axis] != 1 || unit.Dimension[to.Axis] != 0)
        {
            throw new ArgumentException($"'{unit}' is not a quantity of {fromSymbol} (such as kg {fromSymbol}): the relation {Source} applies to exactly one '{fromSymbol}' above the fraction bar.", parameter);
        }

        var target = unit.Registry.Compose(
            unit.Numerator.Select(t => t.Qualifier == from ? t with { Qualifier = to } : t),
            unit.Denominator);
        return new Quantity(q.Value * ratio, target);
    }

    private static UnitQualifier? Find(UnitRegistry registry, string symbol)
    {
        foreach (var q in registry.Qualifiers)
        {
            if (string.Equals(q.Symbol, symbol, StringComparison.Ordinal))
            {
                return q;
            }
        }

        return null;
    }
}
