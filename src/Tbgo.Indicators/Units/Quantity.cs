using System.Diagnostics.CodeAnalysis;

namespace Tbgo.Indicators.Units;

/// <summary>
/// A finite value with a unit, such as <c>12.5 kg CO2-eq/m2</c>. Arithmetic checks dimensions:
/// adding <c>t CO2-eq</c> to <c>kWh/m2</c> throws <see cref="IncompatibleUnitsException"/>.
/// Text forms use invariant culture: a decimal point, the number first, then the unit.
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private readonly Unit? _unit;

    /// <summary>Creates a quantity.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public Quantity(double value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A quantity has a finite value.");
        }

        Value = value;
        _unit = unit;
    }

    /// <summary>The number.</summary>
    public double Value { get; }

    /// <summary>The unit; <see cref="Units.Unit.One"/> for a pure number.</summary>
    public Unit Unit => _unit ?? Unit.One;

    /// <summary>The dimension of the unit.</summary>
    public Dimension Dimension => Unit.Dimension;

    /// <summary>Parses <c>"&lt;number&gt; [unit]"</c>, such as <c>1.2 t CO2-eq</c> or <c>30 %</c>, in invariant culture.</summary>
    /// <exception cref="FormatException">The text is not a quantity; the message says why.</exception>
    public static Quantity Parse(string text) =>
        TryParse(text, out var q, out var error) ? q : throw new FormatException(error);

    /// <summary>Parses a quantity, saying why when it fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity, [NotNullWhen(false)] out string? error) =>
        TryParse(text, UnitRegistry.Default, out quantity, out error);

    /// <summary>Parses a quantity with a given registry, saying why when it fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, UnitRegistry registry, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(registry);
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A quantity needs a number and a unit, but the text is empty.";
            return false;
        }

        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && IsNumberChar(trimmed, end))
        {
            end++;
        }

        var number = end > 0 ? trimmed[..end] : trimmed.Split(' ', 2)[0];
        if (end == 0 || !InvariantNumber.TryParse(number, out var value))
        {
            error = InvariantNumber.LooksLikeDecimalComma(number)
                ? $"'{number}' uses a decimal comma; write it with a decimal point ({number.Replace(',', '.')})."
                : $"'{number}' in '{text}' is not a finite number in invariant notation.";
            return false;
        }

        var unitText = trimmed[number.Length..].Trim();
        Unit unit;
        if (unitText.Length == 0)
        {
            unit = registry.One;
        }
        else if (!registry.TryParse(unitText, out unit!, out var unitError))
        {
            error = $"The unit '{unitText}' in '{text}' cannot be read: {unitError}.";
            return false;
        }

        quantity = new Quantity(value, unit);
        error = null;
        return true;
    }

    /// <summary>This quantity expressed in another unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public Quantity ConvertTo(Unit target) => new(Unit.ConvertTo(Value, target), target);

    /// <summary>The value expressed in another unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public double ValueIn(Unit target) => Unit.ConvertTo(Value, target);

    /// <summary>Sum, in the left operand's unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public static Quantity operator +(Quantity left, Quantity right) => new(left.Value + right.ValueIn(left.Unit), left.Unit);

    /// <summary>Difference, in the left operand's unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public static Quantity operator -(Quantity left, Quantity right) => new(left.Value - right.ValueIn(left.Unit), left.Unit);

    /// <summary>Negation.</summary>
    public static Quantity operator -(Quantity value) => new(-value.Value, value.Unit);

    /// <summary>Product; the units multiply.</summary>
    public static Quantity operator *(Quantity left, Quantity right) => new(left.Value * right.Value, left.Unit * right.Unit);

    /// <summary>Quotient; the units divide.</summary>
    /// <exception cref="DivideByZeroException">The divisor is zero.</exception>
    public static Quantity operator /(Quantity left, Quantity right) =>
        right.Value == 0 ? throw new DivideByZeroException("A quantity cannot be divided by zero.") : new(left.Value / right.Value, left.Unit / right.Unit);

    /// <summary>Scales by a pure number.</summary>
    public static Quantity operator *(Quantity left, double right) => new(left.Value * right, left.Unit);

    /// <summary>Adds (for languages without operators).</summary>
    public static Quantity Add(Quantity left, Quantity right) => left + right;

    /// <summary>Subtracts (for languages without operators).</summary>
    public static Quantity Subtract(Quantity left, Quantity right) => left - right;

    /// <summary>Multiplies (for languages without operators).</summary>
    public static Quantity Multiply(Quantity left, Quantity right) => left * right;

    /// <summary>Divides (for languages without operators).</summary>
    public static Quantity Divide(Quantity left, Quantity right) => left / right;

    /// <summary>Negates (for languages without operators).</summary>
    public static Quantity Negate(Quantity value) => -value;

    /// <summary>Compares in the left operand's unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The dimensions differ.</exception>
    public int CompareTo(Quantity other) => Value.CompareTo(other.ValueIn(Unit));

    /// <summary>Less than (after conversion).</summary>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Greater than (after conversion).</summary>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal (after conversion).</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal (after conversion).</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Exact equality of value and unit (no conversion).</summary>
    public bool Equals(Quantity other) => Value.Equals(other.Value) && Unit.Equals(other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Exact equality.</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Formats as <c>12.5 kg CO2-eq/m2</c> in invariant culture (just the number for unit one).</summary>
    public override string ToString()
    {
        var number = InvariantNumber.Format(Value);
        return Unit.Numerator.IsEmpty && Unit.Denominator.IsEmpty ? number : string.Concat(number, " ", Unit.Text);
    }

    private static bool IsNumberChar(string s, int i) => s[i] switch
    {
        >= '0' and <= '9' or '.' or ',' or '+' or '-' => true,
        'e' or 'E' => i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || (s[i + 1] is '+' or '-' && i + 2 < s.Length && char.IsAsciiDigit(s[i + 2]))),
        _ => false,
    };
}
