using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// EU Taxonomy screening of building activities: climate mitigation 7.1 (Dutch reading: BENG 2 at most 90%
/// of its limit; air-tightness and life-cycle GWP above 5000 m2; the DNSH waste criterion), 7.2 (major
/// renovation or at least 30% less primary energy), 7.7 (EPC A or top 15% before 2021, else the 7.1 test) and
/// circular economy 3.1. Each criterion is met, not met, or lacks data, with the threshold and its source.
/// Substantial-contribution criteria and the DNSH waste criterion are screened; other DNSH criteria and the
/// minimum safeguards are not. Pure: no I/O, no clock.
/// </summary>
public static class TaxonomyCalculator
{
    /// <summary>The calculator name used by the CLI and the JSON forms.</summary>
    public const string Name = "taxonomy";

    private const string Beng2Id = "tbgo.env.energy.beng-2";
    private const string WasteId = "tbgo.env.materials.cd-waste-recovery";
    private const double LargeBuildingArea = 5000;

    private static readonly SourceReference PedRule = new("dgbc-handreiking-eu-taxonomie-7-1", "7.1 primary energy demand = BENG 2, at least 10% below the BENG 2 limit", Confidence.Confirmed);
    private static readonly SourceReference Ped30Rule = new("dgbc-handreiking-eu-taxonomie-7-2", "criterium 1B: at least 30% reduction of primary energy demand", Confidence.Confirmed);

    // The act itself: the 30% wording is quoted in the CPI Property ESG report 2023 and the TEG metric (viridad tool,
    // "savings in net Primary Energy Demand of at least 30%"); the Official Journal text was not read here, hence partly.
    private static readonly SourceReference Ped30Act = new("eu-2021-2139", "Annex I, 7.2 Renovation of existing buildings, substantial contribution criterion (b): reduction of primary energy demand (PED) of at least 30%", Confidence.Partly, "Wording confirmed in secondary sources (CPI Property ESG report; TEG metric via tool.viridad.eu); the Official Journal text was not read.");

    /// <summary>7.2 criterion 1B: the minimum reduction of primary energy demand, in percent (Climate DA (EU) 2021/2139 Annex I, 7.2).</summary>
    private const double ReductionThreshold = 30;
    private static readonly DateOnly NewBuildingCutOff = new(2021, 1, 1);

    /// <summary>Checks the input and screens the activity.</summary>
    /// <exception cref="CalculationException">The input cannot give a correct result; the diagnostics say where and why.</exception>
    public static TaxonomyResult Calculate(TaxonomyInput input, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(catalogue);
        var checks = new InputChecks(catalogue);
        var notes = new ResultNotes();
        var s = new Screening(input, catalogue, checks, notes);
        if (input.BuildingType is { } bt && catalogue.FindBuildingType(bt) is null)
        {
            checks.Error(DiagnosticDescriptors.UnknownCalculatorReference, "/buildingType", "building type", bt, checks.CatalogueName);
        }

        var criteria = ImmutableArray.CreateBuilder<TaxonomyCriterionResult>();
        switch (input.Activity)
        {
            case TaxonomyActivity.NewBuildings:
                criteria.Add(s.Ped("ccm-7.1/ped", null));
                criteria.AddRange(s.LargeBuilding());
                criteria.Add(s.Waste("ccm-7.1/dnsh-ce-waste", "eu-taxonomy-ccm-7-1-dnsh"));
                notes.Warn(CalculationWarning.Incomplete, "Screened: the substantial-contribution criteria of 7.1 and its DNSH waste criterion; the other DNSH criteria and the minimum safeguards are not assessed.");
                break;
            case TaxonomyActivity.Renovation:
                criteria.Add(s.Flag("ccm-7.2/major-renovation", input.MajorRenovation, "the renovation meets the requirements for major renovation", "majorRenovation", "1A or 1B"));
                criteria.Add(s.Reduction());
                notes.Warn(CalculationWarning.Incomplete, "Screened: the substantial-contribution criteria of 7.2; the DNSH criteria and the minimum safeguards are not assessed.");
                break;
            case TaxonomyActivity.AcquisitionAndOwnership:
                criteria.AddRange(s.Acquisition());
                notes.Warn(CalculationWarning.Incomplete, "Screened: the substantial-contribution criteria of 7.7; the DNSH criteria and the minimum safeguards are not assessed.");
                break;
            default:
                criteria.Add(s.Waste("ce-3.1/waste-90", "eu-taxonomy-ce-3-1"));
                criteria.Add(s.Flag("ce-3.1/lca-gwp", input.LifeCycleGwpDisclosed, "the life-cycle GWP is calculated per stage and disclosed", "lifeCycleGwpDisclosed"));
                criteria.Add(s.Flag("ce-3.1/design-circularity", input.DesignForCircularity, "the design supports adaptability and deconstruction", "designForCircularity"));
                criteria.Add(s.Flag("ce-3.1/materials", input.MaterialQuotasMet, "the quotas of reused, recycled or renewable content are met", "materialQuotasMet"));
                notes.Warn(CalculationWarning.Incomplete, "Screened: the listed substantial-contribution criteria of 3.1; the DNSH criteria and the minimum safeguards are not assessed.");
                break;
        }

        checks.ThrowIfErrors();
        var list = criteria.ToImmutable();
        return new TaxonomyResult(input.Activity, list, Overall(list),
            notes.Provenance(catalogue, Name, "EU Taxonomy technical screening criteria for buildings (Dutch reading per DGBC)", "Climate DA (EU) 2021/2139 Annex I; Environmental DA (EU) 2023/2486 Annex II", null),
            notes.Warnings);
    }

