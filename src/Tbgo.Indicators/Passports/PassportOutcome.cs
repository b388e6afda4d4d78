using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Passports;

/// <summary>What running the calculators on a passport gave: a result, or the located diagnostics that prevented one (never both a number and an error).</summary>
/// <param name="Result">The combined result, or <see langword="null"/> when the passport has errors.</param>
/// <param name="Diagnostics">Every problem found, each with the JSON pointer into the passport and its line and column.</param>
public sealed record PassportOutcome(PassportResult? Result, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a result was computed.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool Succeeded => Result is not null;
}
