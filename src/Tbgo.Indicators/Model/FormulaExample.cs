using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>An example that evaluates the indicator's formula with given inputs.</summary>
/// <param name="Title">What the example shows.</param>
/// <param name="Source">Where its numbers come from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
/// <param name="Inputs">Input quantities by name.</param>
/// <param name="Expected">The expected result.</param>
/// <param name="ExpectedDecimals">Decimals written in the expected value; the result must match to that precision.</param>
public sealed record FormulaExample(string Title, SourceReference Source, string? Note, ImmutableSortedDictionary<string, Quantity> Inputs, Quantity Expected, int ExpectedDecimals)
    : WorkedExample(Title, Source, Note);
