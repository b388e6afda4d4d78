using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Limit values over time: the limit in force for a scope on a date (the catalogue's most-specific-scope
/// rule), the verdict and margin for a value in any convertible unit, and the roadmap year by year. A roadmap
/// year shows the limit in force on 31 December of that year, that is the latest limit in force during the
/// year, so a tightening on 1 July shows in the year it takes effect; <see cref="RoadmapPoint.ChangesDuringYear"/>
/// marks such years. Pure: no I/O, no clock.
/// </summary>
public static class LimitsCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "limits";

    /// <summary>The earliest roadmap year accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest roadmap year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>The roadmap's last year when none is given.</summary>
    public const int DefaultRoadmapEnd = 2050;

    /// <summary>Checks the input, finds the limit and builds the roadmap.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static LimitsResult Calculate(LimitsInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var indicator = checks.RequireIndicator(input.Indicator);

        if (input.Basis is { } basis && catalogue.FindFactorSet(basis) is null)
        {
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, "/basis", "factor set", basis, checks.CatalogueName);
        }

        var from = input.RoadmapFrom;
        var to = input.RoadmapTo ?? (from is null ? null : Math.Max(DefaultRoadmapEnd, from.Value));
        if (from is { } f && (f < MinYear || f > MaxYear))
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/roadmap/from", f, "the first roadmap year", $"it must lie between {MinYear} and {MaxYear}");
        }

        if (to is { } t && (t < MinYear || t > MaxYear || (from is { } f2 && t < f2)))
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/roadmap/to", t, "the last roadmap year", $"it must lie between the first year and {MaxYear}");
        }

        if (to is not null && from is null)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/roadmap/to", to, "the last roadmap year", "a roadmap also needs 'from'");
        }

        double? tested = null;
        if (input.Value is { } q && checks.TryConvert(q, indicator.Unit, "/value", $"a value of '{indicator.Id}'", out _))
        {
            tested = 0;
        }

        checks.ThrowIfErrors();
        var notes = new ResultNotes();
        var limit = catalogue.FindLimit(indicator, input.Date, input.Scope, input.Kind, input.Basis);
        LimitValue? notCompared = null;
        if (limit is null && input.Basis is { } asked
            && catalogue.FindLimit(indicator, input.Date, input.Scope, input.Kind) is { } other && !string.Equals(other.Basis, asked, StringComparison.Ordinal))
        {
            // Case A: no limit in the asked set is in force, but one in another set (or without a stated set) is.
            // The value is never compared with it: scores from different weighting sets are not comparable.
            // Same code and reading as MpgCalculator's warning for a limit expressed in another set.
            notCompared = other;
            notes.Warn(CalculationWarning.OutOfValidity,
                $"On {Iso(input.Date)} no {input.Kind.ToCode()} limit of '{indicator.Id}' for {input.Scope} is in force in {asked}; the limit in force is {Describe(other)}. {(input.Value is null ? "It" : "The value")} was not compared with it: values in different factor sets are not comparable; {(other.Basis is null ? "check which set that limit is expressed in" : $"recalculate in {other.Basis} to test it")}.",
                other.Source);
        }
        else if (limit is { Basis: { } limitBasis } && input.Basis is null && input.Value is not null)
        {
            // Case B: the value states no basis, the limit has one. Not compared (as MpgCalculator tests no limit
            // when the input does not say what is needed), with an assumption warning that says what to give.
            notCompared = limit;
            limit = null;
            notes.Warn(CalculationWarning.Assumption,
                $"The value states no basis, but the limit in force is {Describe(notCompared)}; the value was not compared with it, because a value in another factor set is not comparable. Give 'basis': '{limitBasis}' if the value is expressed in that set.",
                notCompared.Source);
        }

        var unit = limit?.Unit ?? indicator.Unit;
        LimitVerdict verdict = LimitVerdict.NoLimit;
        double? margin = null;
        if (input.Value is { } value && tested is not null)
        {
            tested = value.ValueIn(unit);
            if (limit is not null)
            {
                verdict = limit.Test(value);
                margin = limit.Margin(value);
            }
        }

        if ((limit ?? notCompared) is { } used)
        {
            notes.UsedLimit(used, indicator.Id);
        }

        var roadmap = ImmutableArray<RoadmapPoint>.Empty;
        if (from is { } start && to is { } end)
        {
            var builder = ImmutableArray.CreateBuilder<RoadmapPoint>(end - start + 1);
            for (var year = start; year <= end; year++)
            {
                var atEnd = catalogue.FindLimit(indicator, new DateOnly(year, 12, 31), input.Scope, input.Kind, input.Basis);
                var atStart = catalogue.FindLimit(indicator, new DateOnly(year, 1, 1), input.Scope, input.Kind, input.Basis);
                if (atEnd is not null)
                {
                    notes.UsedLimit(atEnd, indicator.Id);
                }

                builder.Add(new RoadmapPoint(year, atEnd, !ReferenceEquals(atEnd, atStart)));
            }

            roadmap = builder.MoveToImmutable();
            if (input.Basis is null && roadmap.Select(p => p.Limit?.Basis).Where(b => b is not null).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                notes.Warn(CalculationWarning.Inconsistent, "The roadmap mixes limits expressed in different factor sets (see each year's basis); their values are not comparable. Give 'basis' to follow one set.");
            }
        }

        return new LimitsResult(indicator.Id, input.Scope, input.Date, input.Kind, input.Basis, limit, tested, unit.Text, verdict, margin, roadmap,
            notes.Provenance(catalogue, Name, "Limit values of the catalogue: most specific scope in force on the date", "catalogue limit values; roadmap reference date 31 December", input.Basis),
            notes.Warnings)
        {
            NotComparedLimit = notCompared,
        };
    }

    private static string Describe(LimitValue l) =>
        $"{l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit.Text} in {l.Basis ?? "no stated basis"}, valid from {Iso(l.ValidFrom)} ({l.Source})";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
