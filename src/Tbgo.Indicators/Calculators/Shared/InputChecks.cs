using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Collects located diagnostics while a calculator checks its typed input. Pointers follow the JSON
/// form of the input, so the same messages serve the typed API and the JSON reader.
/// </summary>
internal sealed class InputChecks(Catalogue catalogue, string? file = null)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public Catalogue Catalogue { get; } = catalogue;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public void Error(DiagnosticDescriptor descriptor, string pointer, params ReadOnlySpan<object?> args) =>
        _diagnostics.Add(descriptor.Create(SourceLocation.InFile(file, pointer: pointer.Length == 0 ? "/" : pointer), args));

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Throws <see cref="CalculationException"/> when an error was found.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new CalculationException(Diagnostics);
        }
    }

    /// <summary>Converts without reporting (no allocation): false when the dimensions differ or the result is not finite.</summary>
    public static bool TryConvertQuiet(Quantity quantity, Unit target, out double value)
    {
        if (ReferenceEquals(quantity.Unit, target))
        {
            value = quantity.Value;
            return true;
        }

        if (quantity.Unit.TryGetConversionTo(target, out var conversion))
        {
            value = conversion.Apply(quantity.Value);
            return double.IsFinite(value);
        }

        value = 0;
        return false;
    }

    /// <summary>Converts a quantity to <paramref name="target"/>, or reports the wrong dimension and returns false.</summary>
    public bool TryConvert(Quantity quantity, Unit target, string pointer, string what, out double value)
    {
        if (quantity.Unit.TryGetConversionTo(target, out var conversion))
        {
            value = conversion.Apply(quantity.Value);
            if (double.IsFinite(value))
            {
                return true;
            }

            Error(DiagnosticDescriptors.InvalidCalculatorValue, pointer, quantity.ToString(), what, "it is too large to express in " + target.Text);
            return false;
        }

        var units = Catalogue.Units;
        Error(DiagnosticDescriptors.WrongDimension, pointer + "/unit", quantity.Unit.Text, units.FormatDimension(quantity.Dimension), what, target.Text, units.FormatDimension(target.Dimension));
        value = 0;
        return false;
    }

    /// <summary>Converts and requires a value above zero.</summary>
    public bool TryPositive(Quantity quantity, Unit target, string pointer, string what, out double value)
    {
        if (!TryConvert(quantity, target, pointer, what, out value))
        {
            return false;
        }

        if (value > 0)
        {
            return true;
        }

        Error(DiagnosticDescriptors.InvalidCalculatorValue, pointer + "/value", quantity.ToString(), what, "it must be greater than zero");
        return false;
    }

    /// <summary>Converts and requires a value of zero or more.</summary>
    public bool TryNonNegative(Quantity quantity, Unit target, string pointer, string what, out double value)
    {
        if (!TryConvert(quantity, target, pointer, what, out value))
        {
            return false;
        }

        if (value >= 0)
        {
            return true;
        }

        Error(DiagnosticDescriptors.InvalidCalculatorValue, pointer + "/value", quantity.ToString(), what, "it cannot be negative");
        return false;
    }

    /// <summary>Converts a dimensionless share (1, %, ...) to a fraction in [0, 1].</summary>
    public bool TryFraction(Quantity quantity, string pointer, string what, out double fraction)
    {
        if (!TryConvert(quantity, Catalogue.Units.One, pointer, what, out fraction))
        {
            return false;
        }

        if (fraction is >= 0 and <= 1)
        {
            return true;
        }

        Error(DiagnosticDescriptors.InvalidCalculatorValue, pointer + "/value", quantity.ToString(), what, "a share lies between 0 and 1 (0% and 100%)");
        return false;
    }

    /// <summary>The indicator with this id; reports it at <paramref name="pointer"/> and throws when the catalogue lacks it.</summary>
    public Model.Indicator RequireIndicator(string id, string pointer = "/indicator")
    {
        if (Catalogue.FindIndicator(id) is { } indicator)
        {
            return indicator;
        }

        Error(DiagnosticDescriptors.UnknownCalculatorReference, pointer, "indicator", id, CatalogueName);
        throw new CalculationException(Diagnostics);
    }

    /// <summary>Reports ids that occur twice in a list.</summary>
    public void Unique<T>(ImmutableArray<T> items, Func<T, string> key, string listPointer, string property, string what)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var k = key(items[i]);
            if (seen.TryGetValue(k, out var first))
            {
                Error(DiagnosticDescriptors.DuplicateCalculatorEntry, Ptr(listPointer, i, property), k, what, Ptr(listPointer, first, property));
            }
            else
            {
                seen[k] = i;
            }
        }
    }

    public static string Ptr(string list, int index, string? property = null) =>
        property is null
            ? list + "/" + index.ToString(CultureInfo.InvariantCulture)
            : list + "/" + index.ToString(CultureInfo.InvariantCulture) + "/" + property;

    public string CatalogueName => Catalogue.Info.Label;
}
