using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// MKI and MPG after the Bepalingsmethode Milieuprestatie Bouwwerken: impact x shadow price per category of
/// one named weighting set, category-3 NMD data uplifted by the factor set <c>nmd-data-category-uplift</c>,
/// MPG = MKI / (BVO x study period), tested against the limit value in force on the permit date in the same
/// weighting set (area-weighted by usable floor area for mixed use). Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// GWP sub-indicators (factors with <c>componentOf</c>) are reported but never weighted on top of GWP-total.
/// Factors without a known value are never treated as zero silently: their MKI is left out, the result is
/// marked incomplete and a warning names each of them.
/// </remarks>
public static class MpgCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "mpg";

    /// <summary>The MPG indicator whose limit values are tested.</summary>
    public const string IndicatorId = "tbgo.env.materials.mpg";

    /// <summary>The factor set with the uplift per NMD data category.</summary>
    public const string UpliftSetId = "nmd-data-category-uplift";

    /// <summary>The factor set with the reference study period per building function.</summary>
    public const string StudyPeriodSetId = "mpg-reference-study-periods";

    private static readonly SourceReference MixedUseSource = new("nmd-bbl-2026", "combination buildings: limit weighted by the usable floor area (GO) of each use function", Confidence.Confirmed);
    private static readonly SourceReference FormulaSource = new("teachbooks-mpg", "MPG = MKI / (BVO x study period)", Confidence.Confirmed);

    /// <summary>Checks the input and computes the result.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static MpgResult Calculate(MpgInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var notes = new ResultNotes();
        notes.Source(FormulaSource);
        var units = catalogue.Units;
        var set = catalogue.FindFactorSet(input.WeightingSet);
        if (set is null || set.Factors.All(f => f.AppliesTo is null))
        {
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, "/weightingSet", "weighting set", input.WeightingSet, checks.CatalogueName);
            checks.ThrowIfErrors();
        }

        var uplifts = catalogue.FindFactorSet(UpliftSetId) ?? throw new CalculationException($"The catalogue {checks.CatalogueName} has no factor set '{UpliftSetId}'.");
        checks.TryPositive(input.Bvo, units.Parse("m2"), "/bvo", "the gross floor area (BVO)", out var bvo);
        var inputElements = input.Elements.IsDefault ? ImmutableArray<MpgElement>.Empty : input.Elements;
        checks.Unique(inputElements, e => e.Id, "/elements", "id", "the elements");
        var eur = units.Parse("EUR");
        double? buildingMki = null;
        if (input.BuildingMki is { } bm)
        {
            if (!inputElements.IsEmpty)
            {
                checks.Error(DiagnosticDescriptors.MpgCostGivenTwice, "/mki", "The building", "'mki' (the building MKI)", "'elements'");
            }
            else if (checks.TryConvert(bm, eur, "/mki", "the building MKI", out var bmValue))
            {
                buildingMki = bmValue;
            }
        }
        else if (inputElements.IsEmpty)
        {
            checks.Error(DiagnosticDescriptors.MpgCostMissing, "/elements", "The building", "'elements' (with impacts or a published MKI each) or the building 'mki' in EUR");
        }

        checks.Unique(input.Functions, f => f.BuildingType, "/functions", "buildingType", "the use functions");
        var m2 = units.Parse("m2");
        var areas = new double[input.Functions.Length];
        for (var i = 0; i < input.Functions.Length; i++)
        {
            var f = input.Functions[i];
            if (catalogue.FindBuildingType(f.BuildingType) is null)
            {
                checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, InputChecks.Ptr("/functions", i, "buildingType"), "building type", f.BuildingType, checks.CatalogueName);
            }

            checks.TryPositive(f.UsableArea, m2, InputChecks.Ptr("/functions", i, "usableArea"), $"the usable floor area of '{f.BuildingType}'", out areas[i]);
        }

        var factors = set!.Factors;
        var index = new Dictionary<string, int>(factors.Length, StringComparer.Ordinal);
        var prices = new double[factors.Length];
        for (var k = 0; k < factors.Length; k++)
        {
            index[factors[k].Id] = k;
            prices[k] = factors[k].Value is { } v ? (double)v : double.NaN;
        }

        var amounts = new double[factors.Length];
        var mkis = new double[factors.Length];
        var given = new bool[factors.Length];
        var upliftFactors = new double[4];
        var upliftSources = new SourceReference?[4];
        foreach (var c in (ReadOnlySpan<NmdDataCategory>)[NmdDataCategory.Category1, NmdDataCategory.Category2, NmdDataCategory.Category3, NmdDataCategory.Category3a])
        {
            var f = uplifts.FindFactor("category-" + c.ToCode());
            upliftFactors[(int)c] = f?.Value is { } pct ? 1 + ((double)pct / 100) : 1;
            upliftSources[(int)c] = f?.Source;
        }

        var elements = ImmutableArray.CreateBuilder<MpgElementResult>(inputElements.Length);
        var mkisBefore = new double[factors.Length];
        var givenMki = 0d;
        var fromImpacts = 0;
        var usedCategories = new bool[4];
        Span<bool> present = stackalloc bool[factors.Length];
        for (var i = 0; i < inputElements.Length; i++)
        {
            var e = inputElements[i];
            var uplift = upliftFactors[(int)e.DataCategory];
            usedCategories[(int)e.DataCategory] = true;
            present.Clear();
            var mki = 0d;
            var before = 0d;
            var impacts = e.Impacts.IsDefault ? ImmutableArray<MpgImpact>.Empty : e.Impacts;
            if (e.Mki is { } published)
            {
                if (!impacts.IsEmpty)
                {
                    checks.Error(DiagnosticDescriptors.MpgCostGivenTwice, InputChecks.Ptr("/elements", i, "mki"), $"Element '{e.Id}'", "'mki'", "'impacts'");
                }
                else if (checks.TryConvert(published, eur, InputChecks.Ptr("/elements", i, "mki"), $"the MKI of element '{e.Id}'", out before))
                {
                    // A published element MKI is taken as the MKI before the data-category uplift (the uplift set's rule:
                    // MKI_used = MKI_product x (1 + uplift/100)). It is uplifted as a whole; a negative MKI (a net credit)
                    // is not enlarged, as for negative category costs below. Per-category credits inside a positive total
                    // cannot be seen, so impacts per category are the more exact input for category-3 data.
                    mki = before > 0 ? before * uplift : before;
                    givenMki += mki;
                    if (uplift != 1)
                    {
                        notes.Warn(CalculationWarning.Assumption, $"The MKI of element '{e.Id}' (NMD data category {e.DataCategory.ToCode()}) is given as published and taken as the MKI before the uplift: {(before < 0 ? $"being negative (a net credit), it is used as it is, without the uplift of {InvariantNumber.Format(uplift)}" : $"it is multiplied by {InvariantNumber.Format(uplift)} as a whole, so credits inside it are uplifted too")}. Give 'impacts' per category instead for the exact rule (no uplift on negative category costs).");
                    }
                }

                elements.Add(new MpgElementResult(e.Id, e.DataCategory, uplift, mki) { MkiBeforeUplift = before, MkiGiven = true });
                continue;
            }

            if (impacts.IsEmpty)
            {
                checks.Error(DiagnosticDescriptors.MpgCostMissing, InputChecks.Ptr("/elements", i), $"Element '{e.Id}'", "'impacts' per category of the weighting set or its published 'mki' in EUR");
                continue;
            }

            fromImpacts++;
            for (var j = 0; j < impacts.Length; j++)
            {
                var impact = impacts[j];
                if (!index.TryGetValue(impact.Category, out var k))
                {
                    checks.Error(DiagnosticDescriptors.CategoryNotInWeightingSet, ImpactPointer(i, j) + "/category", impact.Category, set.Id);
                    continue;
                }

                if (present[k])
                {
                    checks.Error(DiagnosticDescriptors.DuplicateCalculatorEntry, ImpactPointer(i, j) + "/category", impact.Category, $"the impacts of element '{e.Id}'", "an earlier entry");
                    continue;
                }

                present[k] = true;
                given[k] = true;
                var factor = factors[k];
                var target = factor.AppliesTo ?? units.One;
                if (!InputChecks.TryConvertQuiet(impact.Amount, target, out var amount)
                    && !checks.TryConvert(impact.Amount, target, ImpactPointer(i, j) + "/amount", $"the '{factor.Id}' impact", out amount))
                {
                    continue;
                }

                amounts[k] += amount;
                if (!double.IsNaN(prices[k]))
                {
                    // NMD: the category-3 uplift is not applied to negative values (credits are not enlarged).
                    var cost = amount * prices[k];
                    mkisBefore[k] += cost;
                    if (factor.ComponentOf is null)
                    {
                        before += cost;
                    }

                    if (cost > 0)
                    {
                        cost *= uplift;
                    }

                    mkis[k] += cost;
                    if (factor.ComponentOf is null)
                    {
                        mki += cost;
                    }
                }
            }

            for (var k = 0; k < factors.Length; k++)
            {
                if (present[k] && factors[k].ComponentOf is { } parent && index.TryGetValue(parent, out var pk) && !present[pk])
                {
                    checks.Error(DiagnosticDescriptors.ComponentWithoutTotal, InputChecks.Ptr("/elements", i, "impacts"), e.Id, factors[k].Id, parent);
                }
            }

            elements.Add(new MpgElementResult(e.Id, e.DataCategory, uplift, mki) { MkiBeforeUplift = before });
        }

        notes.Used(set.Source, $"The weighting set '{set.Id}'");
        var rsp = StudyPeriod(input, catalogue, checks, notes);
        checks.ThrowIfErrors();

        for (var c = 0; c < 4; c++)
        {
            if (usedCategories[c] && upliftSources[c] is { } s)
            {
                notes.Used(s, $"The uplift for NMD data category {((NmdDataCategory)c).ToCode()}");
            }
        }

        var categories = ImmutableArray.CreateBuilder<MpgCategoryResult>(factors.Length);
        var complete = true;
        var total = 0d;
        for (var k = 0; k < factors.Length; k++)
        {
            var f = factors[k];
            var known = f.Value is not null;
            var weighted = known && f.ComponentOf is null;
            if (weighted)
            {
                total += mkis[k];
            }

            if (!known && f.ComponentOf is null && fromImpacts > 0)
            {
                complete = false;
                notes.Warn(CalculationWarning.UnknownFactor,
                    $"factor '{f.Id}' of set {set.Id} has no known value ({f.Source.Confidence.ToCode()}); its MKI is not included{(given[k] ? $" ({InvariantNumber.Format(amounts[k])} {f.AppliesTo?.Text} given)" : string.Empty)}.",
                    f.Source);
            }
            else if (known && given[k])
            {
                notes.Used(f.Source, $"The price of '{f.Id}' in set {set.Id}");
            }

            categories.Add(new MpgCategoryResult(f.Id, f.Name.En ?? f.Name.Nl ?? f.Id, amounts[k], f.AppliesTo?.Text ?? "1", f.Value, known ? mkis[k] : null, weighted, f.ComponentOf, f.Source.Confidence) { MkiBeforeUplift = known ? mkisBefore[k] : null });
        }

        if (!complete)
        {
            notes.Warn(CalculationWarning.Incomplete, $"The MKI and MPG are incomplete: {categories.Count(c => c.Price is null && c.ComponentOf is null)} categories of set {set.Id} have no known price, so the MPG is a lower bound and a pass is provisional.");
        }

        if (input.PermitDate is { } permit && ((set.ValidFrom is { } from && permit < from) || (set.ValidTo is { } until && permit > until)))
        {
            notes.Warn(CalculationWarning.OutOfValidity, $"The permit date {Iso(permit)} is outside the validity of weighting set {set.Id} ({(set.ValidFrom is { } a ? Iso(a) : "...")} to {(set.ValidTo is { } b ? Iso(b) : "...")}); the legal MPG on that date is expressed in another set.");
        }

        total += givenMki;
        if (buildingMki is { } bmki)
        {
            total += bmki;
            notes.Warn(CalculationWarning.Assumption, "The building MKI is used as given: the NMD data-category uplifts are taken as already included, and it has no breakdown by impact category or element.");
        }

        var (functions, limit, verdictLimit) = Limits(input, areas, set.Id, catalogue, notes);
        var mpg = total / (bvo * rsp);
        var verdict = verdictLimit?.Test(new Quantity(mpg, verdictLimit.Unit)) ?? LimitVerdict.NoLimit;
        return new MpgResult(set.Id, categories.MoveToImmutable(), elements.MoveToImmutable(), total, bvo, rsp, complete, input.PermitDate, functions, limit, verdict,
            notes.Provenance(catalogue, Name, "Bepalingsmethode Milieuprestatie Bouwwerken (Stichting NMD): MKI and MPG", set.Version, set.Id),
            notes.Warnings)
        {
            BuildingMki = buildingMki,
        };
    }

    private static string ImpactPointer(int element, int impact) => InputChecks.Ptr(InputChecks.Ptr("/elements", element) + "/impacts", impact);

    private static double StudyPeriod(MpgInput input, Catalogue catalogue, InputChecks checks, ResultNotes notes)
    {
        var year = catalogue.Units.Parse("a");
        if (input.ReferenceStudyPeriod is { } explicitRsp)
        {
            checks.TryPositive(explicitRsp, year, "/referenceStudyPeriod", "the reference study period", out var value);
            return value;
        }

        var set = catalogue.FindFactorSet(StudyPeriodSetId);
        double? found = null;
        for (var i = 0; i < input.Functions.Length; i++)
        {
            var type = input.Functions[i].BuildingType;
            if (catalogue.FindBuildingType(type) is null)
            {
                return 0; // already reported where the building type is given
            }

            var factor = FindByBuildingType(set, type);
            if (factor?.Value is not { } v)
            {
                checks.Error(DiagnosticDescriptors.StudyPeriodUnknown, "/referenceStudyPeriod", $"the use function '{type}' in factor set {StudyPeriodSetId}");
                return 0;
            }

            var years = new Quantity((double)v, factor.Unit).ValueIn(year);
            if (found is { } f && Math.Abs(f - years) > 1e-9)
            {
                checks.Error(DiagnosticDescriptors.StudyPeriodUnknown, "/referenceStudyPeriod", $"a mix of use functions with different study periods ({InvariantNumber.Format(f)} and {InvariantNumber.Format(years)} years)");
                return 0;
            }

            found = years;
            notes.Used(factor.Source, $"The study period of '{factor.Id}'");
        }

        if (set is not null && input.PermitDate is { } permit && set.ValidTo is { } to && permit > to)
        {
            notes.Warn(CalculationWarning.OutOfValidity, $"The study period comes from factor set {StudyPeriodSetId}, which ends {Iso(to)}; for a permit date of {Iso(permit)} it is unconfirmed. Give 'referenceStudyPeriod' to state it explicitly.", set.Source);
        }

        return found ?? 0;
    }

    private static Factor? FindByBuildingType(FactorSet? set, string buildingType)
    {
        for (var type = buildingType; set is not null;)
        {
            if (set.FindFactor(type) is { } f)
            {
                return f;
            }

            var slash = type.LastIndexOf('/');
            if (slash <= 0)
            {
                return null;
            }

            type = type[..slash];
        }

        return null;
    }

    private static (ImmutableArray<MpgFunctionLimit> Functions, double? Limit, LimitValue? Combined) Limits(MpgInput input, double[] areas, string setId, Catalogue catalogue, ResultNotes notes)
    {
        var indicator = catalogue.FindIndicator(IndicatorId);
        var functions = ImmutableArray.CreateBuilder<MpgFunctionLimit>(input.Functions.Length);
        if (input.PermitDate is not { } date || indicator is null)
        {
            foreach (var (f, i) in input.Functions.Select((f, i) => (f, i)))
            {
                functions.Add(new MpgFunctionLimit(f.BuildingType, areas[i], null));
            }

            notes.Warn(CalculationWarning.Assumption, indicator is null ? $"The catalogue has no indicator '{IndicatorId}'; no limit value was tested." : "No permit date was given, so no limit value was tested.");
            return (functions.MoveToImmutable(), null, null);
        }

        double weighted = 0, area = 0;
        LimitValue? any = null;
        var unit = indicator.Unit;
        for (var i = 0; i < input.Functions.Length; i++)
        {
            var f = input.Functions[i];
            var limit = catalogue.FindLimit(indicator, date, new LimitScope(Scale.Gebouw, f.BuildingType), LimitKind.Binding, setId);
            functions.Add(new MpgFunctionLimit(f.BuildingType, areas[i], limit));
            if (limit is null)
            {
                var other = catalogue.FindLimit(indicator, date, new LimitScope(Scale.Gebouw, f.BuildingType), LimitKind.Binding);
                notes.Warn(CalculationWarning.OutOfValidity, other is not null
                    ? $"On {Iso(date)} the limit for '{f.BuildingType}' is expressed in {other.Basis}, not in {setId}; recalculate in that set to test it."
                    : $"No binding MPG limit applies to '{f.BuildingType}' on {Iso(date)}.");
                continue;
            }

            notes.UsedLimit(limit, IndicatorId);
            any = limit;
            weighted += limit.Threshold.ValueIn(unit) * areas[i];
            area += areas[i];
        }

        if (any is null)
        {
            return (functions.MoveToImmutable(), null, null);
        }

        if (functions.Count(x => x.Limit is not null) > 1)
        {
            notes.Source(MixedUseSource);
        }

        if (area < areas.Sum())
        {
            notes.Warn(CalculationWarning.Incomplete, "Use functions without a limit value are left out of the area-weighted limit.");
        }

        var combined = weighted / area;
        return (functions.MoveToImmutable(), combined, any with { Value = (decimal)combined, Unit = unit });
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
