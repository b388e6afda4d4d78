using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Diff;

/// <summary>
/// Compares two catalogue versions: indicators (and their units, applicability, mappings, limit values,
/// reference measurements, sources), frameworks and their items, factor sets and factors, units, quantities,
/// themes, building types and the bibliography. Every change is classified as breaking, compatible or
/// editorial by the release rules in CONTRIBUTING.md ("Releasing"); the rules per field are in docs/releasing.md.
/// </summary>
public static class CatalogueDiff
{
    /// <summary>Compares <paramref name="oldCatalogue"/> with <paramref name="newCatalogue"/>.</summary>
    public static CatalogueDiffResult Compare(Catalogue oldCatalogue, Catalogue newCatalogue)
    {
        ArgumentNullException.ThrowIfNull(oldCatalogue);
        ArgumentNullException.ThrowIfNull(newCatalogue);
        var c = new Collector();
        CompareInfo(c, oldCatalogue.Info, newCatalogue.Info);
        Keyed(oldCatalogue.Themes, newCatalogue.Themes, t => t.Id,
            added: t => c.Added(ChangeArea.Theme, t.Id, t.Name.ToString(), ChangeImpact.Compatible, "a new theme"),
            removed: t => c.Removed(ChangeArea.Theme, t.Id, t.Name.ToString(), ChangeImpact.Breaking, "a theme id that definitions and filters use is gone"),
            both: (a, b) =>
            {
                c.Field(ChangeArea.Theme, a.Id, "pillar", a.Pillar.ToCode(), b.Pillar.ToCode(), ChangeImpact.Compatible, "the theme moved to another pillar");
                c.Text(ChangeArea.Theme, a.Id, "name", a.Name, b.Name);
                c.Text(ChangeArea.Theme, a.Id, "description", a.Description, b.Description);
            });
        Keyed(oldCatalogue.BuildingTypes, newCatalogue.BuildingTypes, t => t.Id,
            added: t => c.Added(ChangeArea.BuildingType, t.Id, t.Name.ToString(), ChangeImpact.Compatible, "a new building type"),
            removed: t => c.Removed(ChangeArea.BuildingType, t.Id, t.Name.ToString(), ChangeImpact.Breaking, "a building type that limit scopes and exports use is gone"),
            both: (a, b) =>
            {
                c.Text(ChangeArea.BuildingType, a.Id, "name", a.Name, b.Name);
                c.Source(ChangeArea.BuildingType, a.Id, "source", a.Source, b.Source);
            });
        Keyed(oldCatalogue.Indicators, newCatalogue.Indicators, i => i.Id,
            added: i => c.Added(ChangeArea.Indicator, i.Id, $"{i.Name} [{i.Unit.Text}]", ChangeImpact.Compatible, "a new indicator"),
            removed: i => c.Removed(ChangeArea.Indicator, i.Id, $"{i.Name} [{i.Unit.Text}]", ChangeImpact.Breaking, "exports that report this indicator no longer validate"),
            both: (a, b) => CompareIndicator(c, a, b));
        Keyed(oldCatalogue.Frameworks, newCatalogue.Frameworks, f => f.Id,
            added: f => c.Added(ChangeArea.Framework, f.Id, f.Name.ToString(), ChangeImpact.Compatible, "a new framework"),
            removed: f => c.Removed(ChangeArea.Framework, f.Id, f.Name.ToString(), ChangeImpact.Breaking, "mappings and queries that name this framework break"),
            both: (a, b) => CompareFramework(c, a, b));
        Keyed(oldCatalogue.FactorSets, newCatalogue.FactorSets, f => f.Id,
            added: f => c.Added(ChangeArea.FactorSet, f.Id, $"{f.Name} {f.Version}", ChangeImpact.Compatible, "a new factor set"),
            removed: f => c.Removed(ChangeArea.FactorSet, f.Id, $"{f.Name} {f.Version}", ChangeImpact.Breaking, "calculations and limit values that name this factor set break"),
            both: (a, b) => CompareFactorSet(c, a, b));
        CompareUnits(c, oldCatalogue.Units, newCatalogue.Units);
        Keyed(oldCatalogue.Sources, newCatalogue.Sources, s => s.Id,
            added: s => c.Added(ChangeArea.Source, s.Id, s.Title, ChangeImpact.Editorial, "a new bibliography entry"),
            removed: s => c.Removed(ChangeArea.Source, s.Id, s.Title, ChangeImpact.Editorial, "a bibliography entry no definition cites any more"),
            both: (a, b) =>
            {
                const ChangeImpact e = ChangeImpact.Editorial;
                const string why = "bibliographic detail";
                c.Field(ChangeArea.Source, a.Id, "title", a.Title, b.Title, e, why);
                c.Field(ChangeArea.Source, a.Id, "kind", a.Kind, b.Kind, e, why);
                c.Field(ChangeArea.Source, a.Id, "publisher", a.Publisher, b.Publisher, e, why);
                c.Field(ChangeArea.Source, a.Id, "authors", a.Authors, b.Authors, e, why);
                c.Field(ChangeArea.Source, a.Id, "year", Num(a.Year), Num(b.Year), e, why);
                c.Field(ChangeArea.Source, a.Id, "edition", a.Edition, b.Edition, e, why);
                c.Field(ChangeArea.Source, a.Id, "date", Iso(a.Date), Iso(b.Date), e, why);
                c.Field(ChangeArea.Source, a.Id, "url", a.Url, b.Url, e, why);
                c.Field(ChangeArea.Source, a.Id, "accessed", Iso(a.Accessed), Iso(b.Accessed), e, why);
                c.Field(ChangeArea.Source, a.Id, "note", a.Note, b.Note, e, why);
            });
        var ordered = c.Changes
            .Select((change, index) => (change, index))
            .OrderByDescending(x => x.change.Impact)
            .ThenBy(x => x.index)
            .Select(x => x.change)
            .ToImmutableArray();
        return new CatalogueDiffResult(oldCatalogue.Info, newCatalogue.Info, ordered);
    }

