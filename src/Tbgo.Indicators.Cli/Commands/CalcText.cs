using System.Globalization;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>Readable text forms of the calculator results (<c>tbgo calc NAME --format text</c>).</summary>
internal static class CalcText
{
    public static void Wlc(TextWriter o, WlcResult r)
    {
        o.WriteLine($"Whole-life carbon over {N(r.ReferenceStudyPeriod, 0)} years, {N(r.Area, 1)} m2 {r.AreaBasis.ToCode()}");
        o.WriteLine($"  life-cycle total A1-C4  {N(r.LifeCycleTotal, 0)} kg CO2-eq = {N(r.LifeCycleTotalPerAreaYear, 2)} kg CO2-eq/(m2.a)");
        o.WriteLine($"  upfront A1-A5           {N(r.UpfrontCarbon, 0)} kg CO2-eq = {N(r.UpfrontCarbonPerArea, 1)} kg CO2-eq/m2");
        o.WriteLine($"  embodied / operational  {N(r.Embodied, 0)} / {N(r.Operational, 0)} kg CO2-eq");
        o.WriteLine($"  module D (separate)     {N(r.ModuleD, 0)} kg CO2-eq, not in the total");
        o.WriteLine($"  biogenic balance        uptake {N(r.Biogenic.Uptake, 0)}, release {N(r.Biogenic.Release, 0)}, net {N(r.Biogenic.Net, 0)} kg CO2-eq");
        if (r.Biogenic.StoredCo2 is { } stored)
        {
            o.WriteLine($"  from biogenic result    {N(stored, 0)} kg CO2 stored: -1 in A1-A3, +1 in {r.Biogenic.ReleaseModule!.Value.ToCode()}");
        }

        var building = r.Modules.Any(m => m.BuildingLevel is not null);
        if (building)
        {
            o.WriteLine($"  building-level values   added to the element values of the same module ({WlcCalculator.BuildingLevelCombination})");
        }

        o.WriteLine();
        o.Write(building
            ? TextOutput.Table(["MODULE", "STAGE", "GWP-TOTAL (kg CO2-eq)", "OF WHICH BUILDING-LEVEL", "IN TOTAL"], r.Modules.Where(m => m.GwpTotal != 0 || m.Module == LifeCycleModule.D).Select(m => (IReadOnlyList<string>)[m.Module.ToCode(), m.Stage.ToCode(), N(m.GwpTotal, 1), m.BuildingLevel is { } b ? N(b, 1) : "-", m.Module == LifeCycleModule.D ? "no" : "yes"]))
            : TextOutput.Table(["MODULE", "STAGE", "GWP-TOTAL (kg CO2-eq)", "IN TOTAL"], r.Modules.Where(m => m.GwpTotal != 0 || m.Module == LifeCycleModule.D).Select(m => (IReadOnlyList<string>)[m.Module.ToCode(), m.Stage.ToCode(), N(m.GwpTotal, 1), m.Module == LifeCycleModule.D ? "no" : "yes"])));
        Footer(o, r);
    }

