using System.Collections.Immutable;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;
using static Tbgo.Indicators.Loading.BindContext;

namespace Tbgo.Indicators.Loading;

/// <summary>Binds schema-valid YAML trees to the model. Returns null where a unit or quantity could not be read (already reported).</summary>
internal static class DefinitionBinder
{
    public static (CatalogueInfo Info, List<PillarDefinition> Pillars, List<Theme> Themes, List<BuildingType> BuildingTypes) BindCatalogue(BindContext c, YMapping m)
    {
        var changelog = Seq(m, "changelog").Select(n =>
        {
            var e = Map(n);
            return c.Located(new ChangelogEntry(Str(e, "version"), Date(e, "date"), [.. Seq(e, "changes").Select(x => ((YScalar)x).Value)]), e);
        });
        var info = c.Located(new CatalogueInfo(Str(m, "id"), Str(m, "version"), Date(m, "releaseDate"), Code<CatalogueStatus>(m, "status", Codes.TryParse),
            Localized(m, "title"), OptText(m, "description"), OptStr(m, "license"), [.. changelog]), m);
        var pillars = Seq(m, "pillars").Select(n =>
        {
            var p = Map(n);
            return c.Located(new PillarDefinition(Code<Pillar>(p, "id", Codes.TryParse), Localized(p, "name")), p);
        }).ToList();
        var themes = Seq(m, "themes").Select(n =>
        {
            var t = Map(n);
            return c.Located(new Theme(Str(t, "id"), Code<Pillar>(t, "pillar", Codes.TryParse), Localized(t, "name"), OptText(t, "description")), t);
        }).ToList();
        var types = Seq(m, "buildingTypes").Select(n =>
        {
            var t = Map(n);
            return c.Located(new BuildingType(Str(t, "id"), Localized(t, "name"), c.OptSourceRef(t, "source")), t);
        }).ToList();
        return (info, pillars, themes, types);
    }

    public static List<Source> BindSources(BindContext c, YMapping m) => [.. Seq(m, "sources").Select(n =>
    {
        var s = Map(n);
        return c.Located(new Source(Str(s, "id"), Str(s, "title"), Str(s, "kind"), OptStr(s, "publisher"), OptStr(s, "authors"), OptInt(s, "year"),
            OptStr(s, "edition"), OptDate(s, "date"), OptStr(s, "url"), OptDate(s, "accessed"), OptStr(s, "note")), s);
    })];

    public static Framework BindFramework(BindContext c, YMapping m)
    {
        var items = Seq(m, "items").Select(n =>
        {
            var i = Map(n);
            return c.Located(new FrameworkItem(Str(i, "id"), Localized(i, "name"), OptStr(i, "parent"), OptText(i, "description"), OptStr(i, "unit"), c.OptSourceRef(i, "source")), i);
        });
        return c.Located(new Framework(Str(m, "id"), Localized(m, "name"), OptStr(m, "version"), OptStr(m, "publisher"), OptStr(m, "url"),
            OptText(m, "description"), c.SourceRef(m, "source"), [.. items]), m);
    }

    /// <summary>Binds a factor set; a factor whose unit cannot be read (reported) is left out, and <paramref name="whole"/> is false.</summary>
    public static FactorSet BindFactorSet(BindContext c, YMapping m, out bool whole)
    {
        var ok = true;
        var factors = new List<Factor>();
        foreach (var n in Seq(m, "factors"))
        {
            var f = Map(n);
            var unit = c.Unit(f, "unit");
            var appliesTo = c.OptUnit(f, "appliesTo");
            if (unit is null || (f["appliesTo"] is not null && appliesTo is null))
            {
                ok = false;
                continue;
            }

            factors.Add(c.Located(new Factor(Str(f, "id"), Localized(f, "name"), OptDec(f, "value"), unit, appliesTo, OptStr(f, "componentOf"), c.SourceRef(f, "source"), OptStr(f, "note")), f));
        }

        whole = ok;
        return c.Located(new FactorSet(Str(m, "id"), Localized(m, "name"), OptStr(m, "method"), OptStr(m, "standard"), Str(m, "version"), OptDate(m, "validFrom"), OptDate(m, "validTo"),
            c.SourceRef(m, "source"), [.. factors], OptStr(m, "note")), m);
    }

