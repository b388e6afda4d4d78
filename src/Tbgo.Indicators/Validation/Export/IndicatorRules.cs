using System.Collections.Immutable;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>What an export record is checked against for one indicator, precomputed once per run.</summary>
internal sealed class IndicatorRules
{
    private Unit? _lastUnit;
    private UnitConversion _lastConversion;

    public IndicatorRules(Indicator indicator)
    {
        Indicator = indicator;
        foreach (var a in indicator.Applicability)
        {
            ApplicabilityMask |= 1 << Bit(a.Phase, a.Scale);
        }

        Applicable = indicator.Applicability.IsDefaultOrEmpty
            ? "nothing (no applicability is defined)"
            : string.Join(", ", indicator.Applicability.Select(a => a.Phase.ToCode() + "/" + a.Scale.ToCode()));
        Categories = indicator.Categories.IsDefaultOrEmpty ? [] : [.. indicator.Categories.Select(c => c.Code)];
        CategoriesText = string.Join(", ", Categories);
    }

    public Indicator Indicator { get; }

    public int ApplicabilityMask { get; }

    /// <summary>phase/scale pairs, for messages.</summary>
    public string Applicable { get; }

    public ImmutableArray<string> Categories { get; }

    public string CategoriesText { get; }

    public bool IsCategorical => Indicator.ValueKind == IndicatorValueKind.Category;

    public static int Bit(Phase phase, Scale scale) => ((int)phase * 4) + (int)scale;

    public bool AppliesTo(Phase phase, Scale scale) => (ApplicabilityMask & (1 << Bit(phase, scale))) != 0;

    public bool IsCategory(ReadOnlySpan<char> code)
    {
        foreach (var c in Categories)
        {
            if (code.SequenceEqual(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The conversion from <paramref name="unit"/> to the indicator's unit; false when the dimensions differ. Remembers the last unit.</summary>
    public bool TryGetConversion(Unit unit, out UnitConversion conversion)
    {
        if (ReferenceEquals(unit, _lastUnit))
        {
            conversion = _lastConversion;
            return true;
        }

        if (!unit.TryGetConversionTo(Indicator.Unit, out conversion))
        {
            return false;
        }

        _lastUnit = unit;
        _lastConversion = conversion;
        return true;
    }
}
