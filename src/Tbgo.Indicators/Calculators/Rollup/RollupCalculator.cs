using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Rolls object-level values (buildings, spaces, assets) up to area level (gebied) the way the indicator
/// declares in its YAML: additive (sum), area-, dwelling- or resident-weighted mean, share of objects (the weighted
/// share, in percent, of the objects whose value passes the indicator's <see cref="ShareOfObjectsRule"/>), or not
/// aggregatable (refused with a diagnostic). Pure: no I/O, no clock.
/// </summary>
public static class RollupCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "rollup";

    /// <summary>The unit of a share-of-objects result, whatever the unit of the objects' values.</summary>
    public const string ShareUnit = "%";

    /// <summary>Checks the input and rolls the values up.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result (such as a not-aggregatable indicator); the diagnostics say where and why.</exception>
    /// <exception cref="ArgumentException">The indicator declares share-of-objects but has no rule (a model the loader refuses, TBGO3022).</exception>
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

        var rule = aggregation == AggregationMethod.ShareOfObjects
            ? indicator.ShareOfObjects ?? throw new ArgumentException($"The indicator '{indicator.Id}' declares aggregation share-of-objects but has no shareOfObjects rule.", nameof(catalogue))
            : null;
        RollupWeight? weighting = aggregation switch
        {
            AggregationMethod.AreaWeightedMean => RollupWeight.FloorArea,
            AggregationMethod.DwellingWeightedMean => RollupWeight.Dwellings,
            AggregationMethod.ResidentWeightedMean => RollupWeight.Residents,
            AggregationMethod.ShareOfObjects => rule!.Weight,
            _ => null,
        };

        checks.Unique(input.Objects, o => o.Id, "/objects", "id", "the objects");
        var weightName = weighting?.ToCode();
        var weightUnit = weighting is { } k ? WeightUnit(k, catalogue.Units) : null;
        var valueUnit = rule?.Unit ?? indicator.Unit;
        double sum = 0, weights = 0, passingWeight = 0;
        var passingObjects = 0;
        for (var i = 0; i < input.Objects.Length; i++)
        {
            var o = input.Objects[i];
            var ptr = InputChecks.Ptr("/objects", i);
            if (!checks.TryConvert(o.Value, valueUnit, ptr + "/value", $"a value of '{indicator.Id}'", out var v))
            {
                continue;
            }

            if (weighting is not { } kind)
            {
                sum += v;
                continue;
            }

            double wv = 1;
            if (kind != RollupWeight.Objects)
            {
                var weight = kind switch
                {
                    RollupWeight.FloorArea => o.FloorArea,
                    RollupWeight.Dwellings => o.Dwellings,
                    _ => o.Residents,
                };
                if (weight is not { } w)
                {
                    checks.Error(DiagnosticDescriptors.MissingRollupWeight, ptr, o.Id, weightName, aggregation.ToCode(), indicator.Id);
                    continue;
                }

                if (!checks.TryNonNegative(w, weightUnit!, ptr + "/" + weightName, $"the {weightName} of '{o.Id}'", out wv))
                {
                    continue;
                }
            }

            weights += wv;
            if (rule is null)
            {
                sum += v * wv;
            }
            else if (rule.PassesIn(v))
            {
                passingWeight += wv;
                passingObjects++;
            }
        }

        if (weighting is not null && !checks.HasErrors && weights <= 0)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/objects", 0, $"the total {weightName}", rule is null ? "a weighted mean needs a total weight above zero" : "a share needs a total weight above zero");
        }

        checks.ThrowIfErrors();
        var notes = new ResultNotes();
        foreach (var s in indicator.Sources.Take(1))
        {
            notes.Source(s);
        }

        if (rule is not null)
        {
            notes.Used(rule.Source, $"The share-of-objects rule of '{indicator.Id}' (objects count when {rule.Test}, weighted by {rule.Weight.ToCode()})");
        }

        var value = rule is not null ? 100 * passingWeight / weights : weighting is null ? sum : sum / weights;
        return new RollupResult(indicator.Id, input.Area, aggregation, value, rule is null ? indicator.Unit.Text : ShareUnit, input.Objects.Length,
            weighting is null ? null : weights, weightUnit?.Text,
            notes.Provenance(catalogue, Name, "Roll-up by the indicator's declared aggregation", "catalogue " + catalogue.Info.Version, null),
            notes.Warnings)
        {
            Share = rule is null ? null : new RollupShare(rule, passingWeight, passingObjects),
        };
    }

    /// <summary>The unit an object's weight is converted to; for a count of objects the catalogue's unit <c>object</c>, or null when it has none.</summary>
    private static Unit? WeightUnit(RollupWeight weight, UnitRegistry units) => weight switch
    {
        RollupWeight.FloorArea => units.Parse("m2"),
        RollupWeight.Dwellings => units.Parse("dwelling"),
        RollupWeight.Residents => units.Parse("person"),
        _ => units.TryParse("object", out var unit, out _) ? unit : null,
    };
}
