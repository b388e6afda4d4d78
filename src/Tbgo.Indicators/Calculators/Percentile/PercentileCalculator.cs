using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Places a value within the catalogue's reference measurements for a scope and gives the threshold of the
/// best X% (the taxonomy's "top 15%"). Published percentiles are interpolated linearly between points (no
/// extrapolation beyond the first and last point); a raw sample is ranked empirically (mid-rank for ties) and
/// its threshold is the linear-interpolation quantile (Hyndman-Fan type 7); summary statistics alone are not
/// enough and the result says so. Pure: no I/O, no clock.
/// </summary>
public static class PercentileCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "percentile";

    /// <summary>Checks the input and places the value.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static PercentileResult Calculate(PercentileInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var indicator = checks.RequireIndicator(input.Indicator);

        if (input.BestPercent is <= 0 or >= 100 || !double.IsFinite(input.BestPercent))
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/bestPercent", input.BestPercent, "the share of best performers", "it lies strictly between 0 and 100");
        }

        var reference = indicator.ReferenceMeasurements
            .Where(r => Catalogue.Specificity(r.Scope, input.Scope) >= 0)
            .Where(r => input.Basis is null || string.Equals(r.Basis, input.Basis, StringComparison.Ordinal))
            .Where(r => input.Year is null || r.Year == input.Year)
            .OrderByDescending(r => r.Percentiles.Length > 0 || r.Sample.Length > 0)
            .ThenByDescending(r => Catalogue.Specificity(r.Scope, input.Scope))
            .ThenByDescending(r => r.Year)
            .FirstOrDefault();
        var unit = reference?.Unit ?? indicator.Unit;
        checks.TryConvert(input.Value, unit, "/value", $"a value of '{indicator.Id}'", out var value);
        checks.ThrowIfErrors();

        var notes = new ResultNotes();
        var best = input.BestPercent;
        var lowerIsBetter = indicator.Direction != Direction.HigherIsBetter;
        var thresholdP = lowerIsBetter ? best : 100 - best;
        if (indicator.Direction == Direction.Neutral)
        {
            notes.Warn(CalculationWarning.Assumption, $"'{indicator.Id}' has no better direction; the best {Num(best)}% are taken as the lowest values.");
        }

        if (reference is null)
        {
            return Result("none", null, null, $"The catalogue has no reference measurement of '{indicator.Id}' for {input.Scope}{(input.Year is { } y ? " in " + y.ToString(CultureInfo.InvariantCulture) : string.Empty)}: not enough data.");
        }

        notes.Used(reference.Source, $"The reference measurement of '{indicator.Id}' ({reference.Scope}, {reference.Year})");
        double? rank = null, threshold = null;
        string method, explanation;
        if (!reference.Percentiles.IsEmpty)
        {
            method = "percentiles";
            var points = reference.Percentiles.OrderBy(p => p.P).ToArray();
            rank = RankFromPercentiles(points, value);
            threshold = ValueAtPercentile(points, thresholdP);
            explanation = $"Interpolated linearly between {points.Length} published percentile point{(points.Length == 1 ? string.Empty : "s")} ({string.Join(", ", points.Select(p => $"p{Num(p.P)} = {Num(p.Value)}"))}).";
            if (rank is null)
            {
                explanation += " The value lies outside the published points, so its rank is not known.";
            }

            if (threshold is null)
            {
                explanation += $" The {Num(thresholdP)}th percentile lies outside the published points, so the threshold of the best {Num(best)}% is not known.";
            }
        }
        else if (!reference.Sample.IsEmpty)
        {
            method = "sample";
            var sorted = reference.Sample.Order().ToArray();
            var below = sorted.Count(x => x < value);
            var equal = sorted.Count(x => x == value);
            rank = 100d * (below + (0.5 * equal)) / sorted.Length;
            threshold = Quantile(sorted, thresholdP / 100);
            explanation = $"Ranked within a sample of {sorted.Length} values (mid-rank for ties); the threshold is the type-7 quantile.";
        }
        else
        {
            method = "summary-only";
            explanation = $"The reference measurement ({reference.Year}) publishes only summary statistics, so neither a rank nor a threshold can be derived: not enough data.";
        }

        return Result(method, rank, threshold, explanation);

        PercentileResult Result(string m, double? r, double? t, string text)
        {
            bool? inBest = t is { } th ? (lowerIsBetter ? value <= th : value >= th) : null;
            return new PercentileResult(indicator.Id, reference, m, value, unit.Text, r, t, best, inBest, text,
                notes.Provenance(catalogue, Name, "Rank within the catalogue's reference measurements", "linear interpolation between percentile points; empirical mid-rank and type-7 quantile for samples", reference?.Basis),
                notes.Warnings);
        }
    }

    /// <summary>The percentile of a value between published points, or <see langword="null"/> outside them.</summary>
    internal static double? RankFromPercentiles(IReadOnlyList<PercentilePoint> points, double value)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value == value)
            {
                return points[i].P;
            }

            if (i + 1 < points.Count && value > points[i].Value && value < points[i + 1].Value)
            {
                var (a, b) = (points[i], points[i + 1]);
                return a.P + ((b.P - a.P) * (value - a.Value) / (b.Value - a.Value));
            }
        }

        return null;
    }

    /// <summary>The value at a percentile between published points, or <see langword="null"/> outside them.</summary>
    internal static double? ValueAtPercentile(IReadOnlyList<PercentilePoint> points, double p)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].P == p)
            {
                return points[i].Value;
            }

            if (i + 1 < points.Count && p > points[i].P && p < points[i + 1].P)
            {
                var (a, b) = (points[i], points[i + 1]);
                return a.Value + ((b.Value - a.Value) * (p - a.P) / (b.P - a.P));
            }
        }

        return null;
    }

    /// <summary>The type-7 quantile of a sorted sample.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static string Num(double v) => InvariantNumber.Format(Math.Round(v, 4));
}