    private static void CompareInfo(Collector c, CatalogueInfo a, CatalogueInfo b)
    {
        c.Field(ChangeArea.Catalogue, "catalogue", "id", a.Id, b.Id, ChangeImpact.Breaking, "exports name the catalogue by id");
        c.Field(ChangeArea.Catalogue, "catalogue", "status", a.Status.ToCode(), b.Status.ToCode(), ChangeImpact.Editorial, "the release status of the catalogue");
        c.Field(ChangeArea.Catalogue, "catalogue", "license", a.License, b.License, ChangeImpact.Compatible, "the terms of use changed");
        c.Text(ChangeArea.Catalogue, "catalogue", "title", a.Title, b.Title);
        c.Text(ChangeArea.Catalogue, "catalogue", "description", a.Description, b.Description);
    }

    private static void CompareIndicator(Collector c, Indicator a, Indicator b)
    {
        var id = a.Id;
        const ChangeArea ind = ChangeArea.Indicator;
        c.Field(ind, id, "status", a.Status.ToCode(), b.Status.ToCode(), ChangeImpact.Compatible, "the indicator's standing in the core set changed");
        c.Field(ind, id, "replacedBy", a.ReplacedBy, b.ReplacedBy, ChangeImpact.Compatible, "the successor of the indicator");
        c.Field(ind, id, "since", a.Since, b.Since, ChangeImpact.Editorial, "version metadata");
        c.Field(ind, id, "changed", a.Changed, b.Changed, ChangeImpact.Editorial, "version metadata");
        c.Text(ind, id, "name", a.Name, b.Name);
        c.Text(ind, id, "description", a.Description, b.Description);
        c.Field(ind, id, "pillar", a.Pillar.ToCode(), b.Pillar.ToCode(), ChangeImpact.Compatible, "the indicator moved to another pillar");
        c.Field(ind, id, "theme", a.Theme, b.Theme, ChangeImpact.Compatible, "the indicator moved to another theme");
        c.Field(ind, id, "quantity", a.Quantity, b.Quantity, ChangeImpact.Breaking, "the indicator measures another quantity");
        CompareUnit(c, ind, id, "unit", a.Unit, b.Unit, "values in exports");
        c.Field(ind, id, "valueType", a.ValueKind.ToCode(), b.ValueKind.ToCode(), ChangeImpact.Breaking, "exports carry another kind of value");
        c.Field(ind, id, "direction", a.Direction.ToCode(), b.Direction.ToCode(), ChangeImpact.Breaking, "whether higher is better flips the reading of every value");
        c.Field(ind, id, "aggregation", a.Aggregation.ToCode(), b.Aggregation.ToCode(), ChangeImpact.Breaking, "area roll-ups of the same data give other numbers");
        c.Field(ind, id, "shareOfObjects", DescribeShare(a.ShareOfObjects), DescribeShare(b.ShareOfObjects), ChangeImpact.Breaking, "area roll-ups of the same data give other numbers: the share counts other objects or weighs them otherwise");
        c.Source(ind, id, "shareOfObjects.source", a.ShareOfObjects?.Source, b.ShareOfObjects?.Source);
        c.Field(ind, id, "shareOfObjects.note", a.ShareOfObjects?.Note, b.ShareOfObjects?.Note, ChangeImpact.Editorial, "wording");
        CompareRange(c, id, a.Range, b.Range);
        c.Field(ind, id, "note", a.Note, b.Note, ChangeImpact.Editorial, "wording");
        c.Field(ind, id, "examples", Num(a.Examples.Length), Num(b.Examples.Length), ChangeImpact.Editorial, "worked examples are checks of the definition, not part of the exchange");

        Keyed(a.Applicability, b.Applicability, x => $"{x.Phase.ToCode()} x {x.Scale.ToCode()}",
            added: x => c.Added(ChangeArea.Applicability, $"{id} / {x.Phase.ToCode()} x {x.Scale.ToCode()}", x.Method.ToCode(), ChangeImpact.Compatible, "the indicator now applies in this phase and scale"),
            removed: x => c.Removed(ChangeArea.Applicability, $"{id} / {x.Phase.ToCode()} x {x.Scale.ToCode()}", x.Method.ToCode(), ChangeImpact.Breaking, "exports that report the indicator in this phase and scale no longer validate"),
            both: (x, y) =>
            {
                var s = $"{id} / {x.Phase.ToCode()} x {x.Scale.ToCode()}";
                c.Field(ChangeArea.Applicability, s, "method", x.Method.ToCode(), y.Method.ToCode(), ChangeImpact.Compatible, "the measurement method in this cell changed");
                c.Field(ChangeArea.Applicability, s, "note", x.Note, y.Note, ChangeImpact.Editorial, "wording");
            });

        Keyed(a.Categories, b.Categories, x => x.Code,
            added: x => c.Added(ChangeArea.Category, $"{id} / {x.Code}", x.Name.ToString(), ChangeImpact.Compatible, "a new category value"),
            removed: x => c.Removed(ChangeArea.Category, $"{id} / {x.Code}", x.Name.ToString(), ChangeImpact.Breaking, "exports with this category value no longer validate"),
            both: (x, y) =>
            {
                c.Text(ChangeArea.Category, $"{id} / {x.Code}", "name", x.Name, y.Name);
                c.Field(ChangeArea.Category, $"{id} / {x.Code}", "rank", Num(x.Rank), Num(y.Rank), ChangeImpact.Breaking, "the order of categories decides comparisons and limits");
            });

        CompareFormula(c, id, a.Formula, b.Formula);

        Keyed(a.Mappings, b.Mappings, m => m.Target.ToString(),
            added: m => c.Added(ChangeArea.Mapping, $"{id} -> {m.Target}", m.Relation.ToCode(), ChangeImpact.Compatible, "a new framework mapping"),
            removed: m => c.Removed(ChangeArea.Mapping, $"{id} -> {m.Target}", m.Relation.ToCode(), ChangeImpact.Compatible, "the indicator no longer maps to this framework item; its data stays valid"),
            both: (x, y) =>
            {
                c.Field(ChangeArea.Mapping, $"{id} -> {x.Target}", "relation", x.Relation.ToCode(), y.Relation.ToCode(), ChangeImpact.Compatible, "the mapping is closer or looser");
                c.Field(ChangeArea.Mapping, $"{id} -> {x.Target}", "note", x.Note, y.Note, ChangeImpact.Editorial, "wording");
            });

        Keyed(a.LimitValues, b.LimitValues, LimitKey,
            added: l => c.Added(ChangeArea.LimitValue, $"{id} / limit {LimitKey(l)}", DescribeLimit(l), ChangeImpact.Compatible, "a new limit value"),
            removed: l => c.Removed(ChangeArea.LimitValue, $"{id} / limit {LimitKey(l)}", DescribeLimit(l), ChangeImpact.Compatible, "the limit value no longer applies; the data stays valid"),
            both: (x, y) =>
            {
                var s = $"{id} / limit {LimitKey(x)}";
                c.Field(ChangeArea.LimitValue, s, "threshold", $"{x.Comparator.ToCode()} {Dec(x.Value)} {x.Unit.Text}", $"{y.Comparator.ToCode()} {Dec(y.Value)} {y.Unit.Text}", ChangeImpact.Compatible, "the test of the same value gives another verdict");
                c.Field(ChangeArea.LimitValue, s, "validTo", Iso(x.ValidTo), Iso(y.ValidTo), ChangeImpact.Compatible, "the limit is in force for another period");
                c.Source(ChangeArea.LimitValue, s, "source", x.Source, y.Source);
                c.Field(ChangeArea.LimitValue, s, "note", x.Note, y.Note, ChangeImpact.Editorial, "wording");
            });

        Keyed(a.ReferenceMeasurements, b.ReferenceMeasurements, r => $"{r.Year} {r.Scope}{(r.Basis is null ? string.Empty : " in " + r.Basis)}",
            added: r => c.Added(ChangeArea.ReferenceMeasurement, $"{id} / reference {r.Year} {r.Scope}", DescribeReference(r), ChangeImpact.Compatible, "a new reference measurement"),
            removed: r => c.Removed(ChangeArea.ReferenceMeasurement, $"{id} / reference {r.Year} {r.Scope}", DescribeReference(r), ChangeImpact.Compatible, "a reference measurement was withdrawn"),
            both: (x, y) =>
            {
                var s = $"{id} / reference {x.Year} {x.Scope}";
                c.Field(ChangeArea.ReferenceMeasurement, s, "values", DescribeReference(x), DescribeReference(y), ChangeImpact.Compatible, "the reference figures changed");
                c.Source(ChangeArea.ReferenceMeasurement, s, "source", x.Source, y.Source);
                c.Field(ChangeArea.ReferenceMeasurement, s, "note", x.Note, y.Note, ChangeImpact.Editorial, "wording");
            });

        Keyed(a.Sources, b.Sources, s => s.SourceId,
            added: s => c.Added(ChangeArea.IndicatorSource, $"{id} / source {s.SourceId}", s.ToString(), ChangeImpact.Editorial, "a new source"),
            removed: s => c.Removed(ChangeArea.IndicatorSource, $"{id} / source {s.SourceId}", s.ToString(), ChangeImpact.Editorial, "a source is no longer cited"),
            both: (x, y) => c.Source(ChangeArea.IndicatorSource, $"{id} / source {x.SourceId}", "source", x, y));
    }