    public static void Mpg(TextWriter o, MpgResult r)
    {
        o.WriteLine($"MPG {N(r.Mpg, 3)} EUR/(m2.a) in {r.WeightingSet}{(r.IsComplete ? string.Empty : " (INCOMPLETE: a lower bound)")}");
        o.WriteLine($"  MKI {N(r.Mki, 2)} EUR / ({N(r.Bvo, 1)} m2 BVO x {N(r.ReferenceStudyPeriod, 0)} a)");
        o.WriteLine(r.Limit is { } l
            ? $"  limit {N(l, 3)} on {Iso(r.PermitDate!.Value)}: {r.Verdict.ToCode().ToUpperInvariant()}{(r.VerdictIsProvisional ? " (provisional)" : string.Empty)}, margin {N(r.Margin!.Value, 3)}"
            : "  no limit value tested");
        o.WriteLine();

        // Amounts are before the data-category uplift; both MKI columns are shown, so each row reads amount x price =
        // MKI before uplift, and the TOTAL row adds up the rows counted in the MKI (sub-indicators are shown, not added).
        var rows = new List<IReadOnlyList<string>>();
        var anyFromImpacts = r.Elements.Any(e => !e.MkiGiven);
        if (anyFromImpacts)
        {
            rows.AddRange(r.Categories.Select(c => (IReadOnlyList<string>)[
                c.Category,
                $"{N(c.Amount, 4)} {c.AmountUnit}",
                c.Price is { } p ? p.ToString(CultureInfo.InvariantCulture) : "unknown",
                c.MkiBeforeUplift is { } b ? N(b, 2) : "-",
                c.Mki is { } m ? N(m, 2) : "-",
                c.ComponentOf is { } parent ? $"part of {parent}, not added" : c.Price is null ? "price unknown, not included" : c.Confidence == Confidence.Confirmed ? string.Empty : c.Confidence.ToCode()]));
        }

        rows.AddRange(r.Elements.Where(e => e.MkiGiven).Select(e => (IReadOnlyList<string>)[
            $"element {e.Id}", "-", "-", N(e.MkiBeforeUplift, 2), N(e.Mki, 2), $"given MKI, data category {e.DataCategory.ToCode()}"]));
        if (r.BuildingMki is { } bm)
        {
            rows.Add(["building", "-", "-", N(bm, 2), N(bm, 2), "given building MKI (uplifts included)"]);
        }

        var totalBefore = r.Categories.Where(c => c.Weighted).Sum(c => c.MkiBeforeUplift ?? 0) + r.Elements.Where(e => e.MkiGiven).Sum(e => e.MkiBeforeUplift) + (r.BuildingMki ?? 0);
        rows.Add(["TOTAL", string.Empty, string.Empty, N(totalBefore, 2), N(r.Mki, 2), "the MKI"]);
        o.Write(TextOutput.Table(["CATEGORY", "AMOUNT (before uplift)", "PRICE (EUR/unit)", "MKI BEFORE UPLIFT (EUR)", "MKI AFTER UPLIFT (EUR)", "NOTE"], rows));
        o.WriteLine("(uplift: NMD data category 3 x1.3, not on negative costs; TOTAL adds the rows not marked 'not added' / 'not included', from unrounded values)");
        Footer(o, r);
    }

    public static void Biogenic(TextWriter o, BiogenicResult r)
    {
        o.WriteLine($"Stored biogenic CO2 (EN 16449): {N(r.Total, 1)} kg CO2{(r.TotalPerArea is { } pa ? $" = {N(pa, 1)} kg CO2/m2 {r.AreaBasis.ToCode()}" : string.Empty)}");
        o.WriteLine();
        o.Write(TextOutput.Table(["PRODUCT", "WOOD m3", "DRY kg", "CF", "kg CO2"], r.Products.Select(p => (IReadOnlyList<string>)[p.Id, N(p.WoodVolume, 3), N(p.OvenDryMass, 1), $"{N(p.CarbonFraction, 3)} ({p.CarbonFractionFrom})", N(p.StoredCo2, 1)])));
        Footer(o, r);
    }

    public static void Circularity(TextWriter o, CircularityResult r)
    {
        o.WriteLine($"MCI {N(r.Mci, 3)} (mass-weighted over {N(r.TotalMass, 0)} kg), LFI {N(r.LinearFlowIndex, 3)}");
        o.WriteLine($"  bio-based share {N(r.BiobasedShareByMass * 100, 1)}% by mass{(r.BiobasedShareByVolume is { } v ? $", {N(v * 100, 1)}% by volume" : string.Empty)}: {r.BiobasedVerdict.ToCode()}{(r.BiobasedTarget is { } t ? $" against {t.Comparator.ToCode()} {t.Value.ToString(CultureInfo.InvariantCulture)} {t.Unit.Text}" : string.Empty)}");
        o.WriteLine($"  secondary share {N(r.SecondaryShare * 100, 1)}% by mass");
        o.WriteLine();
        o.Write(TextOutput.Table(["PRODUCT", "MASS kg", "LFI", "X", "MCI"], r.Products.Select(p => (IReadOnlyList<string>)[p.Id, N(p.Mass, 1), N(p.LinearFlowIndex, 3), N(p.Utility, 3), N(p.Mci, 3)])));
        Footer(o, r);
    }

