using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>The limit value in force for a scope on a date, the verdict for a value, and optionally the roadmap year by year.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Scope">The scope asked for.</param>
/// <param name="Date">The date asked for.</param>
/// <param name="Kind">The kind of limit.</param>
/// <param name="Basis">The basis asked for, or <see langword="null"/>.</param>
/// <param name="Limit">The limit in force in the basis asked for that the value was compared with (or, without a value, that was looked up), or <see langword="null"/>.</param>
/// <param name="Value">The value tested, in the limit's unit (or the indicator's when there is no limit), or <see langword="null"/>.</param>
/// <param name="ValueUnit">The unit of <paramref name="Value"/> and the margin.</param>
/// <param name="Verdict">Pass, fail or no-limit.</param>
/// <param name="Margin">How far the value is on the good side of the limit (positive) or the bad side (negative), or <see langword="null"/>.</param>
/// <param name="Roadmap">The roadmap year by year (empty when not asked for).</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record LimitsResult(string Indicator, LimitScope Scope, DateOnly Date, LimitKind Kind, string? Basis, LimitValue? Limit, double? Value, string ValueUnit, LimitVerdict Verdict, double? Margin, ImmutableArray<RoadmapPoint> Roadmap, CalculationProvenance Provenance, ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>
    /// The limit in force on the date for the scope that was <em>not</em> compared with, because it is expressed in
    /// another basis (factor set, such as an MPG weighting set) than the one asked for, or because the value states no
    /// basis while the limit has one; a warning says why. <see langword="null"/> when no such limit exists.
    /// </summary>
    public LimitValue? NotComparedLimit { get; init; }
}
