using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>One coefficient of a factor set, such as the shadow price of GWP-total.</summary>
/// <param name="Id">The factor id within its set.</param>
/// <param name="Name">The name.</param>
/// <param name="Value">The value exactly as written, or <see langword="null"/> when unknown (then the source says so).</param>
/// <param name="Unit">The unit of the value.</param>
/// <param name="AppliesTo">The unit of what the factor multiplies, or <see langword="null"/>.</param>
/// <param name="ComponentOf">The factor this one is part of (reported, never added on top), or <see langword="null"/>.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record Factor(string Id, LocalizedText Name, decimal? Value, Unit Unit, Unit? AppliesTo, string? ComponentOf, SourceReference Source, string? Note = null)
{
    /// <summary>True when the value is known.</summary>
    public bool HasValue => Value is not null;
}