    /// <summary>Combines criterion outcomes: a group of alternatives is met when one is met.</summary>
    internal static CriterionOutcome Overall(ImmutableArray<TaxonomyCriterionResult> criteria)
    {
        var outcomes = criteria.GroupBy(c => c.AlternativeGroup ?? "#" + c.Criterion, StringComparer.Ordinal).Select(g =>
            g.Any(c => c.Outcome == CriterionOutcome.Met) ? CriterionOutcome.Met
            : g.All(c => c.Outcome == CriterionOutcome.NotMet) ? CriterionOutcome.NotMet
            : CriterionOutcome.NotEnoughData).ToList();
        return outcomes.Contains(CriterionOutcome.NotMet) ? CriterionOutcome.NotMet
            : outcomes.Contains(CriterionOutcome.NotEnoughData) ? CriterionOutcome.NotEnoughData
            : CriterionOutcome.Met;
    }

    private sealed class Screening(TaxonomyInput input, Catalogue catalogue, InputChecks checks, ResultNotes notes)
    {
        private readonly UnitRegistry _units = catalogue.Units;

        public TaxonomyCriterionResult Ped(string id, string? group)
        {
            var (name, source) = Item(id);
            if (input.Beng2 is not { } beng2)
            {
                return new(id, name, CriterionOutcome.NotEnoughData, "No BENG 2 value ('beng2') was given.", null, null, "kWh/(m2.a)", source, group);
            }

            var unit = _units.Parse("kWh/(m2.a)");
            if (!checks.TryConvert(beng2, unit, "/beng2", "BENG 2", out var actual))
            {
                return new(id, name, CriterionOutcome.NotEnoughData, "BENG 2 is not an energy per area and year.", null, null, "kWh/(m2.a)", source, group);
            }

            var limit = input.BuildingType is null || catalogue.FindIndicator(Beng2Id) is not { } indicator ? null : catalogue.FindLimit(indicator, input.Date, new LimitScope(Scale.Gebouw, input.BuildingType), LimitKind.Binding);
            if (limit is null)
            {
                return new(id, name, CriterionOutcome.NotEnoughData, input.BuildingType is null ? "No building type was given, so the BENG 2 limit is unknown." : $"No binding BENG 2 limit applies to '{input.BuildingType}' on {Iso(input.Date)}.", actual, null, unit.Text, source, group);
            }

            notes.UsedLimit(limit, Beng2Id);
            notes.Used(PedRule, "The Dutch reading of primary energy demand as BENG 2");
            var threshold = 0.9 * limit.Threshold.ValueIn(unit);
            var met = actual <= threshold;
            return new(id, name, met ? CriterionOutcome.Met : CriterionOutcome.NotMet,
                $"BENG 2 {Num(actual)} is {(met ? "at most" : "above")} 90% of the limit {limit.Value.ToString(CultureInfo.InvariantCulture)} ({Num(threshold)} kWh/(m2.a)).",
                actual, threshold, unit.Text, PedRule, group);
        }

