using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The detachability index (losmaakbaarheidsindex) after the DGBC / Alba Concepts / W/E measurement method:
/// per connection the type-of-connection and accessibility factors, per product the crossings and edge-confinement
/// factors, combined by harmonic means so that the weakest link weighs most, and the building score as the
/// weighted mean of the products (weighted by MKI in the method). Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// <code>
/// LV_j = 2 / (1/TV_j + 1/TO_j)            per connection j
/// LV   = n / Σ_j (1/LV_j)                  per product, over its n connections
/// LS   = 2 / (1/DK + 1/RO)                 per product, when crossings and edge confinement are given
/// LI   = 2 / (1/LV + 1/LS)                 (= 4 / Σ 1/factor for one connection; LV alone without LS)
/// building = Σ(w_i LI_i) / Σ w_i           (w = MKI per product, or 1 each)
/// </code>
/// The factors and scale (0.10 to 1.00) are confirmed; the scores per class (factor set
/// <c>dgbc-detachability</c>) and the exact aggregation are unconfirmed, and every result says so.
/// </remarks>
public static class DetachabilityCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "detachability";

    /// <summary>The factor set the class scores come from.</summary>
    public const string FactorSetId = "dgbc-detachability";

    private static readonly SourceReference AggregationSource = new("dgbc-losmaakbaarheid-2", "aggregation of the factors: harmonic means, weakest link weighs most; building score weighted by MKI", Confidence.Unconfirmed, "Factors, scale and MKI weighting confirmed (HNN leidraad, BCI Gebouw); the exact formula was not read in a stored source.");
    private static readonly SourceReference TwoFactorSource = new("isso-rekentool-losmaakbaarheid", "two of the four factors (type of connection, accessibility) per detail", Confidence.Confirmed);

    /// <summary>The harmonic mean of positive values: n / Σ(1/x).</summary>
    public static double HarmonicMean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("At least one value is needed.", nameof(values));
        }

        var sum = 0d;
        foreach (var v in values)
        {
            sum += 1 / v;
        }

        return values.Length / sum;
    }

    /// <summary>Checks the input and computes the result.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static DetachabilityResult Calculate(DetachabilityInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var notes = new ResultNotes();
        var set = catalogue.FindFactorSet(FactorSetId);
        if (set is null)
        {
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, "/", "factor set", FactorSetId, checks.CatalogueName);
            checks.ThrowIfErrors();
        }

        checks.Unique(input.Products, p => p.Id, "/products", "id", "the products");
        if (input.Products.IsDefaultOrEmpty)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/products", "[]", "the products", "give at least one product");
        }

        var products = input.Products.IsDefault ? [] : input.Products;
        Unit? weightUnit = null;
        var weighted = products.Any(p => p.Weight is not null);
        var results = ImmutableArray.CreateBuilder<DetachabilityProductResult>(products.Length);
        var twoFactor = 0;
        for (var i = 0; i < products.Length; i++)
        {
            var p = products[i];
            var ptr = InputChecks.Ptr("/products", i);
            var ok = true;
            var weight = 1d;
            if (p.Weight is { } w)
            {
                weightUnit ??= w.Unit;
                ok &= checks.TryNonNegative(w, weightUnit, ptr + "/weight", $"the weight of '{p.Id}'", out weight);
            }
            else if (weighted)
            {
                checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr, "(missing)", "weight", "other products give a weight, so every product needs one (or none does)");
                ok = false;
            }

            if (p.Connections.IsDefaultOrEmpty)
            {
                checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr + "/connections", "[]", $"the connections of '{p.Id}'", "a product needs at least one connection");
                continue;
            }

            var connections = ImmutableArray.CreateBuilder<DetachabilityConnectionResult>(p.Connections.Length);
            var indices = new double[p.Connections.Length];
            for (var j = 0; j < p.Connections.Length; j++)
            {
                var c = p.Connections[j];
                var cptr = InputChecks.Ptr(ptr + "/connections", j);
                var tv = Factor(checks, notes, set!, "type-", c.Type, cptr + "/type", "type of connection");
                var to = Factor(checks, notes, set!, "access-", c.Accessibility, cptr + "/accessibility", "accessibility");
                if (tv is not { } t || to is not { } a)
                {
                    ok = false;
                    continue;
                }

                indices[j] = HarmonicMean([t, a]);
                connections.Add(new DetachabilityConnectionResult(c.Id, t, a, indices[j]));
            }

            double? ls = null;
            if (p.Crossings is not null || p.EdgeConfinement is not null)
            {
                if (p.Crossings is null || p.EdgeConfinement is null)
                {
                    checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr, "(missing)", p.Crossings is null ? "crossings" : "edgeConfinement", "'crossings' and 'edgeConfinement' go together: give both for the four-factor score, or neither for the connection factors only");
                    ok = false;
                }
                else
                {
                    var dk = Factor(checks, notes, set!, "crossing-", p.Crossings, ptr + "/crossings", "crossings");
                    var ro = Factor(checks, notes, set!, "edge-", p.EdgeConfinement, ptr + "/edgeConfinement", "edge confinement");
                    if (dk is { } d && ro is { } r)
                    {
                        ls = HarmonicMean([d, r]);
                    }
                    else
                    {
                        ok = false;
                    }
                }
            }

            if (!ok || checks.HasErrors)
            {
                continue;
            }

            var lv = HarmonicMean(indices);
            var li = ls is { } s ? HarmonicMean([lv, s]) : lv;
            if (ls is null)
            {
                twoFactor++;
            }

            results.Add(new DetachabilityProductResult(p.Id, connections.MoveToImmutable(), lv, ls, li, weight, ls is null ? 2 : 4));
        }

        checks.ThrowIfErrors();
        var totalWeight = results.Sum(r => r.Weight);
        if (totalWeight <= 0)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, "/products", "0", "the sum of the weights", "it must be greater than zero");
            checks.ThrowIfErrors();
        }

        notes.Used(AggregationSource, "The aggregation of the factors into product and building scores");
        if (twoFactor > 0)
        {
            notes.Source(TwoFactorSource);
            notes.Warn(CalculationWarning.Incomplete, twoFactor == results.Count
                ? "No product gives crossings and edge confinement: every score uses the two connection factors only (as the ISSO Rekentool), which is not comparable with the four-factor index."
                : $"{twoFactor} of {results.Count} products give no crossings and edge confinement and are scored on the two connection factors only; their scores are not comparable with the four-factor scores of the others.");
        }

        if (!weighted)
        {
            notes.Warn(CalculationWarning.Assumption, "No product gives a weight, so products count equally; the method weights them by their environmental impact (MKI).");
        }

        var index = results.Sum(r => r.Weight * r.Index) / totalWeight;
        return new DetachabilityResult(results.MoveToImmutable(), index, weighted ? weightUnit!.Text : null,
            notes.Provenance(catalogue, Name, "Detachability index (losmaakbaarheidsindex): harmonic means of the connection and composition factors, weighted mean over products", "Circular Buildings - meetmethodiek losmaakbaarheid v2.0 (2021)", FactorSetId),
            notes.Warnings);
    }

    private static double? Factor(InputChecks checks, ResultNotes notes, FactorSet set, string prefix, string code, string pointer, string what)
    {
        var factor = set.FindFactor(prefix + code);
        if (factor?.Value is not { } v)
        {
            var known = string.Join(", ", set.Factors.Where(f => f.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Id[prefix.Length..]));
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, pointer, $"{what} class (set {FactorSetId}: {known})", code, checks.CatalogueName);
            return null;
        }

        var value = (double)v;
        if (value is not (> 0 and <= 1))
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, pointer, code, $"the {what} factor '{factor.Id}' of set {FactorSetId}", $"its score {InvariantNumber.Format(value)} lies outside (0, 1]");
            return null;
        }

        notes.Used(factor.Source, $"The {what} score table of set {FactorSetId}");
        return value;
    }
}
