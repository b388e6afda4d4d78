using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Biogenic carbon stored in wood and bio-based products after EN 16449 (eq. 1):
/// <c>P_CO2 = 44/12 x cf x ρ_ω x V_ω / (1 + ω/100)</c> with <c>V_ω = V_p x wood fraction</c>. The carbon fraction
/// defaults to the factor <c>default</c> (0.5) of set <c>en16449-carbon</c>, which is partly confirmed: every
/// result says so. Pure: no I/O, no clock.
/// </summary>
public static class BiogenicCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "biogenic";

    /// <summary>The factor set with carbon fractions.</summary>
    public const string CarbonSetId = "en16449-carbon";

    /// <summary>The molar-mass ratio CO2 / C of the formula: <see cref="CarbonDioxide.PerCarbon"/> (44/12).</summary>
    public const double Co2PerCarbon = CarbonDioxide.PerCarbon;

    private static readonly SourceReference FormulaSource = new("en-16449", "eq. 1: P_CO2 = 44/12 x cf x rho_w x V_w / (1 + w/100)", Confidence.Partly, "Structure confirmed (CATAS); the division by (1 + w/100) in third-party implementations; the standard text was not read.");
    private static readonly SourceReference WoodFractionSource = new("catas-en-16449", "wood-based products: V_w = V_p x wood percentage", Confidence.Confirmed);

    /// <summary>Checks the input and computes the result.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static BiogenicResult Calculate(BiogenicInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var units = catalogue.Units;
        var m3 = units.Parse("m3");
        var density = units.Parse("kg/m3");
        var kgCarbon = units.Parse("kg C");
        var kgCo2 = units.Parse("kg CO2");
        var set = catalogue.FindFactorSet(CarbonSetId);
        var notes = new ResultNotes();
        notes.Used(FormulaSource, "The EN 16449 formula");
        checks.Unique(input.Products, p => p.Id, "/products", "id", "the products");
        double? area = null;
        if (input.Area is { } a && checks.TryPositive(a, units.Parse("m2"), "/area", "the floor area", out var av))
        {
            area = av;
        }

        var products = ImmutableArray.CreateBuilder<BiogenicProductResult>(input.Products.Length);
        var total = 0d;
        for (var i = 0; i < input.Products.Length; i++)
        {
            var p = input.Products[i];
            var ptr = InputChecks.Ptr("/products", i);
            var ok = checks.TryNonNegative(p.Volume, m3, ptr + "/volume", $"the volume of '{p.Id}'", out var volume);
            ok &= checks.TryPositive(p.Density, density, ptr + "/density", $"the density of '{p.Id}'", out var rho);
            ok &= checks.TryNonNegative(p.MoistureContent, units.One, ptr + "/moistureContent", $"the moisture content of '{p.Id}'", out var omega);
            var wood = 1d;
            if (p.WoodFraction is { } wf)
            {
                ok &= checks.TryFraction(wf, ptr + "/woodFraction", $"the wood fraction of '{p.Id}'", out wood);
                notes.Source(WoodFractionSource);
            }

            double cf = 0;
            string from = "input";
            if (p.CarbonFraction is { } given)
            {
                if (p.CarbonFractionFactor is not null)
                {
                    checks.Error(DiagnosticDescriptors.InvalidCalculatorValue, ptr + "/carbonFractionFactor", p.CarbonFractionFactor, $"the carbon fraction of '{p.Id}'", "give either 'carbonFraction' or 'carbonFractionFactor', not both");
                    ok = false;
                }

                ok &= checks.TryFraction(given, ptr + "/carbonFraction", $"the carbon fraction of '{p.Id}'", out cf);
            }
            else
            {
                var id = p.CarbonFractionFactor ?? "default";
                var factor = set?.FindFactor(id);
                if (factor?.Value is not { } v)
                {
                    checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, ptr + (p.CarbonFractionFactor is null ? string.Empty : "/carbonFractionFactor"), $"carbon fraction factor (set {CarbonSetId})", id, checks.CatalogueName);
                    ok = false;
                }
                else
                {
                    cf = (double)v;
                    from = id;
                    notes.Used(factor.Source, $"The carbon fraction '{id}' of set {CarbonSetId}");
                }
            }

            if (!ok)
            {
                continue;
            }

            var woodVolume = volume * wood;
            var dry = rho * woodVolume / (1 + omega);
            // kg C to kg CO2 only through the explicit chemical relation (44/12, EN 16449 eq. 1), never as a unit conversion.
            var stored = CarbonDioxide.FromCarbon(new Quantity(cf * dry, kgCarbon)).ValueIn(kgCo2);
            total += stored;
            products.Add(new BiogenicProductResult(p.Id, woodVolume, dry, cf, from, stored));
        }

        checks.ThrowIfErrors();
        notes.Warn(CalculationWarning.Assumption, "Stored biogenic carbon is temporary: report it next to the life-cycle GWP, never subtract it from the life-cycle total (it nets to zero over A1-C4).");
        return new BiogenicResult(products.MoveToImmutable(), total, area, input.AreaBasis,
            notes.Provenance(catalogue, Name, "EN 16449 biogenic carbon content of wood", "EN 16449:2014 eq. 1", set is null ? null : CarbonSetId),
            notes.Warnings);
    }
}