    private static void CompareUnit(Collector c, ChangeArea area, string subject, string field, Unit? a, Unit? b, string what)
    {
        if (a is null || b is null)
        {
            c.Field(area, subject, field, a?.Text, b?.Text, ChangeImpact.Breaking, $"{what} are in another unit");
            return;
        }

        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal) && a.Equals(b))
        {
            return;
        }

        if (a.Dimension != b.Dimension)
        {
            c.Field(area, subject, field, a.Text, b.Text, ChangeImpact.Breaking, $"{what} change dimension ({a.Dimension} to {b.Dimension})");
        }
        else if (a.Factor != b.Factor)
        {
            var scale = a.Factor.ToDouble() / b.Factor.ToDouble();
            c.Field(area, subject, field, a.Text, b.Text, ChangeImpact.Breaking, $"{what} change scale: the same amount is {InvariantNumber.Format(scale)} times the old number");
        }
        else
        {
            c.Field(area, subject, field, a.Text, b.Text, ChangeImpact.Editorial, "another spelling of the same unit");
        }
    }

    private static void CompareRange(Collector c, string id, ValueRange? a, ValueRange? b)
    {
        var oldText = a?.ToString();
        var newText = b?.ToString();
        if (!string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            var narrowed = (b?.Min is { } newMin && (a?.Min is not { } oldMin || newMin > oldMin))
                || (b?.Max is { } newMax && (a?.Max is not { } oldMax || newMax < oldMax));
            c.Field(ChangeArea.Indicator, id, "range", oldText ?? "-inf..+inf", newText ?? "-inf..+inf",
                narrowed ? ChangeImpact.Breaking : ChangeImpact.Compatible,
                narrowed ? "the range is narrower: values that were valid are now rejected" : "the range is wider: every value that was valid still is");
        }

        c.Field(ChangeArea.Indicator, id, "range.note", a?.Note, b?.Note, ChangeImpact.Editorial, "wording");
    }

    private static void CompareFormula(Collector c, string id, IndicatorFormula? a, IndicatorFormula? b)
    {
        if (a is null || b is null)
        {
            if (a is not null)
            {
                c.Removed(ChangeArea.Formula, $"{id} / formula", a.Expression, ChangeImpact.Compatible, "the indicator no longer declares how it is computed");
            }
            else if (b is not null)
            {
                c.Added(ChangeArea.Formula, $"{id} / formula", b.Expression, ChangeImpact.Compatible, "the indicator now declares how it is computed");
            }

            return;
        }

        c.Field(ChangeArea.Formula, $"{id} / formula", "expression", a.Expression, b.Expression, ChangeImpact.Compatible, "the value is computed another way");
        c.Source(ChangeArea.Formula, $"{id} / formula", "source", a.Source, b.Source);
        Keyed(a.Inputs, b.Inputs, x => x.Name,
            added: x => c.Added(ChangeArea.Formula, $"{id} / formula input {x.Name}", x.Unit.Text, ChangeImpact.Breaking, "callers of the formula must supply a new input"),
            removed: x => c.Removed(ChangeArea.Formula, $"{id} / formula input {x.Name}", x.Unit.Text, ChangeImpact.Breaking, "callers of the formula supply an input that is no longer known"),
            both: (x, y) =>
            {
                CompareUnit(c, ChangeArea.Formula, $"{id} / formula input {x.Name}", "unit", x.Unit, y.Unit, "input values");
                c.Text(ChangeArea.Formula, $"{id} / formula input {x.Name}", "description", x.Description, y.Description);
            });
    }

    private static void CompareFramework(Collector c, Framework a, Framework b)
    {
        var id = a.Id;
        c.Text(ChangeArea.Framework, id, "name", a.Name, b.Name);
        c.Field(ChangeArea.Framework, id, "version", a.Version, b.Version, ChangeImpact.Compatible, "the mappings now refer to another version of the framework");
        c.Field(ChangeArea.Framework, id, "publisher", a.Publisher, b.Publisher, ChangeImpact.Editorial, "bibliographic detail");
        c.Field(ChangeArea.Framework, id, "url", a.Url, b.Url, ChangeImpact.Editorial, "bibliographic detail");
        c.Text(ChangeArea.Framework, id, "description", a.Description, b.Description);
        c.Source(ChangeArea.Framework, id, "source", a.Source, b.Source);
        Keyed(a.Items, b.Items, i => i.Id,
            added: i => c.Added(ChangeArea.FrameworkItem, $"{id}:{i.Id}", i.Name.ToString(), ChangeImpact.Compatible, "a new framework item"),
            removed: i => c.Removed(ChangeArea.FrameworkItem, $"{id}:{i.Id}", i.Name.ToString(), ChangeImpact.Breaking, "mappings and queries that name this item break"),
            both: (x, y) =>
            {
                var s = $"{id}:{x.Id}";
                c.Text(ChangeArea.FrameworkItem, s, "name", x.Name, y.Name);
                c.Text(ChangeArea.FrameworkItem, s, "description", x.Description, y.Description);
                c.Field(ChangeArea.FrameworkItem, s, "parent", x.Parent, y.Parent, ChangeImpact.Compatible, "the item moved in the framework's hierarchy");
                c.Field(ChangeArea.FrameworkItem, s, "unit", x.Unit, y.Unit, ChangeImpact.Compatible, "the framework reports this item in another unit");
                c.Source(ChangeArea.FrameworkItem, s, "source", x.Source, y.Source);
            });
    }

    private static void CompareFactorSet(Collector c, FactorSet a, FactorSet b)
    {
        var id = a.Id;
        c.Text(ChangeArea.FactorSet, id, "name", a.Name, b.Name);
        c.Field(ChangeArea.FactorSet, id, "method", a.Method, b.Method, ChangeImpact.Compatible, "the set belongs to another method");
        c.Field(ChangeArea.FactorSet, id, "standard", a.Standard, b.Standard, ChangeImpact.Compatible, "the set belongs to another standard");
        c.Field(ChangeArea.FactorSet, id, "version", a.Version, b.Version, ChangeImpact.Compatible, "another version of the coefficients");
        c.Field(ChangeArea.FactorSet, id, "validFrom", Iso(a.ValidFrom), Iso(b.ValidFrom), ChangeImpact.Compatible, "the set is in force for another period");
        c.Field(ChangeArea.FactorSet, id, "validTo", Iso(a.ValidTo), Iso(b.ValidTo), ChangeImpact.Compatible, "the set is in force for another period");
        c.Source(ChangeArea.FactorSet, id, "source", a.Source, b.Source);
        c.Field(ChangeArea.FactorSet, id, "note", a.Note, b.Note, ChangeImpact.Editorial, "wording");
        Keyed(a.Factors, b.Factors, f => f.Id,
            added: f => c.Added(ChangeArea.Factor, $"{id}/{f.Id}", DescribeFactor(f), ChangeImpact.Compatible, "a new factor"),
            removed: f => c.Removed(ChangeArea.Factor, $"{id}/{f.Id}", DescribeFactor(f), ChangeImpact.Breaking, "calculations that use this factor break"),
            both: (x, y) =>
            {
                var s = $"{id}/{x.Id}";
                c.Field(ChangeArea.Factor, s, "value", Dec(x.Value), Dec(y.Value), ChangeImpact.Compatible, "calculations with the same input give other results");
                CompareUnit(c, ChangeArea.Factor, s, "unit", x.Unit, y.Unit, "factor values");
                if (x.AppliesTo is not null || y.AppliesTo is not null)
                {
                    CompareUnit(c, ChangeArea.Factor, s, "appliesTo", x.AppliesTo, y.AppliesTo, "the amounts the factor applies to");
                }

                c.Field(ChangeArea.Factor, s, "componentOf", x.ComponentOf, y.ComponentOf, ChangeImpact.Compatible, "the factor belongs to another total");
                c.Text(ChangeArea.Factor, s, "name", x.Name, y.Name);
                c.Source(ChangeArea.Factor, s, "source", x.Source, y.Source);
                c.Field(ChangeArea.Factor, s, "note", x.Note, y.Note, ChangeImpact.Editorial, "wording");
            });
    }

    private static void CompareUnits(Collector c, UnitRegistry a, UnitRegistry b)
    {
        Keyed(a.Units, b.Units, u => u.Symbol,
            added: u => c.Added(ChangeArea.Unit, u.Symbol, u.Definition, ChangeImpact.Compatible, "a new unit"),
            removed: u => c.Removed(ChangeArea.Unit, u.Symbol, u.Definition, ChangeImpact.Breaking, "definitions and exports that use this unit no longer parse"),
            both: (x, y) =>
            {
                if (x.Dimension != y.Dimension)
                {
                    c.Field(ChangeArea.Unit, x.Symbol, "dimension", x.Dimension.ToString(), y.Dimension.ToString(), ChangeImpact.Breaking, "the unit measures another dimension");
                }

                c.Field(ChangeArea.Unit, x.Symbol, "factor", x.Factor.ToString(), y.Factor.ToString(), ChangeImpact.Breaking, "every value in this unit converts differently");
                var lost = x.Aliases.Except(y.Aliases, StringComparer.Ordinal).ToArray();
                var gained = y.Aliases.Except(x.Aliases, StringComparer.Ordinal).ToArray();
                if (lost.Length > 0 || gained.Length > 0)
                {
                    c.Field(ChangeArea.Unit, x.Symbol, "aliases", string.Join(", ", x.Aliases), string.Join(", ", y.Aliases),
                        lost.Length > 0 ? ChangeImpact.Breaking : ChangeImpact.Compatible,
                        lost.Length > 0 ? $"values spelt {string.Join(", ", lost)} no longer parse" : "new spellings are accepted");
                }

                c.Field(ChangeArea.Unit, x.Symbol, "name.nl", x.Name.Nl, y.Name.Nl, ChangeImpact.Editorial, "wording");
                c.Field(ChangeArea.Unit, x.Symbol, "name.en", x.Name.En, y.Name.En, ChangeImpact.Editorial, "wording");
                c.Field(ChangeArea.Unit, x.Symbol, "source", x.Source, y.Source, ChangeImpact.Editorial, "the definition's source");
            });
        Keyed(a.Quantities, b.Quantities, q => q.Id,
            added: q => c.Added(ChangeArea.Quantity, q.Id, q.Unit.Text, ChangeImpact.Compatible, "a new quantity"),
            removed: q => c.Removed(ChangeArea.Quantity, q.Id, q.Unit.Text, ChangeImpact.Breaking, "definitions that name this quantity no longer load"),
            both: (x, y) =>
            {
                CompareUnit(c, ChangeArea.Quantity, x.Id, "unit", x.Unit, y.Unit, "values of this quantity");
                c.Field(ChangeArea.Quantity, x.Id, "name.nl", x.Name.Nl, y.Name.Nl, ChangeImpact.Editorial, "wording");
                c.Field(ChangeArea.Quantity, x.Id, "name.en", x.Name.En, y.Name.En, ChangeImpact.Editorial, "wording");
            });
    }

    /// <summary>The identity of a limit value within its indicator: scope, kind, weighting-set basis and start date.</summary>
    private static string LimitKey(LimitValue l) =>
        $"{l.Scope} {l.Kind.ToCode()}{(l.Basis is null ? string.Empty : " " + l.Basis)} from {Iso(l.ValidFrom)}";

    private static string DescribeLimit(LimitValue l) =>
        $"{l.Comparator.ToCode()} {Dec(l.Value)} {l.Unit.Text}{(l.ValidTo is { } to ? " until " + Iso(to) : string.Empty)} ({l.Source})";

    private static string DescribeReference(ReferenceMeasurement r)
    {
        var values = !r.Percentiles.IsDefaultOrEmpty
            ? string.Join(", ", r.Percentiles.Select(p => $"p{InvariantNumber.Format(p.P)}={InvariantNumber.Format(p.Value)}"))
            : r.Summary is { } s ? $"min {Opt(s.Min)}, max {Opt(s.Max)}, mean {Opt(s.Mean)}, median {Opt(s.Median)}"
            : $"sample of {r.Sample.Length}: {string.Join(", ", r.Sample.Select(InvariantNumber.Format))}";
        return $"{values} {r.Unit.Text}{(r.SampleSize is { } n ? $" (n={Num(n)})" : string.Empty)}";
    }

    private static string? DescribeShare(ShareOfObjectsRule? r) => r is null ? null : $"objects count when {r.Test}, weighted by {r.Weight.ToCode()}";

    private static string DescribeFactor(Factor f) => $"{(f.Value is { } v ? Dec(v) : "(no value)")} {f.Unit.Text} ({f.Source})";

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Num(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string? Dec(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);

    private static string Opt(double? v) => v is { } x ? InvariantNumber.Format(x) : "-";

    /// <summary>Matches two lists by key (duplicate keys are matched in order) and reports added, removed and common elements in the order of the new list, removed ones in the order of the old.</summary>
    private static void Keyed<T>(IEnumerable<T> oldItems, IEnumerable<T> newItems, Func<T, string> key, Action<T> added, Action<T> removed, Action<T, T> both)
    {
        static List<(string Key, T Item)> Index(IEnumerable<T> items, Func<T, string> key)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var list = new List<(string, T)>();
            foreach (var item in items)
            {
                var k = key(item);
                var n = seen.GetValueOrDefault(k);
                seen[k] = n + 1;
                list.Add((n == 0 ? k : $"{k} #{n + 1}", item));
            }

            return list;
        }

        var olds = Index(oldItems, key);
        var news = Index(newItems, key);
        var oldByKey = olds.ToDictionary(x => x.Key, x => x.Item, StringComparer.Ordinal);
        var newKeys = news.Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (k, item) in olds)
        {
            if (!newKeys.Contains(k))
            {
                removed(item);
            }
        }

        foreach (var (k, item) in news)
        {
            if (oldByKey.TryGetValue(k, out var old))
            {
                both(old, item);
            }
            else
            {
                added(item);
            }
        }
    }

    private sealed class Collector
    {
        public List<CatalogueChange> Changes { get; } = [];

        public void Added(ChangeArea area, string subject, string? what, ChangeImpact impact, string reason) =>
            Changes.Add(new CatalogueChange(ChangeKind.Added, area, subject, null, null, what, impact, reason));

        public void Removed(ChangeArea area, string subject, string? what, ChangeImpact impact, string reason) =>
            Changes.Add(new CatalogueChange(ChangeKind.Removed, area, subject, null, what, null, impact, reason));

        public void Field(ChangeArea area, string subject, string field, string? oldValue, string? newValue, ChangeImpact impact, string reason)
        {
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                Changes.Add(new CatalogueChange(ChangeKind.Changed, area, subject, field, oldValue, newValue, impact, reason));
            }
        }

        public void Text(ChangeArea area, string subject, string field, LocalizedText? a, LocalizedText? b)
        {
            Field(area, subject, field + ".nl", a?.Nl, b?.Nl, ChangeImpact.Editorial, "wording");
            Field(area, subject, field + ".en", a?.En, b?.En, ChangeImpact.Editorial, "wording");
        }

        public void Source(ChangeArea area, string subject, string field, SourceReference? a, SourceReference? b)
        {
            Field(area, subject, field, a is null ? null : $"{a.SourceId}{(a.Locator is null ? string.Empty : ", " + a.Locator)}", b is null ? null : $"{b.SourceId}{(b.Locator is null ? string.Empty : ", " + b.Locator)}", ChangeImpact.Editorial, "the reference for the value");
            Field(area, subject, field + ".confidence", a?.Confidence.ToCode(), b?.Confidence.ToCode(), ChangeImpact.Editorial, a?.Confidence == Confidence.Confirmed ? "the value is no longer confirmed at its source" : "the value's confirmation at its source");
            Field(area, subject, field + ".note", a?.Note, b?.Note, ChangeImpact.Editorial, "wording");
        }
    }
}
