using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Calculators;

/// <summary>The typed input read from a calculator's JSON form, or the located diagnostics that prevented it.</summary>
/// <typeparam name="T">The input type.</typeparam>
/// <param name="Input">The input, or <see langword="null"/> when there are errors.</param>
/// <param name="Diagnostics">Every problem found (schema, units, catalogue references), each with a JSON pointer.</param>
public sealed record CalculatorInputResult<T>(T? Input, ImmutableArray<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>True when the input was read without errors.</summary>
    [MemberNotNullWhen(true, nameof(Input))]
    public bool Succeeded => Input is not null && !Diagnostics.Any(d => d.IsError);
}
