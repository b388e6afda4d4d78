using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Compares a yearly intensity series with a user-supplied pathway (such as CRREM) and finds the misalignment
/// year (CRREM's current term; formerly the stranding year): the first year the building's intensity is above the pathway. Every year from the pathway's first to
/// its last is compared: values between given years are interpolated linearly, and after the last actual year
/// the last actual value is held (with <see cref="PathwayInput.ExtendActual"/>).
/// Pure: no I/O, no clock.
/// </summary>
public static class PathwayCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "pathway";

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private static readonly SourceReference StrandingSource = new("tbgo-domain-notes", "section 8: CRREM stranding (now: misalignment) is the first year the actual intensity is above the pathway", Confidence.Partly, "Concept confirmed in a CRREM summary (greengage) cited in the domain notes.");

    /// <summary>Checks the input and compares the series.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static PathwayResult Calculate(PathwayInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        checks.Unique(input.Actual, p => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "/actual", "year", "the actual series");
        checks.Unique(input.Pathway, p => p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "/pathway", "year", "the pathway");
        if (input.Actual.IsEmpty || input.Pathway.IsEmpty)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, input.Actual.IsEmpty ? "/actual" : "/pathway", "[]", "the series", "it needs at least one year");
            checks.ThrowIfErrors();
        }

        var unit = input.Actual[0].Value.Unit;
        var actual = Series(checks, input.Actual, "/actual", unit);
        var pathway = Series(checks, input.Pathway, "/pathway", unit);
        checks.ThrowIfErrors();

        var notes = new ResultNotes();
        notes.Used(StrandingSource, "The misalignment-year rule");
        notes.Warn(CalculationWarning.Assumption, $"The pathway{(input.PathwayName is null ? string.Empty : " '" + input.PathwayName + "'")} is supplied by the user; CRREM pathways are licensed and not shipped with the catalogue.");
        var years = ImmutableArray.CreateBuilder<PathwayYearResult>();
        var pathwayYears = pathway.Keys.Order().ToArray();
        var actualYears = actual.Keys.Order().ToArray();
        var lastActualYear = actualYears[^1];
        int missing = 0;
        for (int year = pathwayYears[0], nextLimit = 0, nextActual = 0; year <= pathwayYears[^1]; year++)
        {
            var (limit, limitFrom) = At(pathway, pathwayYears, ref nextLimit, year)!.Value;
            var value = At(actual, actualYears, ref nextActual, year);
            if (value is null && year > lastActualYear && input.ExtendActual)
            {
                value = (actual[lastActualYear], PathwayValueSource.Held);
            }

            if (value is not { } v)
            {
                missing += limitFrom == PathwayValueSource.Given ? 1 : 0;
                continue;
            }

            years.Add(new PathwayYearResult(year, v.Value, limit, v.From, limitFrom));
        }

        var held = years.Count(y => y.ActualFrom == PathwayValueSource.Held);
        if (held > 0)
        {
            notes.Warn(CalculationWarning.Assumption, $"The last actual value ({lastActualYear}) is held constant for {held} later year{(held == 1 ? string.Empty : "s")} of the pathway.");
        }

        var actualBetween = years.Count(y => y.ActualFrom == PathwayValueSource.Interpolated);
        var pathwayBetween = years.Count(y => y.PathwayFrom == PathwayValueSource.Interpolated);
        if (actualBetween + pathwayBetween > 0)
        {
            notes.Warn(CalculationWarning.Assumption, $"Years without a given value are interpolated linearly between the given years around them ({actualBetween} actual, {pathwayBetween} pathway value{(actualBetween + pathwayBetween == 1 ? string.Empty : "s")}); a published pathway gives every year: supply them all for its exact misalignment year.");
        }

        if (missing > 0)
        {
            notes.Warn(CalculationWarning.Incomplete, $"{missing} pathway year{(missing == 1 ? " has" : "s have")} no actual value and {(missing == 1 ? "is" : "are")} not compared.");
        }

        var ignored = actualYears.Count(y => y < pathwayYears[0] || y > pathwayYears[^1]);
        if (ignored > 0)
        {
            notes.Warn(CalculationWarning.Incomplete, $"{ignored} actual year{(ignored == 1 ? " lies" : "s lie")} outside the pathway and {(ignored == 1 ? "is" : "are")} not compared.");
        }

        var list = years.ToImmutable();
        var stranding = list.FirstOrDefault(y => y.Above)?.Year;
        return new PathwayResult(list, stranding, unit.Text, input.PathwayName,
            notes.Provenance(catalogue, Name, "Pathway comparison (misalignment year)", "first year actual > pathway", null),
            notes.Warnings);
    }

    /// <summary>
    /// The series at <paramref name="year"/>: given, or linear between the given years around it; null before the first
    /// or after the last given year. <paramref name="next"/> is the index of the first given year at or after the
    /// previous call's year (years are asked in increasing order).
    /// </summary>
    private static (double Value, PathwayValueSource From)? At(Dictionary<int, double> series, int[] years, ref int next, int year)
    {
        while (next < years.Length && years[next] < year)
        {
            next++;
        }

        if (next == years.Length || (years[next] > year && next == 0))
        {
            return null;
        }

        if (years[next] == year)
        {
            return (series[year], PathwayValueSource.Given);
        }

        int y0 = years[next - 1], y1 = years[next];
        double v0 = series[y0], v1 = series[y1];
        return (v0 + ((v1 - v0) * (year - y0) / (y1 - y0)), PathwayValueSource.Interpolated);
    }

    private static Dictionary<int, double> Series(InputChecks checks, ImmutableArray<PathwayPoint> points, string pointer, Unit unit)
    {
        var series = new Dictionary<int, double>();
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i].Year is < MinYear or > MaxYear)
            {
                checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, InputChecks.Ptr(pointer, i, "year"), points[i].Year, "a pathway year", $"years run from {MinYear} to {MaxYear}");
                continue;
            }

            if (checks.TryConvert(points[i].Value, unit, InputChecks.Ptr(pointer, i, "value"), $"the value of {points[i].Year} (same kind as the first actual value)", out var v))
            {
                series[points[i].Year] = v;
            }
        }

        return series;
    }
}
