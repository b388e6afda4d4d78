using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Compares a yearly intensity series with a user-supplied pathway (such as CRREM) and finds the stranding
/// year: the first year the building's intensity is above the pathway. Pure: no I/O, no clock.
/// </summary>
public static class PathwayCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "pathway";

    private static readonly SourceReference StrandingSource = new("tbgo-domain-notes", "section 8: CRREM stranding is the first year the actual intensity is above the pathway", Confidence.Partly, "Concept confirmed in a CRREM summary (greengage) cited in the domain notes.");

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
        notes.Used(StrandingSource, "The stranding rule");
        notes.Warn(CalculationWarning.Assumption, $"The pathway{(input.PathwayName is null ? string.Empty : " '" + input.PathwayName + "'")} is supplied by the user; CRREM pathways are licensed and not shipped with the catalogue.");
        var years = ImmutableArray.CreateBuilder<PathwayYearResult>();
        var lastActualYear = actual.Keys.Max();
        var extended = 0;
        var missing = 0;
        foreach (var (year, limit) in pathway.OrderBy(p => p.Key))
        {
            if (actual.TryGetValue(year, out var a))
            {
                years.Add(new PathwayYearResult(year, a, limit, false));
            }
            else if (input.ExtendActual && year > lastActualYear)
            {
                years.Add(new PathwayYearResult(year, actual[lastActualYear], limit, true));
                extended++;
            }
            else
            {
                missing++;
            }
        }

        if (extended > 0)
        {
            notes.Warn(CalculationWarning.Assumption, $"The last actual value ({lastActualYear}) is held constant for {extended} later pathway year{(extended == 1 ? string.Empty : "s")}.");
        }

        if (missing > 0)
        {
            notes.Warn(CalculationWarning.Incomplete, $"{missing} pathway year{(missing == 1 ? " has" : "s have")} no actual value and {(missing == 1 ? "is" : "are")} not compared.");
        }

        var ignored = actual.Keys.Count(y => !pathway.ContainsKey(y));
        if (ignored > 0)
        {
            notes.Warn(CalculationWarning.Incomplete, $"{ignored} actual year{(ignored == 1 ? " lies" : "s lie")} outside the pathway and {(ignored == 1 ? "is" : "are")} not compared.");
        }

        var list = years.ToImmutable();
        var stranding = list.FirstOrDefault(y => y.Above)?.Year;
        return new PathwayResult(list, stranding, unit.Text, input.PathwayName,
            notes.Provenance(catalogue, Name, "Pathway comparison (stranding year)", "first year actual > pathway", null),
            notes.Warnings);
    }

    private static Dictionary<int, double> Series(InputChecks checks, ImmutableArray<PathwayPoint> points, string pointer, Unit unit)
    {
        var series = new Dictionary<int, double>();
        for (var i = 0; i < points.Length; i++)
        {
            if (checks.TryConvert(points[i].Value, unit, InputChecks.Ptr(pointer, i, "value"), $"the value of {points[i].Year} (same kind as the first actual value)", out var v))
            {
                series[points[i].Year] = v;
            }
        }

        return series;
    }
}