    /// <summary>Binds an indicator; null when its own unit cannot be read. A limit value, reference measurement, formula
    /// input or worked example whose unit or quantity cannot be read (reported) is left out, and <paramref name="whole"/> is false.</summary>
    public static Indicator? BindIndicator(BindContext c, YMapping m, out bool whole)
    {
        var unit = c.Unit(m, "unit");
        var ok = true;

        var limits = new List<LimitValue>();
        foreach (var n in Seq(m, "limitValues"))
        {
            var l = Map(n);
            var lu = c.Unit(l, "unit");
            if (lu is null)
            {
                ok = false;
                continue;
            }

            limits.Add(c.Located(new LimitValue(Dec(l, "value"), lu, Code<Comparator>(l, "comparator", Codes.TryParse), c.Scope(OptMap(l, "scope")),
                Date(l, "validFrom"), OptDate(l, "validTo"), Code<LimitKind>(l, "kind", Codes.TryParse), OptStr(l, "basis"), c.SourceRef(l, "source"), OptStr(l, "note")), l));
        }

        var references = new List<ReferenceMeasurement>();
        foreach (var n in Seq(m, "referenceMeasurements"))
        {
            var r = Map(n);
            var ru = c.Unit(r, "unit");
            if (ru is null)
            {
                ok = false;
                continue;
            }

            var percentiles = Seq(r, "percentiles").Select(p =>
            {
                var pm = Map(p);
                return c.Located(new PercentilePoint((double)Dec(pm, "p"), (double)Dec(pm, "value")), pm);
            });
            var summary = OptMap(r, "summary") is { } sm
                ? c.Located(new DistributionSummary(OptDbl(sm, "min"), OptDbl(sm, "max"), OptDbl(sm, "mean"), OptDbl(sm, "median")), sm)
                : null;
            references.Add(c.Located(new ReferenceMeasurement(c.Scope(OptMap(r, "scope")), Int(r, "year"), OptInt(r, "n"), ru, OptStr(r, "basis"),
                [.. percentiles], [.. Seq(r, "sample").Select(Dbl)], summary, c.SourceRef(r, "source"), OptStr(r, "note")), r));
        }

        IndicatorFormula? formula = null;
        if (OptMap(m, "formula") is { } fm)
        {
            var inputs = new List<FormulaInput>();
            foreach (var n in Seq(fm, "inputs"))
            {
                var i = Map(n);
                var iu = c.Unit(i, "unit");
                if (iu is null)
                {
                    ok = false;
                    continue;
                }

                inputs.Add(c.Located(new FormulaInput(Str(i, "name"), iu, Localized(i, "description")), i));
            }

            formula = c.Located(new IndicatorFormula(Str(fm, "expression"), [.. inputs], c.SourceRef(fm, "source")), fm);
        }

        var aggregation = Code<AggregationMethod>(m, "aggregation", Codes.TryParse);
        var share = BindShareOfObjects(c, m, aggregation, unit, ref ok);

        var examples = new List<WorkedExample>();
        foreach (var n in Seq(m, "examples"))
        {
            var example = BindExample(c, Map(n));
            if (example is null)
            {
                ok = false;
            }
            else
            {
                examples.Add(example);
            }
        }

        whole = ok;
        if (unit is null)
        {
            return null;
        }

        var range = OptMap(m, "range") is { } rm ? c.Located(new ValueRange(OptDbl(rm, "min"), OptDbl(rm, "max"), OptStr(rm, "note")), rm) : null;
        return c.Located(new Indicator
        {
            Id = Str(m, "id"),
            Status = Code<IndicatorStatus>(m, "status", Codes.TryParse),
            ReplacedBy = OptStr(m, "replacedBy"),
            Since = Str(m, "since"),
            Changed = OptStr(m, "changed"),
            Name = Localized(m, "name"),
            Description = Localized(m, "description"),
            Pillar = Code<Pillar>(m, "pillar", Codes.TryParse),
            Theme = Str(m, "theme"),
            Quantity = Str(m, "quantity"),
            Unit = unit!,
            ValueKind = OptCode<IndicatorValueKind>(m, "valueType", Codes.TryParse) ?? IndicatorValueKind.Number,
            Categories = [.. Seq(m, "categories").Select(n =>
            {
                var k = Map(n);
                return c.Located(new IndicatorCategory(Str(k, "code"), Localized(k, "name"), OptInt(k, "rank")), k);
            })],
            Direction = Code<Direction>(m, "direction", Codes.TryParse),
            Range = range,
            Aggregation = aggregation,
            ShareOfObjects = share,
            Applicability = [.. Seq(m, "applicability").Select(n =>
            {
                var a = Map(n);
                return c.Located(new Applicability(Code<Phase>(a, "phase", Codes.TryParse), Code<Scale>(a, "scale", Codes.TryParse),
                    Code<MeasurementMethod>(a, "method", Codes.TryParse), OptStr(a, "note")), a);
            })],
            Formula = formula,
            Mappings = [.. Seq(m, "mappings").Select(n =>
            {
                var mp = Map(n);
                FrameworkItemRef.TryParse(Str(mp, "target"), out var target);
                return c.Located(new Mapping(target!, Code<MappingRelation>(mp, "relation", Codes.TryParse), OptStr(mp, "note")), mp);
            })],
            LimitValues = [.. limits],
            ReferenceMeasurements = [.. references],
            Sources = [.. Seq(m, "sources").Select(n => c.SourceRef(Map(n)))],
            Examples = [.. examples],
            Note = OptStr(m, "note"),
        }, m);
    }