    public static void Detachability(TextWriter o, DetachabilityResult r)
    {
        o.WriteLine($"Detachability index {N(r.Index, 3)} ({N(r.IndexPercent, 1)}%) over {r.Products.Length} products, {(r.WeightUnit is { } u ? "weighted by " + u : "unweighted")}");
        o.WriteLine();
        o.Write(TextOutput.Table(["PRODUCT", "WEIGHT", "CONNECTIONS", "COMPOSITION", "FACTORS", "INDEX"], r.Products.Select(p => (IReadOnlyList<string>)[p.Id, N(p.Weight, 2), N(p.ConnectionIndex, 3), p.CompositionIndex is { } c ? N(c, 3) : "-", p.FactorCount.ToString(CultureInfo.InvariantCulture), N(p.Index, 3)])));
        Footer(o, r);
    }

    public static void Taxonomy(TextWriter o, TaxonomyResult r)
    {
        o.WriteLine($"EU Taxonomy {r.Activity.ToCode()}: {r.Aligned.ToCode().ToUpperInvariant()}");
        o.WriteLine();
        o.Write(TextOutput.Table(["CRITERION", "OUTCOME", "REASON"], r.Criteria.Select(c => (IReadOnlyList<string>)[c.Criterion + (c.AlternativeGroup is null ? string.Empty : " (alt.)"), c.Outcome.ToCode(), c.Reason])));
        Footer(o, r);
    }

    public static void Epbd(TextWriter o, EpbdResult r)
    {
        o.WriteLine($"EPBD: life-cycle GWP {(r.LifeCycleGwpRequired ? "REQUIRED" : "not required")}; zero-emission {(r.ZeroEmissionRequired ? "REQUIRED" : "not required")}");
        o.WriteLine();
        o.Write(TextOutput.Table(["OBLIGATION", "ARTICLE", "REQUIRED", "FROM", "REASON"], r.Obligations.Select(x => (IReadOnlyList<string>)[x.Id, x.Article, x.Required ? "yes" : "no", x.AppliesFrom is { } d ? Iso(d) : "-", x.Reason])));
        Footer(o, r);
    }

