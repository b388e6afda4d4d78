using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>
/// A limit value (grenswaarde): a threshold with its unit, comparator, scope, validity interval
/// (both ends inclusive), kind and source. A sequence over time forms a roadmap.
/// </summary>
/// <param name="Value">The threshold, exactly as written in the definition.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Comparator">How a value is compared with the threshold.</param>
/// <param name="Scope">What the limit applies to.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="ValidTo">Last day in force, or <see langword="null"/> when open-ended.</param>
/// <param name="Kind">Binding, indicative or target.</param>
/// <param name="Basis">The factor set the value is expressed in (such as an MPG weighting set), or <see langword="null"/>.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record LimitValue(decimal Value, Unit Unit, Comparator Comparator, LimitScope Scope, DateOnly ValidFrom, DateOnly? ValidTo, LimitKind Kind, string? Basis, SourceReference Source, string? Note = null)
{
    /// <summary>The threshold as a quantity.</summary>
    public Quantity Threshold => new((double)Value, Unit);

    /// <summary>True when the limit is in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>Tests a value against this limit; the value is converted to the limit's unit first.</summary>
    /// <exception cref="IncompatibleUnitsException">The value's unit does not convert to the limit's unit.</exception>
    public LimitVerdict Test(Quantity value)
    {
        return Comparator.Holds(value.ValueIn(Unit), (double)Value) ? LimitVerdict.Pass : LimitVerdict.Fail;
    }

    /// <summary>How far the value is on the good side of the limit (positive) or the bad side (negative), in the limit's unit.</summary>
    /// <exception cref="IncompatibleUnitsException">The value's unit does not convert to the limit's unit.</exception>
    public double Margin(Quantity value)
    {
        var v = value.ValueIn(Unit);
        var limit = (double)Value;
        return Comparator is Comparator.AtMost or Comparator.Below ? limit - v : v - limit;
    }
}
