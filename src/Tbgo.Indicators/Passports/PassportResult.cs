using System.Collections.Immutable;
using Tbgo.Indicators.Calculators;

namespace Tbgo.Indicators.Passports;

/// <summary>Every calculator the passport had data for, run on the one description, and what was missing for the others.</summary>
/// <param name="PassportId">The building id of the passport.</param>
/// <param name="PassportVersion">The passport format version.</param>
/// <param name="Calculations">Each calculator that ran, in the order mpg, wlc, biogenic, circularity, detachability.</param>
/// <param name="NotRun">Each calculator that did not run, with what the passport lacks for it.</param>
/// <param name="Omitted">Elements or materials a calculator that ran left out, and why.</param>
/// <param name="Notes">How the passport was read where a choice was made (such as the detachability weights).</param>
public sealed record PassportResult(
    string PassportId,
    string PassportVersion,
    ImmutableArray<PassportCalculation> Calculations,
    ImmutableArray<PassportNotRun> NotRun,
    ImmutableArray<PassportOmission> Omitted,
    ImmutableArray<string> Notes)
{
    /// <summary>The result of one calculator, or <see langword="null"/> when it did not run.</summary>
    /// <param name="calculator">A calculator name, such as <c>mpg</c>.</param>
    /// <returns>The result.</returns>
    public ICalculationResult? Find(string calculator) => Calculations.FirstOrDefault(c => c.Calculator == calculator)?.Result;
}

/// <summary>One calculator's run on the passport.</summary>
/// <param name="Calculator">The calculator name.</param>
/// <param name="Result">Its result, exactly as the calculator gives it for <paramref name="Input"/>.</param>
/// <param name="Input">The calculator input the passport gave (JSON, schema <c>calculators/NAME.input.schema.json</c>).</param>
public sealed record PassportCalculation(string Calculator, ICalculationResult Result, string Input);

/// <summary>A calculator that did not run, with what is missing.</summary>
/// <param name="Calculator">The calculator name.</param>
/// <param name="Missing">What the passport would need to give, one entry per missing item.</param>
public sealed record PassportNotRun(string Calculator, ImmutableArray<string> Missing);

/// <summary>An element or material a calculator left out.</summary>
/// <param name="Calculator">The calculator name.</param>
/// <param name="Id">The element or material id.</param>
/// <param name="Pointer">Its JSON pointer in the passport.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record PassportOmission(string Calculator, string Id, string Pointer, string Reason);
