using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Tbgo.Indicators.Units;

/// <summary>
/// A unit of measurement, simple (<c>kg</c>) or compound (<c>kg CO2-eq/(m2.a)</c>), with its dimension
/// vector and exact factor to the coherent base units. Parse once, convert many times: conversion
/// between two parsed units allocates nothing. Two units are equal when they have the same dimension
/// and the same factor (<c>kWh/m2/a</c> equals <c>kWh/(m2.a)</c>).
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    internal Unit(UnitRegistry registry, ImmutableArray<UnitTerm> numerator, ImmutableArray<UnitTerm> denominator, Dimension dimension, Rational factor, string text)
    {
        Registry = registry;
        Numerator = numerator;
        Denominator = denominator;
        Dimension = dimension;
        Factor = factor;
        Text = text;
    }

    /// <summary>The dimensionless unit one (<c>1</c>).</summary>
    public static Unit One => UnitRegistry.Default.One;

    /// <summary>The terms above the fraction bar, in the order written.</summary>
    public ImmutableArray<UnitTerm> Numerator { get; }

    /// <summary>The terms below the fraction bar, in the order written.</summary>
    public ImmutableArray<UnitTerm> Denominator { get; }

    /// <summary>The dimension vector.</summary>
    public Dimension Dimension { get; }

    /// <summary>The exact factor to the coherent base units.</summary>
    public Rational Factor { get; }

    /// <summary>The canonical text, such as <c>kg CO2-eq/(m2.a)</c>.</summary>
    public string Text { get; }

    /// <summary>True when the unit has no dimension (<c>1</c>, <c>%</c>, <c>kg/kg</c>).</summary>
    public bool IsDimensionless => Dimension.IsDimensionless;

    internal UnitRegistry Registry { get; }

    /// <summary>Parses unit text with the default registry.</summary>
    /// <exception cref="FormatException">The text is not a unit the registry knows; the message says why.</exception>
    public static Unit Parse(string text) => UnitRegistry.Default.Parse(text);

    /// <summary>Parses unit text with the default registry.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit) =>
        UnitRegistry.Default.TryParse(text, out unit, out _);

    /// <summary>Parses unit text with the default registry, saying why when it fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out string? error) =>
        UnitRegistry.Default.TryParse(text, out unit, out error);

    /// <summary>True when values in this unit can be converted to <paramref name="other"/>.</summary>
    public bool IsCompatibleWith(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension;
    }

    /// <summary>The conversion from this unit to <paramref name="target"/>.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public UnitConversion GetConversionTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Dimension == target.Dimension
            ? UnitConversion.Between(Factor, target.Factor)
            : throw new IncompatibleUnitsException(this, target);
    }

    /// <summary>The conversion from this unit to <paramref name="target"/>, or false when the dimensions differ.</summary>
    public bool TryGetConversionTo(Unit target, out UnitConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Dimension != target.Dimension)
        {
            conversion = default;
            return false;
        }

        conversion = UnitConversion.Between(Factor, target.Factor);
        return true;
    }

    /// <summary>Converts a value in this unit to <paramref name="target"/>.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public double ConvertTo(double value, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (ReferenceEquals(this, target))
        {
            return value;
        }

        return Dimension == target.Dimension
            ? UnitConversion.Between(Factor, target.Factor).Apply(value)
            : throw new IncompatibleUnitsException(this, target);
    }

    /// <summary>Converts a decimal value in this unit to <paramref name="target"/>, exactly where the result fits.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public decimal ConvertTo(decimal value, Unit target) => GetConversionTo(target).Apply(value);

    /// <summary>The product of two units.</summary>
    /// <exception cref="OverflowException">The exact factor needs more than 128 bits (such as Mt.TWh.TJ/µg2).</exception>
    public static Unit operator *(Unit left, Unit right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Registry.Compose([.. left.Numerator, .. right.Numerator], [.. left.Denominator, .. right.Denominator]);
    }

    /// <summary>The quotient of two units.</summary>
    /// <exception cref="OverflowException">The exact factor needs more than 128 bits.</exception>
    public static Unit operator /(Unit left, Unit right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Registry.Compose([.. left.Numerator, .. right.Denominator], [.. left.Denominator, .. right.Numerator]);
    }

    /// <summary>Multiplies two units (for languages without operators).</summary>
    public static Unit Multiply(Unit left, Unit right) => left * right;

    /// <summary>Divides two units (for languages without operators).</summary>
    public static Unit Divide(Unit left, Unit right) => left / right;

    /// <summary>True when both have the same dimension and factor.</summary>
    public bool Equals(Unit? other) => other is not null && (ReferenceEquals(this, other) || (Dimension == other.Dimension && Factor == other.Factor));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Factor);

    /// <summary>Equality by dimension and factor.</summary>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by dimension and factor.</summary>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <summary>The canonical text.</summary>
    public override string ToString() => Text;
}
