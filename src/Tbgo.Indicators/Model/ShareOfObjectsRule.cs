using System.Globalization;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>
/// The rule of a <see cref="AggregationMethod.ShareOfObjects"/> roll-up (<c>shareOfObjects</c> in the YAML): an object
/// counts when its value passes the test (<see cref="Comparator"/> <see cref="Value"/> <see cref="Unit"/>, compared as a
/// limit value compares), and the area value is the weighted share of the objects that count, in percent:
/// 100 × Σ weight of the passing objects / Σ weight of all objects. Such as "the share of new dwellings with at least
/// 30% bio-based materials" (30-30-30).
/// </summary>
/// <param name="Comparator">How an object's value is compared with the threshold.</param>
/// <param name="Value">The threshold, exactly as written in the definition.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>; it converts to the indicator's unit.</param>
/// <param name="Weight">What an object weighs in the share.</param>
/// <param name="Source">Where the rule (threshold and weight) comes from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record ShareOfObjectsRule(Comparator Comparator, decimal Value, Unit Unit, RollupWeight Weight, SourceReference Source, string? Note = null)
{
    /// <summary>The threshold as a quantity.</summary>
    public Quantity Threshold => new((double)Value, Unit);

    /// <summary>The test as text, such as <c>&gt;= 30 %</c>.</summary>
    public string Test => $"{Comparator.ToCode()} {Value.ToString(CultureInfo.InvariantCulture)} {Unit.Text}";

    /// <summary>True when an object with this value counts in the share; the value is converted to the rule's unit first.</summary>
    /// <exception cref="IncompatibleUnitsException">The value's unit does not convert to the rule's unit.</exception>
    public bool Passes(Quantity value) => PassesIn(value.ValueIn(Unit));

    /// <summary>True when a value already expressed in <see cref="Unit"/> passes the test.</summary>
    internal bool PassesIn(double value) => Comparator.Holds(value, (double)Value);
}
