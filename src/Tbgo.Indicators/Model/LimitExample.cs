using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>An example that looks up the limit value in force and, optionally, tests a value against it.</summary>
/// <param name="Title">What the example shows.</param>
/// <param name="Source">Where its numbers come from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
/// <param name="Date">The date of the lookup (such as a permit date).</param>
/// <param name="Scope">The scope of the lookup.</param>
/// <param name="Kind">The kind of limit looked up.</param>
/// <param name="Basis">The factor set, or <see langword="null"/>.</param>
/// <param name="Value">A value to test, or <see langword="null"/>.</param>
/// <param name="ExpectedLimit">The limit expected to be in force, or <see langword="null"/> when none is.</param>
/// <param name="ExpectedVerdict">The expected outcome.</param>
public sealed record LimitExample(string Title, SourceReference Source, string? Note, DateOnly Date, LimitScope Scope, LimitKind Kind, string? Basis, Quantity? Value, Quantity? ExpectedLimit, LimitVerdict ExpectedVerdict)
    : WorkedExample(Title, Source, Note);
