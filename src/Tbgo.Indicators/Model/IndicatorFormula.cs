using System.Collections.Immutable;

namespace Tbgo.Indicators.Model;

/// <summary>How an indicator's value is computed from named inputs.</summary>
/// <param name="Expression">Arithmetic over the input names: <c>+ - * / ( )</c>, numbers, <c>min()</c>, <c>max()</c>.</param>
/// <param name="Inputs">The inputs.</param>
/// <param name="Source">Where the formula comes from.</param>
public sealed record IndicatorFormula(string Expression, ImmutableArray<FormulaInput> Inputs, SourceReference Source);