        public IEnumerable<TaxonomyCriterionResult> LargeBuilding()
        {
            if (input.FloorArea is not { } area)
            {
                notes.Warn(CalculationWarning.Incomplete, "No floor area was given: the extra 7.1 obligations for buildings over 5000 m2 are screened as if they applied.");
            }
            else if (!checks.TryPositive(area, _units.Parse("m2"), "/floorArea", "the floor area", out var m2) || m2 <= LargeBuildingArea)
            {
                yield break;
            }

            yield return Flag("ccm-7.1/airtightness", input.AirtightnessTested, "air-tightness and thermal integrity are tested and deviations disclosed", "airtightnessTested");
            yield return Flag("ccm-7.1/lca-gwp", input.LifeCycleGwpDisclosed, "the life-cycle GWP is calculated per stage and disclosed", "lifeCycleGwpDisclosed");
        }

        public TaxonomyCriterionResult Waste(string id, string variant)
        {
            var (name, source) = Item(id);
            var percent = _units.Parse("%");
            if (input.CdWasteRecovery is not { } q)
            {
                return new(id, name, CriterionOutcome.NotEnoughData, "No C&D waste recovery share ('cdWasteRecovery') was given.", null, null, "%", source);
            }

            if (!checks.TryConvert(q, percent, "/cdWasteRecovery", "the C&D waste recovery share", out var actual))
            {
                return new(id, name, CriterionOutcome.NotEnoughData, "The waste share is not a share.", null, null, "%", source);
            }

            var limit = catalogue.FindIndicator(WasteId) is { } indicator ? catalogue.FindLimit(indicator, input.Date, new LimitScope(Scale.Gebouw, input.BuildingType, variant), LimitKind.Indicative) : null;
            if (limit is null)
            {
                return new(id, name, CriterionOutcome.NotEnoughData, $"No threshold for {id} is in force on {Iso(input.Date)}.", actual, null, "%", source);
            }

            notes.UsedLimit(limit, WasteId);
            var threshold = limit.Threshold.ValueIn(percent);
            var met = limit.Test(new Quantity(actual, percent)) == LimitVerdict.Pass;
            return new(id, name, met ? CriterionOutcome.Met : CriterionOutcome.NotMet,
                $"{Num(actual)}% of the non-hazardous C&D waste is prepared for reuse or recycling; at least {Num(threshold)}% is required.", actual, threshold, "%", limit.Source);
        }

        public TaxonomyCriterionResult Reduction()
        {
            const string id = "ccm-7.2/ped-30";
            const string group = "1A or 1B";
            var (name, _) = Item(id);
            var unit = _units.Parse("kWh/(m2.a)");
            notes.Used(Ped30Rule, "The 30% reduction criterion");
            notes.Source(Ped30Act);
            const string required = "at least 30% reduction of primary energy demand is required (Climate DA (EU) 2021/2139 Annex I, 7.2)";
            double? b = null;
            if (input.PrimaryEnergyBefore is { } before && checks.TryPositive(before, unit, "/primaryEnergyBefore", "the primary energy demand before renovation", out var bv))
            {
                b = bv;
            }

            // The highest demand after renovation that still meets the threshold: (1 - 30/100) x before.
            Quantity? maxAfter = b is { } bb ? new Quantity(MaxAfter(bb), unit) : null;
            var maxText = b is { } bm ? $"; from {Num(bm)} kWh/(m2.a) before, at most {Num(MaxAfter(bm))} kWh/(m2.a) after meets it" : string.Empty;
            if (input.PrimaryEnergyBefore is null || input.PrimaryEnergyAfter is not { } after)
            {
                var missing = input.PrimaryEnergyBefore is null
                    ? input.PrimaryEnergyAfter is null ? "before and after the renovation ('primaryEnergyBefore', 'primaryEnergyAfter') is" : "before the renovation ('primaryEnergyBefore') is"
                    : "after the renovation ('primaryEnergyAfter') is";
                return new(id, name, CriterionOutcome.NotEnoughData, $"Primary energy demand {missing} not given; {required}{maxText}.", null, ReductionThreshold, "%", Ped30Rule, group) { DerivedLimit = maxAfter };
            }

            if (b is null | !checks.TryConvert(after, unit, "/primaryEnergyAfter", "the primary energy demand after renovation", out var a))
            {
                return new(id, name, CriterionOutcome.NotEnoughData, $"The primary energy values cannot be used; {required}.", null, ReductionThreshold, "%", Ped30Rule, group) { DerivedLimit = maxAfter };
            }

            var reduction = 100 * (b!.Value - a) / b.Value;
            var met = reduction >= ReductionThreshold;
            return new(id, name, met ? CriterionOutcome.Met : CriterionOutcome.NotMet, $"Primary energy demand falls by {Num(reduction)}% ({Num(b.Value)} to {Num(a)} kWh/(m2.a)); {required}{maxText}.", reduction, ReductionThreshold, "%", Ped30Rule, group) { DerivedLimit = maxAfter };
        }

