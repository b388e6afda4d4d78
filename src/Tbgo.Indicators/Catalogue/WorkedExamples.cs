using System.Globalization;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators;

/// <summary>
/// Runs the worked examples of indicator definitions. A computed number matches an expected one
/// when both agree after rounding to the decimals written in the expected value (0.80 matches 0.795 to 0.805).
/// </summary>
public static class WorkedExamples
{
    /// <summary>Runs every example of every indicator.</summary>
    public static IEnumerable<WorkedExampleResult> RunAll(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Indicators.SelectMany(i => i.Examples.Select(e => Run(catalogue, i, e)));
    }

    /// <summary>Runs one example.</summary>
    public static WorkedExampleResult Run(Catalogue catalogue, Indicator indicator, WorkedExample example)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(example);
        return example switch
        {
            FormulaExample f => RunFormula(indicator, f),
            LimitExample l => RunLimit(catalogue, indicator, l),
            ConversionExample c => RunConversion(indicator, c),
            _ => new WorkedExampleResult(indicator, example, false, "a known kind of example", example.GetType().Name),
        };
    }

    /// <summary>True when <paramref name="actual"/> equals <paramref name="expected"/> after rounding both to <paramref name="decimals"/> decimals.</summary>
    public static bool MatchesToDecimals(double actual, double expected, int decimals)
    {
        if (!double.IsFinite(actual) || Math.Abs(actual) > 1e20 || Math.Abs(expected) > 1e20)
        {
            return actual == expected;
        }

        var d = Math.Clamp(decimals, 0, 15);
        return Math.Round((decimal)actual, d, MidpointRounding.AwayFromZero) == Math.Round((decimal)expected, d, MidpointRounding.AwayFromZero);
    }

    private static WorkedExampleResult RunFormula(Indicator indicator, FormulaExample example)
    {
        var expected = Format(example.Expected, example.ExpectedDecimals);
        if (indicator.Formula is null)
        {
            return new(indicator, example, false, expected, "the indicator has no formula");
        }

        try
        {
            var formula = Formula.Parse(indicator.Formula.Expression);
            var inputs = new Dictionary<string, Quantity>(StringComparer.Ordinal);
            foreach (var input in indicator.Formula.Inputs)
            {
                if (example.Inputs.TryGetValue(input.Name, out var q))
                {
                    inputs[input.Name] = q.ConvertTo(input.Unit);
                }
            }

            foreach (var name in example.Inputs.Keys)
            {
                if (!inputs.ContainsKey(name))
                {
                    return new(indicator, example, false, expected, $"the example gives '{name}', which is not an input of the formula");
                }
            }

            var result = formula.Evaluate(inputs).ConvertTo(indicator.Unit);
            var inExpectedUnit = result.ConvertTo(example.Expected.Unit);
            var passed = MatchesToDecimals(inExpectedUnit.Value, example.Expected.Value, example.ExpectedDecimals);
            return new(indicator, example, passed, expected, Format(inExpectedUnit, example.ExpectedDecimals + 3));
        }
        catch (Exception ex) when (ex is FormulaException or IncompatibleUnitsException)
        {
            return new(indicator, example, false, expected, ex.Message);
        }
    }

    private static WorkedExampleResult RunLimit(Catalogue catalogue, Indicator indicator, LimitExample example)
    {
        var expectedText = example.ExpectedLimit is { } el
            ? $"limit {el}, {example.ExpectedVerdict.ToCode()}"
            : example.ExpectedVerdict.ToCode();
        var limit = catalogue.FindLimit(indicator, example.Date, example.Scope, example.Kind, example.Basis);
        if (limit is null)
        {
            var ok = example.ExpectedVerdict == LimitVerdict.NoLimit && example.ExpectedLimit is null;
            return new(indicator, example, ok, expectedText, "no limit in force");
        }

        var actualLimit = limit.Threshold;
        LimitVerdict verdict;
        try
        {
            verdict = example.Value is { } v ? limit.Test(v) : LimitVerdict.NoLimit;
        }
        catch (IncompatibleUnitsException ex)
        {
            return new(indicator, example, false, expectedText, ex.Message);
        }

        var actualText = example.Value is null
            ? $"limit {actualLimit} (no value given to test)"
            : $"limit {actualLimit}, {verdict.ToCode()}";
        var limitMatches = example.ExpectedLimit is not { } expectedLimit
            || (expectedLimit.Unit.IsCompatibleWith(actualLimit.Unit)
                && MatchesToDecimals(actualLimit.ValueIn(expectedLimit.Unit), expectedLimit.Value, 10));
        var verdictMatches = example.Value is null ? false : verdict == example.ExpectedVerdict;
        return new(indicator, example, limitMatches && verdictMatches, expectedText, actualText);
    }

    private static WorkedExampleResult RunConversion(Indicator indicator, ConversionExample example)
    {
        var expected = Format(example.Expected, example.ExpectedDecimals);
        try
        {
            var actual = example.Value.ConvertTo(example.Expected.Unit);
            return new(indicator, example, MatchesToDecimals(actual.Value, example.Expected.Value, example.ExpectedDecimals), expected, Format(actual, example.ExpectedDecimals + 3));
        }
        catch (IncompatibleUnitsException ex)
        {
            return new(indicator, example, false, expected, ex.Message);
        }
    }

    private static string Format(Quantity q, int decimals)
    {
        var number = q.Value.ToString("F" + Math.Clamp(decimals, 0, 15).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return q.Unit.Numerator.IsEmpty && q.Unit.Denominator.IsEmpty ? number : number + " " + q.Unit.Text;
    }
}
