using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>An example that converts a value to another unit.</summary>
/// <param name="Title">What the example shows.</param>
/// <param name="Source">Where its numbers come from.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
/// <param name="Value">The value to convert.</param>
/// <param name="Expected">The expected value, in the target unit.</param>
/// <param name="ExpectedDecimals">Decimals written in the expected value.</param>
public sealed record ConversionExample(string Title, SourceReference Source, string? Note, Quantity Value, Quantity Expected, int ExpectedDecimals)
    : WorkedExample(Title, Source, Note);