        private static double MaxAfter(double before) => before * (100 - ReductionThreshold) / 100;

        public IEnumerable<TaxonomyCriterionResult> Acquisition()
        {
            if (input.YearBuilt is not { } year)
            {
                var (name, source) = Item("ccm-7.7/new-building");
                yield return new("ccm-7.7/new-building", name, CriterionOutcome.NotEnoughData, "The year of construction ('yearBuilt') is not given, so it is unknown which 7.7 test applies.", null, null, null, source);
            }
            else if (year < NewBuildingCutOff.Year)
            {
                var (name, source) = Item("ccm-7.7/epc-a");
                var label = input.EpcClass?.Trim().ToUpperInvariant();
                yield return label is null
                    ? new("ccm-7.7/epc-a", name, CriterionOutcome.NotEnoughData, "No energy label class ('epcClass') was given.", null, null, null, source, "EPC A or top 15%")
                    : label.StartsWith('A')
                        ? new("ccm-7.7/epc-a", name, CriterionOutcome.Met, $"Energy label {label} is class A or better.", null, null, null, source, "EPC A or top 15%")
                        : new("ccm-7.7/epc-a", name, CriterionOutcome.NotMet, $"Energy label {label} is below class A.", null, null, null, source, "EPC A or top 15%");
                yield return Flag("ccm-7.7/top-15", input.InTopFifteenPercent, "the building is within the top 15% of the stock by operational primary energy demand", "inTopFifteenPercent", "EPC A or top 15%");
            }
            else
            {
                var ped = Ped("ccm-7.1/ped", null);
                var (name, _) = Item("ccm-7.7/new-building");
                yield return ped with { Criterion = "ccm-7.7/new-building", Name = name, Reason = $"Built in {year}: the 7.1 test applies. {ped.Reason}" };
            }

            if (input.LargeNonResidential == true)
            {
                yield return Flag("ccm-7.7/monitoring", input.EnergyMonitoring, "energy performance monitoring and assessment is in place", "energyMonitoring");
            }
        }

        public TaxonomyCriterionResult Flag(string id, bool? value, string what, string field, string? group = null)
        {
            var (name, source) = Item(id);
            if (source is not null)
            {
                notes.Used(source, $"The criterion {id}");
            }

            return value switch
            {
                true => new(id, name, CriterionOutcome.Met, $"The input states that {what}.", null, null, null, source, group),
                false => new(id, name, CriterionOutcome.NotMet, $"The input states that it is not the case that {what}.", null, null, null, source, group),
                _ => new(id, name, CriterionOutcome.NotEnoughData, $"'{field}' is not given.", null, null, null, source, group),
            };
        }

        private (string Name, SourceReference? Source) Item(string id)
        {
            var item = catalogue.FindFrameworkItem(new FrameworkItemRef("eu-taxonomy", id));
            return (item?.Name.En ?? id, item?.Source);
        }

        private static string Num(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
