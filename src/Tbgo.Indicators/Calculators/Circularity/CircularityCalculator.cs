using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The Ellen MacArthur Foundation Material Circularity Indicator per product (EMF &amp; Granta, Circularity
/// Indicators methodology) and mass-weighted per building, the bio-based share by mass (and volume) tested
/// against the 30-30-30 ambition, and the secondary-material share. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// <code>
/// V   = M (1 - F_R - F_U - F_S)
/// W_0 = M (1 - C_R - C_U - C_C - C_E)
/// W_C = M (1 - E_C) C_R
/// W_F = M (1 - E_F) F_R / E_F
/// W   = W_0 + (W_F + W_C) / 2
/// LFI = (V + W) / (2M + (W_F - W_C) / 2)
/// X   = (L / L_av) (U / U_av),  F(X) = 0.9 / X
/// MCI = max(0, 1 - LFI F(X))
/// </code>
/// </remarks>
public static class CircularityCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "circularity";

    /// <summary>The bio-based share indicator whose target is tested.</summary>
    public const string BiobasedIndicatorId = "tbgo.env.materials.biobased-share";

    private static readonly SourceReference MciSource = new("emf-circularity-indicators", "MCI = max(0, 1 - LFI x F(X)), F(X) = 0.9/X; LFI = (V + W) / (2M + (W_F - W_C)/2)", Confidence.Confirmed, "Confirmed through two code implementations citing the EMF methodology.");
    private static readonly SourceReference SecondarySource = new("cb23-meten-van-circulariteit", "material inflow split into virgin, secondary and renewable", Confidence.Partly);
    private static readonly DateOnly AmbitionDate = new(2030, 1, 1);

    /// <summary>The MCI of one product from its flows; see the class remarks for the formulas.</summary>
    /// <returns>The LFI, X and MCI; <paramref name="virgin"/> and <paramref name="waste"/> are V and W.</returns>
    public static (double Lfi, double Utility, double Mci) Mci(double mass, double fR, double fU, double fS, double cR, double cU, double cC, double cE, double eC, double eF, double utility, out double virgin, out double waste)
    {
        virgin = mass * (1 - fR - fU - fS);
        var w0 = mass * (1 - cR - cU - cC - cE);
        var wC = mass * (1 - eC) * cR;
        var wF = fR == 0 ? 0 : mass * (1 - eF) * fR / eF;
        waste = w0 + ((wF + wC) / 2);
        var lfi = (virgin + waste) / ((2 * mass) + ((wF - wC) / 2));
        var mci = Math.Max(0, 1 - (lfi * 0.9 / utility));
        return (lfi, utility, mci);
    }

    /// <summary>Checks the input and computes the result.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static CircularityResult Calculate(CircularityInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var units = catalogue.Units;
        var kg = units.Parse("kg");
        var m3 = units.Parse("m3");
        checks.Unique(input.Products, p => p.Id, "/products", "id", "the products");
        if (input.BuildingType is { } bt && catalogue.FindBuildingType(bt) is null)
        {
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, "/buildingType", "building type", bt, checks.CatalogueName);
        }

        var products = ImmutableArray.CreateBuilder<CircularityProductResult>(input.Products.Length);
        double total = 0, weightedMci = 0, weightedLfi = 0, biobased = 0, secondary = 0, volume = 0, biobasedVolume = 0;
        var allVolumes = true;
        var averageUtility = 0;
        for (var i = 0; i < input.Products.Length; i++)
        {
            var p = input.Products[i];
            var ptr = InputChecks.Ptr("/products", i);
            if (!checks.TryPositive(p.Mass, kg, ptr + "/mass", $"the mass of '{p.Id}'", out var mass))
            {
                continue;
            }

            var fR = Fraction(checks, p.RecycledFeedstock, ptr, "recycledFeedstock");
            var fU = Fraction(checks, p.ReusedFeedstock, ptr, "reusedFeedstock");
            var fS = Fraction(checks, p.BiologicalFeedstock, ptr, "biologicalFeedstock");
            var cR = Fraction(checks, p.CollectedForRecycling, ptr, "collectedForRecycling");
            var cU = Fraction(checks, p.CollectedForReuse, ptr, "collectedForReuse");
            var cC = Fraction(checks, p.CollectedForComposting, ptr, "collectedForComposting");
            var cE = Fraction(checks, p.CollectedForEnergyRecovery, ptr, "collectedForEnergyRecovery");
            SumAtMostOne(checks, ptr, "F_R + F_U + F_S", fR + fU + fS);
            SumAtMostOne(checks, ptr, "C_R + C_U + C_C + C_E", cR + cU + cC + cE);
            var eC = Efficiency(checks, p.RecyclingEfficiency, cR > 0, ptr, "recyclingEfficiency", "collectedForRecycling");
            var eF = Efficiency(checks, p.FeedstockRecyclingEfficiency, fR > 0, ptr, "feedstockRecyclingEfficiency", "recycledFeedstock");
            var x = Ratio(checks, p.Lifetime, p.AverageLifetime, ptr, "lifetime", "averageLifetime") * Ratio(checks, p.UseIntensity, p.AverageUseIntensity, ptr, "useIntensity", "averageUseIntensity");
            if (p.Lifetime is null && p.UseIntensity is null)
            {
                averageUtility++;
            }

            double? vol = null;
            if (p.Volume is { } v && checks.TryNonNegative(v, m3, ptr + "/volume", $"the volume of '{p.Id}'", out var vv))
            {
                vol = vv;
            }

            if (checks.HasErrors || x <= 0)
            {
                continue;
            }

            var (lfi, utility, mci) = Mci(mass, fR, fU, fS, cR, cU, cC, cE, eC, eF, x, out var virgin, out var waste);
            products.Add(new CircularityProductResult(p.Id, mass, virgin, waste, lfi, utility, mci));
            total += mass;
            weightedMci += mass * mci;
            weightedLfi += mass * lfi;
            secondary += mass * (fR + fU);
            if (p.Biobased)
            {
                biobased += mass;
            }

            if (vol is { } pv)
            {
                volume += pv;
                biobasedVolume += p.Biobased ? pv : 0;
            }
            else
            {
                allVolumes = false;
            }
        }

        checks.ThrowIfErrors();
        var notes = new ResultNotes();
        notes.Used(MciSource, "The MCI formula");
        notes.Used(SecondarySource, "The secondary-material share (recycled and reused feedstock by mass)");
        if (averageUtility > 0)
        {
            notes.Warn(CalculationWarning.Assumption, $"{averageUtility} of {input.Products.Length} products give no lifetime or intensity of use and are taken as average (X = 1).");
        }

        var shareByMass = biobased / total;
        var indicator = catalogue.FindIndicator(BiobasedIndicatorId);
        LimitValue? target = null;
        var verdict = LimitVerdict.NoLimit;
        if (indicator is not null)
        {
            var date = input.Date ?? AmbitionDate;
            target = catalogue.FindLimit(indicator, date, new LimitScope(Scale.Gebouw, input.BuildingType), LimitKind.Target);
            if (target is not null)
            {
                notes.UsedLimit(target, BiobasedIndicatorId);
                verdict = target.Test(new Quantity(shareByMass, units.One));
                notes.Warn(CalculationWarning.Assumption, "The bio-based share is tested by mass; the 30-30-30 programme does not fix whether its 30% counts by mass, volume or impact.");
            }
            else
            {
                notes.Warn(CalculationWarning.Assumption, $"No bio-based target applies to {new LimitScope(Scale.Gebouw, input.BuildingType)} on {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}; the 30-30-30 ambition names new dwellings (woonfunctie) from 2030.");
            }
        }

        if (!allVolumes)
        {
            notes.Warn(CalculationWarning.Incomplete, "Not every product gives a volume, so the bio-based share by volume is not reported.");
        }

        return new CircularityResult(products.MoveToImmutable(), weightedMci / total, weightedLfi / total, total, shareByMass, allVolumes && volume > 0 ? biobasedVolume / volume : null, secondary / total, target, verdict,
            notes.Provenance(catalogue, Name, "Ellen MacArthur Foundation Material Circularity Indicator; bio-based and secondary shares by mass", "EMF & Granta Circularity Indicators methodology (2015, updated 2019/2020)", null),
            notes.Warnings);
    }

    private static double Fraction(InputChecks checks, Quantity? q, string ptr, string name) =>
        q is { } v && checks.TryFraction(v, ptr + "/" + name, name, out var f) ? f : 0;

    private static void SumAtMostOne(InputChecks checks, string ptr, string names, double sum)
    {
        if (sum > 1 + 1e-9)
        {
            checks.Error(DiagnosticDescriptors.FractionsExceedOne, ptr, names, InvariantNumber.Format(sum));
        }
    }

    private static double Efficiency(InputChecks checks, Quantity? q, bool needed, string ptr, string name, string because)
    {
        if (q is not { } v)
        {
            if (needed)
            {
                checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr, "(missing)", name, $"it is needed because '{because}' is above zero");
            }

            return 1;
        }

        if (!checks.TryFraction(v, ptr + "/" + name, name, out var e))
        {
            return 1;
        }

        if (needed && e == 0)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr + "/" + name + "/value", v.ToString(), name, "an efficiency of zero leaves W_F undefined; give a value above zero");
        }

        return e;
    }

    private static double Ratio(InputChecks checks, Quantity? value, Quantity? average, string ptr, string name, string averageName)
    {
        if (value is null && average is null)
        {
            return 1;
        }

        if (value is not { } v || average is not { } a)
        {
            checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr, "(missing)", value is null ? name : averageName, $"'{name}' and '{averageName}' go together");
            return 1;
        }

        if (checks.TryPositive(a, a.Unit, ptr + "/" + averageName, averageName, out var av) && checks.TryPositive(v, a.Unit, ptr + "/" + name, name, out var vv))
        {
            return vv / av;
        }

        return 1;
    }
}
