using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Calculators;

/// <summary>What running a calculator by name on its JSON input gave: a result, or the located diagnostics that prevented one (never both a number and an error).</summary>
/// <param name="Calculator">The calculator that ran.</param>
/// <param name="Result">The result, or <see langword="null"/> when the input has errors.</param>
/// <param name="Diagnostics">Every problem found in the input (schema, units, catalogue references, dimensions), each with a JSON pointer and the file.</param>
public sealed record CalculationOutcome(Calculator Calculator, ICalculationResult? Result, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a result was computed.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool Succeeded => Result is not null;
}
