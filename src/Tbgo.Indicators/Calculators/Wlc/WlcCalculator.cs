using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Whole-life carbon after EN 15978, Level(s) indicator 1.2 and EPBD Annex III: the bill of quantities
/// times the GWP per declared unit per module, replacements within the study period in B4, operational
/// energy and water in B6 and B7, module D separately. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// Building-level values (<see cref="WlcInput.BuildingModules"/>) are whole-building totals per module; they are
/// <b>summed</b> with the element values (and B6/B7) of the same module (<see cref="BuildingLevelCombination"/>) and
/// reported per module in <see cref="WlcModuleResult.BuildingLevel"/>. A biogenic storage
/// (<see cref="WlcInput.BiogenicStorage"/>) adds <c>-P</c> to GWP-biogenic and GWP-total of A1-A3 and <c>+P</c> to its
/// release module (C3 or C4): the -1/+1 convention (1 kg CO2 taken up is -1 kg CO2-eq, released +1).
/// </remarks>
/// <remarks>
/// Replacements (B4): an element with service life SL in a study period RSP is replaced
/// <c>max(0, ceil(RSP / SL) - 1)</c> times; each replacement repeats its A1-A3, A4, A5 and C1-C4. An element
/// that declares B4 itself keeps that value and is not replaced again. The rule is the usual reading of
/// EN 15978 (B4) and the Level(s) 1.2 manual; the standard text was not read, so it is reported as unconfirmed.
/// </remarks>
public static class WlcCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "wlc";

    /// <summary>How building-level and element-level values of the same module combine: <c>sum</c> (both count, added).</summary>
    public const string BuildingLevelCombination = "sum";

    private const int ModuleCount = 15;

    private static readonly SourceReference LevelsSource = new("jrc-levels-indicator-1-2", "Level(s) 1.2: modules A1-C4, D separate, kg CO2-eq/m2/yr", Confidence.Partly);
    private static readonly SourceReference ModuleDSource = new("eebguide-module-d", "module D beyond the system boundary, reported separately", Confidence.Confirmed);
    private static readonly SourceReference ReplacementSource = new("en-15978", "B4 replacement: ceil(RSP / service life) - 1 replacements", Confidence.Unconfirmed, "Usual reading of EN 15978 and Level(s) 1.2; the standard text was not read.");
    private static readonly SourceReference BiogenicSource = new("woodworks-biogenic-carbon", "-1/+1 convention: uptake negative, release positive", Confidence.Confirmed);
    private static readonly SourceReference StorageSource = new("en-16449", "eq. 1 (via the biogenic calculator): stored CO2 entered as -1 in A1-A3 and +1 at end of life (C3/C4)", Confidence.Partly, "-1/+1 characterisation of EN 15804+A2 / EN 16485: the convention is confirmed (woodworks), the standards' text was not read.");

    /// <summary>Checks the input and computes the result.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static WlcResult Calculate(WlcInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var units = catalogue.Units;
        var kgCo2 = units.Parse("kg CO2-eq");
        var year = units.Parse("a");
        var m2 = units.Parse("m2");
        var perYear = units.Parse("kg CO2-eq/a");

        checks.TryPositive(input.Area, m2, "/area", "the floor area", out var area);
        checks.TryPositive(input.ReferenceStudyPeriod, year, "/referenceStudyPeriod", "the reference study period", out var rsp);
        checks.Unique(input.Elements, e => e.Id, "/elements", "id", "the elements");
        var buildingModules = input.BuildingModules.IsDefault ? [] : input.BuildingModules;
        if (input.Elements.IsDefaultOrEmpty && buildingModules.IsEmpty)
        {
            checks.Error(Diagnostics.DiagnosticDescriptors.InvalidCalculatorValue, "/elements", "[]", "the building's GWP", "give elements, building-level 'modules', or both");
        }

        var total = new double[ModuleCount];
        var fossil = new double[ModuleCount];
        var biogenic = new double[ModuleCount];
        var luluc = new double[ModuleCount];
        var hasFossil = new bool[ModuleCount];
        var hasBiogenic = new bool[ModuleCount];
        var hasLuluc = new bool[ModuleCount];
        Span<double> element = stackalloc double[ModuleCount];
        Span<double> elementFossil = stackalloc double[ModuleCount];
        Span<double> elementBiogenic = stackalloc double[ModuleCount];
        Span<double> elementLuluc = stackalloc double[ModuleCount];
        var elementList = input.Elements.IsDefault ? [] : input.Elements;
        var elements = ImmutableArray.CreateBuilder<WlcElementResult>(elementList.Length);
        var biogenicElements = 0;
        var inconsistent = new List<string>();
        var replaced = 0;
        var noServiceLife = 0;
        var uptake = 0d;
        var release = 0d;

        for (var i = 0; i < elementList.Length; i++)
        {
            var e = elementList[i];
            element.Clear();
            elementFossil.Clear();
            elementBiogenic.Clear();
            elementLuluc.Clear();
            var declared = e.DeclaredUnit.Value;
            if (!(declared > 0) || !InputChecks.TryConvertQuiet(e.Quantity, e.DeclaredUnit.Unit, out var amount) || amount < 0)
            {
                // Slow path, only for invalid input: report with pointers.
                var p = InputChecks.Ptr("/elements", i);
                checks.TryPositive(e.DeclaredUnit, e.DeclaredUnit.Unit, p + "/declaredUnit", "the declared unit", out _);
                checks.TryNonNegative(e.Quantity, e.DeclaredUnit.Unit, p + "/quantity", $"the quantity of element '{e.Id}' (declared unit {e.DeclaredUnit})", out _);
                continue;
            }

            var n = amount / declared;
            var declaresB4 = false;
            var declaresBiogenic = false;
            var seen = 0;
            for (var j = 0; j < e.Modules.Length; j++)
            {
                var m = e.Modules[j];
                var k = (int)m.Module;
                if ((seen & (1 << k)) != 0)
                {
                    checks.Error(Diagnostics.DiagnosticDescriptors.DuplicateCalculatorEntry, ModulePointer(i, j) + "/module", m.Module.ToCode(), $"the modules of element '{e.Id}'", "an earlier entry");
                    continue;
                }

                seen |= 1 << k;
                declaresB4 |= m.Module == LifeCycleModule.B4;
                if (Gwp(checks, m.GwpTotal, kgCo2, i, j, "gwpTotal", out var t))
                {
                    element[k] = t * n;
                }

                var parts = 0d;
                var partCount = 0;
                if (m.GwpFossil is { } f && Gwp(checks, f, kgCo2, i, j, "gwpFossil", out var fv))
                {
                    elementFossil[k] = fv * n;
                    hasFossil[k] = true;
                    parts += fv;
                    partCount++;
                }

                if (m.GwpBiogenic is { } b && Gwp(checks, b, kgCo2, i, j, "gwpBiogenic", out var bv))
                {
                    elementBiogenic[k] = bv * n;
                    hasBiogenic[k] = true;
                    declaresBiogenic = true;
                    parts += bv;
                    partCount++;
                }

                if (m.GwpLuluc is { } l && Gwp(checks, l, kgCo2, i, j, "gwpLuluc", out var lv))
                {
                    elementLuluc[k] = lv * n;
                    hasLuluc[k] = true;
                    parts += lv;
                    partCount++;
                }

                if (partCount == 3 && Math.Abs(parts - t) > 1e-3 + (1e-3 * Math.Abs(t)))
                {
                    inconsistent.Add($"{e.Id} {m.Module.ToCode()}");
                }
            }

            var replacements = 0;
            if (e.ServiceLife is { } sl)
            {
                if (InputChecks.TryConvertQuiet(sl, year, out var life) && life > 0)
                {
                    replacements = !declaresB4 && rsp > 0 ? Replacements(rsp, life) : 0;
                }
                else
                {
                    checks.TryPositive(sl, year, InputChecks.Ptr("/elements", i, "serviceLife"), $"the service life of element '{e.Id}'", out _);
                }
            }
            else
            {
                noServiceLife++;
            }

            if (replacements > 0)
            {
                replaced++;
                AddReplacements(element, replacements);
                AddReplacements(elementFossil, replacements);
                AddReplacements(elementBiogenic, replacements);
                AddReplacements(elementLuluc, replacements);
                hasFossil[(int)LifeCycleModule.B4] |= hasFossil[(int)LifeCycleModule.A1ToA3];
                hasBiogenic[(int)LifeCycleModule.B4] |= hasBiogenic[(int)LifeCycleModule.A1ToA3];
                hasLuluc[(int)LifeCycleModule.B4] |= hasLuluc[(int)LifeCycleModule.A1ToA3];
            }

            var lifeCycle = 0d;
            for (var k = 0; k < ModuleCount; k++)
            {
                total[k] += element[k];
                fossil[k] += elementFossil[k];
                biogenic[k] += elementBiogenic[k];
                luluc[k] += elementLuluc[k];
                if (k != (int)LifeCycleModule.D)
                {
                    lifeCycle += element[k];
                    if (elementBiogenic[k] < 0)
                    {
                        uptake += elementBiogenic[k];
                    }
                    else
                    {
                        release += elementBiogenic[k];
                    }
                }
            }

            if (declaresBiogenic)
            {
                biogenicElements++;
            }

            elements.Add(new WlcElementResult(e.Id, n, replacements, lifeCycle, element[(int)LifeCycleModule.D]));
        }

        var building = new double[ModuleCount];
        var hasBuilding = new bool[ModuleCount];
        var fromElements = new bool[ModuleCount];
        for (var k = 0; k < ModuleCount; k++)
        {
            fromElements[k] = total[k] != 0;
        }

        var seenBuilding = 0;
        var buildingBiogenic = false;
        for (var j = 0; j < buildingModules.Length; j++)
        {
            var m = buildingModules[j];
            var k = (int)m.Module;
            var p = InputChecks.Ptr("/modules", j);
            if ((seenBuilding & (1 << k)) != 0)
            {
                checks.Error(Diagnostics.DiagnosticDescriptors.DuplicateCalculatorEntry, p + "/module", m.Module.ToCode(), "the building-level modules", "an earlier entry");
                continue;
            }

            seenBuilding |= 1 << k;
            if (!checks.TryConvert(m.GwpTotal, kgCo2, p + "/gwpTotal", "GWP-total", out var t))
            {
                continue;
            }

            total[k] += t;
            building[k] += t;
            hasBuilding[k] = true;
            var parts = 0d;
            var partCount = 0;
            if (m.GwpFossil is { } f && checks.TryConvert(f, kgCo2, p + "/gwpFossil", "GWP-fossil", out var fv))
            {
                fossil[k] += fv;
                hasFossil[k] = true;
                parts += fv;
                partCount++;
            }

            if (m.GwpBiogenic is { } b && checks.TryConvert(b, kgCo2, p + "/gwpBiogenic", "GWP-biogenic", out var bv))
            {
                biogenic[k] += bv;
                hasBiogenic[k] = true;
                buildingBiogenic = true;
                parts += bv;
                partCount++;
                if (k != (int)LifeCycleModule.D)
                {
                    if (bv < 0)
                    {
                        uptake += bv;
                    }
                    else
                    {
                        release += bv;
                    }
                }
            }

            if (m.GwpLuluc is { } l && checks.TryConvert(l, kgCo2, p + "/gwpLuluc", "GWP-luluc", out var lv))
            {
                luluc[k] += lv;
                hasLuluc[k] = true;
                parts += lv;
                partCount++;
            }

            if (partCount == 3 && Math.Abs(parts - t) > 1e-3 + (1e-3 * Math.Abs(t)))
            {
                inconsistent.Add($"building {m.Module.ToCode()}");
            }
        }

        double? stored = null;
        if (input.BiogenicStorage is { } storage)
        {
            if (storage.ReleaseModule is not (LifeCycleModule.C3 or LifeCycleModule.C4))
            {
                checks.Error(Diagnostics.DiagnosticDescriptors.InvalidCalculatorValue, "/biogenicReleaseModule", storage.ReleaseModule.ToCode(), "the release module of the stored biogenic carbon", "it is C3 (waste processing) or C4 (disposal)");
            }
            else if (checks.TryNonNegative(storage.StoredCo2, units.Parse("kg CO2"), "/biogenicResult/total", "the stored biogenic CO2", out var pv))
            {
                // -1/+1: 1 kg CO2 taken up is -1 kg CO2-eq GWP-biogenic (A1-A3); released, +1 (C3 or C4).
                stored = pv;
                foreach (var (k, v) in (ReadOnlySpan<(int, double)>)[((int)LifeCycleModule.A1ToA3, -pv), ((int)storage.ReleaseModule, pv)])
                {
                    total[k] += v;
                    biogenic[k] += v;
                    building[k] += v;
                    hasBiogenic[k] = true;
                    hasBuilding[k] = true;
                }

                uptake -= pv;
                release += pv;
            }
        }

        var operationalFromInput = (input.OperationalEnergy is not null, input.OperationalWater is not null);
        AddOperational(checks, input.OperationalEnergy, "/operationalEnergy", "operational energy (B6)", kgCo2, perYear, rsp, ref total[(int)LifeCycleModule.B6]);
        AddOperational(checks, input.OperationalWater, "/operationalWater", "operational water (B7)", kgCo2, perYear, rsp, ref total[(int)LifeCycleModule.B7]);
        checks.ThrowIfErrors();

        var notes = new ResultNotes();
        notes.Used(LevelsSource, "The Level(s) 1.2 method as implemented");
        notes.Source(ModuleDSource);
        if (replaced > 0)
        {
            notes.Used(ReplacementSource, "The replacement rule for module B4");
        }

        if (biogenicElements > 0 || buildingBiogenic || stored is not null)
        {
            notes.Source(BiogenicSource);
        }

        if (stored is { } storedCo2)
        {
            notes.Used(StorageSource, "The stored biogenic CO2 entered as -1/+1");
            notes.Warn(CalculationWarning.Assumption, $"The stored biogenic CO2 ({Number(storedCo2)} kg CO2) is entered as -{Number(storedCo2)} kg CO2-eq GWP-biogenic in A1-A3 and +{Number(storedCo2)} in {input.BiogenicStorage!.ReleaseModule.ToCode()} (-1/+1); both are in GWP-total and cancel over A1-C4.");
            if (biogenicElements > 0 || buildingBiogenic)
            {
                notes.Warn(CalculationWarning.Inconsistent, $"GWP-biogenic is declared by {Count(biogenicElements, "element")}{(buildingBiogenic ? " and at building level" : string.Empty)} as well as taken from the biogenic result: if they describe the same products, the uptake and release are counted twice.");
            }
        }

        if (!buildingModules.IsEmpty)
        {
            var overlap = new List<string>();
            for (var k = 0; k < ModuleCount; k++)
            {
                var givenOperational = (k == (int)LifeCycleModule.B6 && operationalFromInput.Item1) || (k == (int)LifeCycleModule.B7 && operationalFromInput.Item2);
                if ((seenBuilding & (1 << k)) != 0 && (fromElements[k] || givenOperational))
                {
                    overlap.Add(((LifeCycleModule)k).ToCode());
                }
            }

            notes.Warn(CalculationWarning.Assumption, $"Building-level module values are added to the element values of the same module (combination: {BuildingLevelCombination}) and are not replaced in B4."
                + (overlap.Count > 0 ? $" {string.Join(", ", overlap)} {(overlap.Count == 1 ? "has" : "have")} both: make sure each impact is given only once." : string.Empty));
        }

        if (noServiceLife > 0)
        {
            notes.Warn(CalculationWarning.Assumption, $"{Count(noServiceLife, "element")} give no service life and are assumed to last the whole study period (no replacements in B4).");
        }

        if (inconsistent.Count > 0)
        {
            notes.Warn(CalculationWarning.Inconsistent, $"GWP-fossil + GWP-biogenic + GWP-luluc differs from GWP-total in {Count(inconsistent.Count, "module value")} ({string.Join(", ", inconsistent.Take(5))}{(inconsistent.Count > 5 ? ", ..." : string.Empty)}); the totals use GWP-total.");
        }

        if (Math.Abs(rsp - 50) > 1e-9)
        {
            notes.Warn(CalculationWarning.Assumption, $"The reference study period is {Number(rsp)} years; Level(s) 1.2 and EPBD Annex III use 50 years, so the per-year figure is not comparable with theirs.");
        }

        if (input.AreaBasis == AreaBasis.Bvo)
        {
            notes.Warn(CalculationWarning.Assumption, "The area basis is BVO (gross floor area); EPBD Annex III normalises by useful floor area, so the per-m2 figures are not the EPBD figures.");
        }

        var modules = ImmutableArray.CreateBuilder<WlcModuleResult>(ModuleCount);
        for (var k = 0; k < ModuleCount; k++)
        {
            modules.Add(new WlcModuleResult((LifeCycleModule)k, total[k], hasFossil[k] ? fossil[k] : null, hasBiogenic[k] ? biogenic[k] : null, hasLuluc[k] ? luluc[k] : null) { BuildingLevel = hasBuilding[k] ? building[k] : null });
        }

        var stages = ImmutableArray.CreateBuilder<WlcStageResult>(5);
        foreach (var stage in (ReadOnlySpan<LifeCycleStage>)[LifeCycleStage.Product, LifeCycleStage.Construction, LifeCycleStage.Use, LifeCycleStage.EndOfLife, LifeCycleStage.BeyondSystemBoundary])
        {
            var sum = 0d;
            for (var k = 0; k < ModuleCount; k++)
            {
                if (((LifeCycleModule)k).StageOf() == stage)
                {
                    sum += total[k];
                }
            }

            stages.Add(new WlcStageResult(stage, sum));
        }

        var lifeCycleTotal = 0d;
        for (var k = 0; k < (int)LifeCycleModule.D; k++)
        {
            lifeCycleTotal += total[k];
        }

        var upfront = total[(int)LifeCycleModule.A1ToA3] + total[(int)LifeCycleModule.A4] + total[(int)LifeCycleModule.A5];
        var operational = total[(int)LifeCycleModule.B6] + total[(int)LifeCycleModule.B7];
        return new WlcResult(
            modules.MoveToImmutable(),
            stages.MoveToImmutable(),
            elements.DrainToImmutable(),
            lifeCycleTotal,
            upfront,
            lifeCycleTotal - operational,
            operational,
            total[(int)LifeCycleModule.D],
            new BiogenicBalance(uptake, release, biogenicElements) { StoredCo2 = stored, ReleaseModule = stored is null ? null : input.BiogenicStorage!.ReleaseModule },
            area,
            input.AreaBasis,
            rsp,
            notes.Provenance(catalogue, Name, "EN 15978 whole-life carbon, Level(s) indicator 1.2, EPBD Annex III", "EN 15978:2011; Level(s) 1.2 v1.1 (2021); EPBD (EU) 2024/1275 Annex III as amended by (EU) 2026/52", null),
            notes.Warnings);
    }

    /// <summary>The number of replacements within the study period: <c>max(0, ceil(rsp / serviceLife) - 1)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is not positive.</exception>
    public static int Replacements(double referenceStudyPeriod, double serviceLife)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceStudyPeriod);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(serviceLife);
        var ratio = referenceStudyPeriod / serviceLife;

        // A ratio within rounding of a whole number (50 / 25, 60 / 20) is that number.
        var whole = Math.Round(ratio);
        var uses = Math.Abs(ratio - whole) <= 1e-9 * Math.Max(1, ratio) ? whole : Math.Ceiling(ratio);
        return (int)Math.Min(int.MaxValue, Math.Max(0, uses - 1));
    }

    private static string ModulePointer(int element, int module) => InputChecks.Ptr(InputChecks.Ptr("/elements", element) + "/modules", module);

    /// <summary>Converts a GWP value; builds the pointer and message only when it fails.</summary>
    private static bool Gwp(InputChecks checks, Quantity q, Unit kgCo2, int element, int module, string property, out double value) =>
        InputChecks.TryConvertQuiet(q, kgCo2, out value) || checks.TryConvert(q, kgCo2, ModulePointer(element, module) + "/" + property, property switch
        {
            "gwpTotal" => "GWP-total",
            "gwpFossil" => "GWP-fossil",
            "gwpBiogenic" => "GWP-biogenic",
            _ => "GWP-luluc",
        }, out value);

    private static void AddReplacements(Span<double> values, int replacements)
    {
        var once = values[(int)LifeCycleModule.A1ToA3] + values[(int)LifeCycleModule.A4] + values[(int)LifeCycleModule.A5]
            + values[(int)LifeCycleModule.C1] + values[(int)LifeCycleModule.C2] + values[(int)LifeCycleModule.C3] + values[(int)LifeCycleModule.C4];
        values[(int)LifeCycleModule.B4] += replacements * once;
    }

    private static void AddOperational(InputChecks checks, Quantity? value, string pointer, string what, Unit kgCo2, Unit perYear, double rsp, ref double module)
    {
        if (value is not { } q)
        {
            return;
        }

        if (q.Unit.IsCompatibleWith(perYear))
        {
            module += q.ValueIn(perYear) * rsp;
        }
        else if (checks.TryConvert(q, kgCo2, pointer, what + " (per year or over the study period)", out var v))
        {
            module += v;
        }
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Number(double v) => InvariantNumber.Format(v);
}
