using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Rolls object-level values (buildings, spaces, assets) up to area level (gebied) the way the indicator
/// declares in its YAML: additive (sum), area-, dwelling- or resident-weighted mean, or not aggregatable
/// (refused with a diagnostic). Pure: no I/O, no clock.
/// </summary>
public static class RollupCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "rollup";

    /// <summary>Checks the input and rolls the values up.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result (such as a not-aggregatable indicator); the diagnostics say where and why.</exception>
    public static RollupResult Calculate(RollupInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var indicator = checks.RequireIndicator(input.Indicator);

        var aggregation = indicator.Aggregation;
        if (aggregation == AggregationMethod.NotAggregatable)
        {
            checks.Error(DiagnosticDescriptors.NotAggregatable, "/indicator", indicator.Id);
            checks.ThrowIfErrors();
        }

        checks.Unique(input.Objects, o => o.Id, "/objects", "id", "the objects");
        var units = catalogue.Units;
        var (weightName, weightUnit) = aggregation switch
        {
            AggregationMethod.AreaWeightedMean => ("floorArea", units.Parse("m2")),
            AggregationMethod.DwellingWeightedMean => ("dwellings", units.Parse("dwelling")),
            AggregationMethod.ResidentWeightedMean => ("residents", units.Parse("person")),
            _ => (null, null),
        };
        double sum = 0, weights = 0;
        for (var i = 0; i < input.Objects.Length; i++)
        {
            var o = input.Objects[i];
            var ptr = InputChecks.Ptr("/objects", i);
            if (!checks.TryConvert(o.Value, indicator.Unit, ptr + "/value", $"a value of '{indicator.Id}'", out var v))
            {
                continue;
            }

            if (weightName is null)
            {
                sum += v;
                continue;
            }

            var weight = aggregation switch
            {
                AggregationMethod.AreaWeightedMean => o.FloorArea,
                AggregationMethod.DwellingWeightedMean => o.Dwellings,
                _ => o.Residents,
            };
            if (weight is not { } w)
            {
                checks.Error(DiagnosticDescriptors.MissingRollupWeight, ptr, o.Id, weightName, aggregation.ToCode(), indicator.Id);
                continue;
            }

            if (checks.TryNonNegative(w, weightUnit!, ptr + "/" + weightName, $"the {weightName} of '{o.Id}'", out var wv))
            {
                sum += v * wv;
                weights += wv;
            }
        }

        if (weightName is not null && !checks.HasErrors && weights <= 0)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/objects", 0, $"the total {weightName}", "a weighted mean needs a total weight above zero");
        }

        checks.ThrowIfErrors();
        var notes = new ResultNotes();
        foreach (var s in indicator.Sources.Take(1))
        {
            notes.Source(s);
        }

        return new RollupResult(indicator.Id, input.Area, aggregation, weightName is null ? sum : sum / weights, indicator.Unit.Text, input.Objects.Length,
            weightName is null ? null : weights, weightUnit?.Text,
            notes.Provenance(catalogue, Name, "Roll-up by the indicator's declared aggregation", "catalogue " + catalogue.Info.Version, null),
            notes.Warnings);
    }
}