    public static void Limits(TextWriter o, LimitsResult r)
    {
        o.WriteLine($"{r.Indicator} on {Iso(r.Date)} for {r.Scope} ({r.Kind.ToCode()}{(r.Basis is null ? string.Empty : ", " + r.Basis)})");
        o.WriteLine(r.Limit is { } l ? $"  limit {LimitText(l)}" : r.NotComparedLimit is null ? "  no limit in force" : $"  no limit in force in {r.Basis ?? "the value's (unstated) basis"}");
        if (r.NotComparedLimit is { } nc)
        {
            var why = r.Warnings.FirstOrDefault(w => w.Code is CalculationWarning.OutOfValidity or CalculationWarning.Assumption);
            o.WriteLine($"  limit in force, NOT COMPARED: {LimitText(nc)}{(why is null ? string.Empty : $" ({why.Code}, see the warnings)")}");
        }

        if (r.Value is { } v)
        {
            o.WriteLine($"  value {N(v, 4)} {r.ValueUnit}: {(r.NotComparedLimit is not null ? "NOT COMPARED" : r.Verdict.ToCode().ToUpperInvariant())}{(r.Margin is { } m ? $", margin {N(m, 4)} {r.ValueUnit}" : string.Empty)}");
        }

        if (!r.Roadmap.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("Roadmap (limit in force on 31 December of each year)");
            o.Write(TextOutput.Table(["YEAR", "LIMIT", "BASIS", "NOTE"], r.Roadmap.Select(p => (IReadOnlyList<string>)[
                p.Year.ToString(CultureInfo.InvariantCulture),
                p.Limit is { } pl ? $"{pl.Comparator.ToCode()} {pl.Value.ToString(CultureInfo.InvariantCulture)} {pl.Unit.Text}" : "no limit",
                p.Limit?.Basis ?? "-",
                p.ChangesDuringYear ? "changes during the year" : string.Empty])));
        }

        Footer(o, r);
    }

    private static string LimitText(LimitValue l) =>
        $"{l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit.Text}{(l.Basis is null ? string.Empty : " in " + l.Basis)} (from {Iso(l.ValidFrom)}, {l.Source})";

    public static void Percentile(TextWriter o, PercentileResult r)
    {
        o.WriteLine($"{r.Indicator}: {N(r.Value, 4)} {r.Unit} ranks {(r.Rank is { } rank ? "at percentile " + N(rank, 1) : "unknown")} ({r.Method})");
        o.WriteLine($"  best {N(r.BestPercent, 1)}% threshold: {(r.Threshold is { } t ? N(t, 4) + " " + r.Unit : "unknown")}; in the best {N(r.BestPercent, 1)}%: {(r.InBest is { } b ? (b ? "yes" : "no") : "unknown")}");
        o.WriteLine("  " + r.Explanation);
        Footer(o, r);
    }

    public static void Rollup(TextWriter o, RollupResult r)
    {
        o.WriteLine($"{r.Indicator}{(r.Area is null ? string.Empty : " for " + r.Area)}: {N(r.Value, 4)} {r.Unit} ({r.Aggregation.ToCode()} over {TextOutput.Count(r.Objects, "object")}{(r.TotalWeight is { } w && r.WeightUnit is { } u ? $", total weight {N(w, 1)} {u}" : string.Empty)})");
        if (r.Share is { } share)
        {
            var weight = share.Rule.Weight == RollupWeight.Objects
                ? "each object counts 1"
                : $"weighing {N(share.PassingWeight, 1)} of {N(r.TotalWeight ?? 0, 1)} {r.WeightUnit} ({share.Rule.Weight.ToCode()})";
            o.WriteLine($"  {share.PassingObjects} of {TextOutput.Count(r.Objects, "object")} pass {share.Rule.Test}, {weight}");
        }

        Footer(o, r);
    }

    public static void Pathway(TextWriter o, PathwayResult r)
    {
        o.WriteLine(r.MisalignmentYear is { } y ? $"Misalignment year {y}: the first year above the pathway{(r.PathwayName is null ? string.Empty : " " + r.PathwayName)}." : "Never above the pathway in the years compared.");
        o.WriteLine();
        o.Write(TextOutput.Table(["YEAR", "ACTUAL", "PATHWAY", "ABOVE"], r.Years.Select(x => (IReadOnlyList<string>)[x.Year.ToString(CultureInfo.InvariantCulture), N(x.Actual, 2) + Mark(x.ActualFrom), N(x.Pathway, 2) + Mark(x.PathwayFrom), x.Above ? "yes" : "no"])));
        o.WriteLine($"({r.Unit}; ~ = interpolated between given years; * = last actual value held)");
        Footer(o, r);
    }

    private static string Mark(PathwayValueSource from) => from switch
    {
        PathwayValueSource.Interpolated => "~",
        PathwayValueSource.Held => "*",
        _ => string.Empty,
    };

    private static void Footer(TextWriter o, ICalculationResult r)
    {
        var p = r.Provenance;
        o.WriteLine();
        o.WriteLine($"Method: {p.Method} ({p.MethodVersion}){(p.FactorSetId is null ? string.Empty : "; factor set " + p.FactorSetId)}; confidence {p.Confidence.ToCode()}; catalogue {p.CatalogueVersion}");
        o.WriteLine("Sources: " + string.Join("; ", p.Sources.Select(s => s.ToString())));
        if (!r.Warnings.IsEmpty)
        {
            o.WriteLine("Warnings:");
            foreach (var w in r.Warnings)
            {
                o.WriteLine($"  - {w.Code}: {w.Message}");
            }
        }
    }

    private static string N(double v, int decimals) => Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', Math.Max(decimals, 0)), CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