    /// <summary>
    /// Binds <c>shareOfObjects</c>, which goes with <c>aggregation: share-of-objects</c> and only with it (TBGO3022,
    /// TBGO3023: the schema cannot say so in the keywords it may use); its test unit must convert to the indicator's
    /// unit (TBGO3004). Null when absent, or when the test unit cannot be read (reported; <paramref name="ok"/> becomes false).
    /// </summary>
    private static ShareOfObjectsRule? BindShareOfObjects(BindContext c, YMapping m, AggregationMethod aggregation, Unit? indicatorUnit, ref bool ok)
    {
        var id = Str(m, "id");
        if (OptMap(m, "shareOfObjects") is not { } sm)
        {
            if (aggregation == AggregationMethod.ShareOfObjects)
            {
                c.Diagnostics.Add(Diagnostics.DiagnosticDescriptors.ShareOfObjectsRuleMissing.Create(c.At(m["aggregation"]!), id));
            }

            return null;
        }

        if (aggregation != AggregationMethod.ShareOfObjects)
        {
            c.Diagnostics.Add(Diagnostics.DiagnosticDescriptors.ShareOfObjectsRuleNotAllowed.Create(c.At(sm), id, aggregation.ToCode()));
        }

        var test = Map(sm["test"]!);
        var testUnit = c.Unit(test, "unit");
        if (testUnit is null)
        {
            ok = false;
            return null;
        }

        if (indicatorUnit is not null && !testUnit.IsCompatibleWith(indicatorUnit))
        {
            c.Diagnostics.Add(Diagnostics.DiagnosticDescriptors.UnitMismatch.Create(c.At(test["unit"]!), testUnit.Text, c.Units.DescribeDimension(testUnit.Dimension),
                "the indicator unit", indicatorUnit.Text, c.Units.DescribeDimension(indicatorUnit.Dimension)));
        }

        return c.Located(new ShareOfObjectsRule(Code<Comparator>(test, "comparator", Codes.TryParse), Dec(test, "value"), testUnit,
            Code<RollupWeight>(sm, "weight", Codes.TryParse), c.SourceRef(sm, "source"), OptStr(sm, "note")), sm);
    }

    private static WorkedExample? BindExample(BindContext c, YMapping e)
    {
        var title = Str(e, "title");
        var source = c.SourceRef(e, "source");
        var note = OptStr(e, "note");
        var kinds = new[] { "formula", "limit", "conversion" }.Where(k => e[k] is not null).ToList();
        if (kinds.Count != 1)
        {
            c.Diagnostics.Add(Diagnostics.DiagnosticDescriptors.InvalidExample.Create(c.At(e), title,
                kinds.Count == 0 ? "it has none of formula, limit or conversion" : $"it has {string.Join(" and ", kinds)}; give exactly one"));
            return null;
        }

        switch (kinds[0])
        {
            case "formula":
            {
                var f = Map(e["formula"]!);
                var inputs = ImmutableSortedDictionary.CreateBuilder<string, Quantity>(StringComparer.Ordinal);
                var ok = true;
                foreach (var (key, value) in Map(f["inputs"]!).Entries)
                {
                    var node = (YScalar)value;
                    if (Quantity.TryParse(node.Value, c.Units, out var q, out var error))
                    {
                        inputs[key.Value] = q;
                    }
                    else
                    {
                        c.Diagnostics.Add(Diagnostics.DiagnosticDescriptors.InvalidQuantity.Create(c.At(node), node.Value, error));
                        ok = false;
                    }
                }

                var expected = c.Quantity(f, "expected", out var decimals);
                return ok && expected is { } x ? c.Located(new FormulaExample(title, source, note, inputs.ToImmutable(), x, decimals), e) : null;
            }

            case "limit":
            {
                var l = Map(e["limit"]!);
                var value = c.Quantity(l, "value", out _);
                var expectedLimit = c.Quantity(l, "expectedLimit", out _);
                if ((l["value"] is not null && value is null) || (l["expectedLimit"] is not null && expectedLimit is null))
                {
                    return null;
                }

                return c.Located(new LimitExample(title, source, note, Date(l, "date"), c.Scope(OptMap(l, "scope")),
                    OptCode<LimitKind>(l, "kind", Codes.TryParse) ?? LimitKind.Binding, OptStr(l, "basis"), value, expectedLimit,
                    Code<LimitVerdict>(l, "expectedVerdict", Codes.TryParse)), e);
            }

            default:
            {
                var v = Map(e["conversion"]!);
                var value = c.Quantity(v, "value", out _);
                var expected = c.Quantity(v, "expected", out var decimals);
                return value is { } a && expected is { } b ? c.Located(new ConversionExample(title, source, note, a, b, decimals), e) : null;
            }
        }
    }
}
