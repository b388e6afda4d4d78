using System.Globalization;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Loading;

/// <summary>Binds the schema-valid documents of a catalogue and checks what no single file can show.</summary>
internal sealed class CatalogueBuilder(List<Diagnostic> diagnostics, LoadOptions options)
{
    private readonly LocationMap _locations = new();
    private readonly List<(Indicator Indicator, string Path)> _indicators = [];
    private readonly List<Framework> _frameworks = [];
    private readonly List<FactorSet> _factorSets = [];
    private readonly List<Source> _sources = [];
    private readonly List<SourceReference> _references = [];
    private readonly List<UnconfirmedValue> _unconfirmed = [];
    private readonly HashSet<Indicator> _incomplete = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FactorSet> _incompleteSets = new(ReferenceEqualityComparer.Instance);
    private readonly List<(UnconfirmedValue Value, string What)> _unitSources = [];
    private UnitRegistry _units = UnitRegistry.Default;
    private CatalogueInfo? _info;
    private List<PillarDefinition> _pillars = [];
    private List<Theme> _themes = [];
    private List<BuildingType> _buildingTypes = [];
    private bool _sawCatalogueFile;

    public void Bind(List<(CatalogueSource Source, DefinitionKind Kind, YMapping Root, bool Partial)> documents)
    {
        // units.yaml first: every other file's units are read with its registry.
        foreach (var (source, _, root, _) in documents.Where(d => d.Kind == DefinitionKind.Units))
        {
            _units = UnitsFileReader.Build(root, source.DisplayPath, diagnostics) ?? _units;
            CollectUnitSources(new BindContext(source.DisplayPath, _units, diagnostics, _locations), root);
        }

        foreach (var (source, kind, root, partial) in documents.Where(d => d.Kind != DefinitionKind.Units))
        {
            var c = new BindContext(source.DisplayPath, _units, diagnostics, _locations);
            Placeholders.Report(c, root);
            if (!partial)
            {
                Bind(c, source, kind, root, complete: true);
                continue;
            }

            // A document with schema errors (already reported), pruned to what can be bound: its own fields may still
            // be missing or malformed, and then it is not checked further.
            var count = diagnostics.Count;
            try
            {
                Bind(c, source, kind, root, complete: false);
            }
            catch (Exception ex) when (ex is InvalidCastException or NullReferenceException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
            {
                diagnostics.RemoveRange(count, diagnostics.Count - count);
            }
        }
    }

    private void Bind(BindContext c, CatalogueSource source, DefinitionKind kind, YMapping root, bool complete)
    {
        switch (kind)
        {
            case DefinitionKind.Catalogue:
                (_info, _pillars, _themes, _buildingTypes) = DefinitionBinder.BindCatalogue(c, root);
                _sawCatalogueFile = true;
                break;
            case DefinitionKind.Sources:
                _sources.AddRange(DefinitionBinder.BindSources(c, root));
                break;
            case DefinitionKind.Framework:
                _frameworks.Add(DefinitionBinder.BindFramework(c, root));
                break;
            case DefinitionKind.FactorSet:
                var set = DefinitionBinder.BindFactorSet(c, root, out var allFactors);
                _factorSets.Add(set);
                if (!complete || !allFactors)
                {
                    _incompleteSets.Add(set);
                }

                break;
            case DefinitionKind.Indicator:
                if (DefinitionBinder.BindIndicator(c, root, out var whole) is { } indicator)
                {
                    _indicators.Add((indicator, source.Path));
                    if (!complete || !whole)
                    {
                        _incomplete.Add(indicator);
                    }
                }

                break;
        }
    }

    public Catalogue? Check()
    {
        if (!_sawCatalogueFile)
        {
            if (!diagnostics.Any(d => d.Location.File?.EndsWith("catalogue.yaml", StringComparison.Ordinal) == true))
            {
                diagnostics.Add(DiagnosticDescriptors.CatalogueFileMissing.Create(SourceLocation.InFile("catalogue.yaml")));
            }

            return null;
        }

        var sourceIds = Unique(_sources, s => s.Id, "source");
        var frameworkIds = Unique(_frameworks, f => f.Id, "framework");
        var factorSetIds = Unique(_factorSets, f => f.Id, "factor set");
        var indicatorIds = Unique(_indicators.Select(i => i.Indicator), i => i.Id, "indicator");
        var pillars = Unique(_pillars, p => p.Pillar.ToCode(), "pillar");
        var themes = Unique(_themes, t => t.Id, "theme");
        foreach (var theme in _themes.Where(t => !pillars.ContainsKey(t.Pillar.ToCode())))
        {
            ReportAt(theme, "pillar", Text.EditDistance.DidYouMean(theme.Pillar.ToCode(), pillars.Keys), DiagnosticDescriptors.UnknownReference, "pillar", theme.Pillar.ToCode());
        }
        var buildingTypes = Unique(_buildingTypes, b => b.Id, "building type");

        foreach (var bt in _buildingTypes)
        {
            if (bt.Parent is { } parent && !buildingTypes.ContainsKey(parent))
            {
                ReportAt(bt, "id", Text.EditDistance.DidYouMean(parent, buildingTypes.Keys), DiagnosticDescriptors.UnknownReference, "parent building type", parent);
            }
        }

        foreach (var f in _frameworks)
        {
            CheckFramework(f);
        }

        foreach (var set in _factorSets)
        {
            CheckFactorSet(set);
        }

        foreach (var (indicator, path) in _indicators)
        {
            CheckIndicator(indicator, path, themes, frameworkIds, factorSetIds, indicatorIds, buildingTypes);
        }

        // Every source reference anywhere must name a source in the bibliography.
        foreach (var reference in CollectReferences())
        {
            if (!sourceIds.ContainsKey(reference.SourceId))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownReference.CreateWithHint(_locations.Get(reference, "ref"),
                    Text.EditDistance.DidYouMean(reference.SourceId, sourceIds.Keys) ?? "Add it to a file in indicators/sources/.", "source", reference.SourceId));
            }
        }

        CollectUnconfirmed();

        // Build from what did bind (first of each id), so worked examples run even when other files have errors.
        // An indicator bound only in part (schema errors, or a unit that could not be read) is checked but has no worked
        // examples run: what is missing would make them fail for the wrong reason.
        var catalogue = new Catalogue(_info!, indicatorIds.Values.Where(i => !_incomplete.Contains(i)), frameworkIds.Values, factorSetIds.Values.Where(f => !_incompleteSets.Contains(f)), sourceIds.Values, pillars.Values, themes.Values, buildingTypes.Values, _units);
        if (options.RunExamples)
        {
            foreach (var result in WorkedExamples.RunAll(catalogue).Where(r => !r.Passed))
            {
                Report(result.Example, DiagnosticDescriptors.ExampleFailed, result.Example.Title, result.Expected, result.Actual.TrimEnd('.'));
            }
        }

        return diagnostics.Any(d => d.IsError) ? null : catalogue;
    }

    /// <summary>Every value whose source is unconfirmed or partly, in file order.</summary>
    public IReadOnlyList<UnconfirmedValue> Unconfirmed => _unconfirmed;

    private void CollectUnitSources(BindContext c, YMapping root)
    {
        void Add(YMapping owner, string kind, string id, string what)
        {
            if (owner["source"] is YMapping s && BindContext.OptStr(s, "confidence") is { } code && Codes.TryParse(code, out Confidence confidence) && confidence != Confidence.Confirmed)
            {
                _unitSources.Add((new UnconfirmedValue(kind, id, confidence, c.At(owner)), what));
            }
        }

        Add(root, "unit", "units.yaml", "unit registry");
        foreach (var section in new[] { "units", "qualifiers" })
        {
            foreach (var n in BindContext.Seq(root, section).OfType<YMapping>())
            {
                var symbol = BindContext.OptStr(n, "symbol") ?? "?";
                Add(n, "unit", symbol, section == "units" ? $"unit '{symbol}'" : $"qualifier '{symbol}'");
            }
        }
    }

    private void CollectUnconfirmed()
    {
        var found = new List<(UnconfirmedValue Value, string What)>(_unitSources);
        void Add(object owner, SourceReference? source, string kind, string id, string what)
        {
            if (source is { NeedsConfirmation: true })
            {
                found.Add((new UnconfirmedValue(kind, id, source.Confidence, _locations.Get(owner)), what));
            }
        }

        foreach (var bt in _buildingTypes)
        {
            Add(bt, bt.Source, "building-type", bt.Id, $"building type '{bt.Id}'");
        }

        foreach (var f in _frameworks)
        {
            Add(f, f.Source, "framework", f.Id, $"framework '{f.Id}'");
            foreach (var i in f.Items)
            {
                Add(i, i.Source, "framework-item", $"{f.Id}:{i.Id}", $"framework item '{f.Id}:{i.Id}'");
            }
        }

        foreach (var set in _factorSets)
        {
            Add(set, set.Source, "factor-set", set.Id, $"factor set '{set.Id}'");
            foreach (var f in set.Factors)
            {
                Add(f, f.Source, "factor", $"{set.Id}/{f.Id}", $"factor '{set.Id}/{f.Id}'");
            }
        }

        foreach (var (i, _) in _indicators)
        {
            foreach (var s in i.Sources)
            {
                Add(s, s, "indicator-source", i.Id, $"source '{s.SourceId}' of '{i.Id}'");
            }

            if (i.Formula is { } formula)
            {
                Add(formula, formula.Source, "formula", i.Id, $"formula of '{i.Id}'");
            }

            if (i.ShareOfObjects is { } rule)
            {
                Add(rule, rule.Source, "aggregation-rule", i.Id, $"share-of-objects rule ({rule.Test}, weighted by {rule.Weight.ToCode()}) of '{i.Id}'");
            }

            foreach (var l in i.LimitValues)
            {
                Add(l, l.Source, "limit-value", i.Id, $"limit value {l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit} of '{i.Id}' from {Iso(l.ValidFrom)}");
            }

            foreach (var r in i.ReferenceMeasurements)
            {
                Add(r, r.Source, "reference-measurement", i.Id, $"reference measurement {r.Year.ToString(CultureInfo.InvariantCulture)} of '{i.Id}'");
            }

            foreach (var e in i.Examples)
            {
                Add(e, e.Source, "example", i.Id, $"worked example '{e.Title}' of '{i.Id}'");
            }
        }

        foreach (var (value, what) in found
                     .OrderBy(x => x.Value.Location.File ?? string.Empty, StringComparer.Ordinal)
                     .ThenBy(x => x.Value.Location.Line)
                     .ThenBy(x => x.Value.Location.Column))
        {
            _unconfirmed.Add(value);
            if (options.ReportUnconfirmed)
            {
                diagnostics.Add(DiagnosticDescriptors.UnconfirmedValue.Create(value.Location, what, value.Confidence.ToCode()));
            }
        }
    }

    private IEnumerable<SourceReference> CollectReferences()
    {
        foreach (var bt in _buildingTypes)
        {
            if (bt.Source is not null)
            {
                yield return bt.Source;
            }
        }

        foreach (var f in _frameworks)
        {
            yield return f.Source;
            foreach (var i in f.Items)
            {
                if (i.Source is not null)
                {
                    yield return i.Source;
                }
            }
        }

        foreach (var s in _factorSets)
        {
            yield return s.Source;
            foreach (var f in s.Factors)
            {
                yield return f.Source;
            }
        }

        foreach (var (i, _) in _indicators)
        {
            foreach (var s in i.Sources)
            {
                yield return s;
            }

            if (i.Formula is not null)
            {
                yield return i.Formula.Source;
            }

            if (i.ShareOfObjects is { } rule)
            {
                yield return rule.Source;
            }

            foreach (var l in i.LimitValues)
            {
                yield return l.Source;
            }

            foreach (var r in i.ReferenceMeasurements)
            {
                yield return r.Source;
            }

            foreach (var e in i.Examples)
            {
                yield return e.Source;
            }
        }
    }

    private void CheckFramework(Framework framework)
    {
        var items = Unique(framework.Items, i => i.Id, $"item of framework '{framework.Id}'");
        foreach (var item in framework.Items)
        {
            if (item.Parent is { } p && !items.ContainsKey(p))
            {
                ReportAt(item, "parent", Text.EditDistance.DidYouMean(p, items.Keys), DiagnosticDescriptors.UnknownReference, $"parent item of framework '{framework.Id}'", p);
            }

            if (item.Unit is { } u && !_units.TryParse(u, out _, out var error))
            {
                Report(item, DiagnosticDescriptors.InvalidUnit, u, error);
            }
        }
    }

    private void CheckFactorSet(FactorSet set)
    {
        var factors = Unique(set.Factors, f => f.Id, $"factor of set '{set.Id}'");
        if (set.ValidFrom is { } from && set.ValidTo is { } to && to < from)
        {
            Report(set, DiagnosticDescriptors.InvertedInterval, "factor set", Iso(to), Iso(from));
        }

        foreach (var f in set.Factors)
        {
            if (f.ComponentOf is { } parent)
            {
                if (!factors.TryGetValue(parent, out var whole))
                {
                    ReportAt(f, "componentOf", Text.EditDistance.DidYouMean(parent, factors.Keys), DiagnosticDescriptors.UnknownReference, $"factor of set '{set.Id}'", parent);
                }
                else if (!f.Unit.IsCompatibleWith(whole.Unit))
                {
                    Report(f, DiagnosticDescriptors.FactorUnitMismatch, f.Id, f.Unit.Text, $"compatible with '{whole.Unit.Text}' of '{whole.Id}', which it is part of");
                }
            }

            if (f.Value is null && f.Source.Confidence == Confidence.Confirmed)
            {
                Report(f, DiagnosticDescriptors.FactorUnitMismatch, f.Id, f.Unit.Text, "given a value: a confirmed source has one (omit the value only when it is unknown and unconfirmed)");
            }

        }
    }

    private void CheckIndicator(Indicator indicator, string path, Dictionary<string, Theme> themes, Dictionary<string, Framework> frameworks,
        Dictionary<string, FactorSet> factorSets, Dictionary<string, Indicator> indicators, Dictionary<string, BuildingType> buildingTypes)
    {
        // Id, file path, pillar and theme agree.
        var parts = indicator.Id.Split('.');
        var expectedPath = $"{indicator.Pillar.ToCode()}/{indicator.Theme}/{indicator.Id}.yaml";
        if (!string.Equals(path, expectedPath, StringComparison.Ordinal) || parts[1] != indicator.Pillar.ToCode() || parts[2] != indicator.Theme)
        {
            ReportAt(indicator, "id", DiagnosticDescriptors.IdPathMismatch, indicator.Id, $"{parts[1]}/{parts[2]}/{indicator.Id}.yaml (with pillar '{parts[1]}' and theme '{parts[2]}')");
        }

        if (!themes.TryGetValue(indicator.Theme, out var theme))
        {
            ReportAt(indicator, "theme", Text.EditDistance.DidYouMean(indicator.Theme, themes.Keys), DiagnosticDescriptors.UnknownReference, "theme", indicator.Theme);
        }
        else if (theme.Pillar != indicator.Pillar)
        {
            ReportAt(indicator, "theme", Text.EditDistance.DidYouMean(indicator.Theme, themes.Values.Where(t => t.Pillar == indicator.Pillar).Select(t => t.Id)), DiagnosticDescriptors.UnknownReference, $"theme of pillar {indicator.Pillar.ToCode()}", indicator.Theme);
        }

        // Quantity and unit.
        var quantity = _units.FindQuantity(indicator.Quantity);
        if (quantity is null)
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownReference.CreateWithHint(_locations.Get(indicator, "quantity"), Text.EditDistance.DidYouMean(indicator.Quantity, _units.Quantities.Select(q => q.Id)) ?? "See quantities in units.yaml.", "quantity", indicator.Quantity));
        }
        else if (quantity.Dimension != indicator.Unit.Dimension)
        {
            ReportAt(indicator, "unit", DiagnosticDescriptors.UnitMismatch, indicator.Unit.Text, _units.FormatDimension(indicator.Unit.Dimension), "quantity", indicator.Quantity, _units.DescribeDimension(quantity.Dimension));
        }

        // Versions.
        if (_info is not null)
        {
            foreach (var v in new[] { indicator.Since, indicator.Changed })
            {
                if (v is not null && CompareVersions(v, _info.Version) > 0)
                {
                    ReportAt(indicator, v == indicator.Since ? "since" : "changed", DiagnosticDescriptors.VersionAfterCatalogue, v, _info.Version);
                }
            }
        }

        // Deprecation.
        if (indicator.Status == IndicatorStatus.Deprecated)
        {
            if (indicator.ReplacedBy is null)
            {
                Report(indicator, DiagnosticDescriptors.DeprecationInconsistent, $"The deprecated indicator '{indicator.Id}' must name its replacement in 'replacedBy'.");
            }
            else if (string.Equals(indicator.ReplacedBy, indicator.Id, StringComparison.Ordinal))
            {
                Report(indicator, DiagnosticDescriptors.DeprecationInconsistent, $"The indicator '{indicator.Id}' cannot replace itself.");
            }
            else if (!indicators.ContainsKey(indicator.ReplacedBy))
            {
                ReportAt(indicator, "replacedBy", Text.EditDistance.DidYouMean(indicator.ReplacedBy, indicators.Keys), DiagnosticDescriptors.UnknownReference, "replacement indicator", indicator.ReplacedBy);
            }
        }
        else if (indicator.ReplacedBy is not null)
        {
            Report(indicator, DiagnosticDescriptors.DeprecationInconsistent, $"Only a deprecated indicator names a replacement; '{indicator.Id}' has status '{indicator.Status.ToCode()}'.");
        }

        // Categories.
        if (indicator.ValueKind == IndicatorValueKind.Category && indicator.Categories.IsDefaultOrEmpty)
        {
            Report(indicator, DiagnosticDescriptors.CategoriesInconsistent, "A categorical indicator (valueType: category) lists its categories.");
        }
        else if (indicator.ValueKind == IndicatorValueKind.Number && !indicator.Categories.IsDefaultOrEmpty)
        {
            Report(indicator, DiagnosticDescriptors.CategoriesInconsistent, "Categories are only allowed with valueType: category.");
        }

        Unique(indicator.Categories, c => c.Code, "category code");
        if (indicator.ValueKind == IndicatorValueKind.Number && indicator.Range is null)
        {
            Report(indicator, DiagnosticDescriptors.RangeRequired, $"The numeric indicator '{indicator.Id}' declares no plausible range (range: {{min, max}}).");
        }
        else if (indicator.ValueKind == IndicatorValueKind.Category && indicator.Range is not null)
        {
            ReportAt(indicator, "range", DiagnosticDescriptors.RangeRequired, $"The categorical indicator '{indicator.Id}' has a range; its values are codes, not numbers.");
        }

        if (indicator.Range is { Min: { } min, Max: { } max } range && min > max)
        {
            Report(range, DiagnosticDescriptors.InvalidRange, InvariantNumber.Format(min), InvariantNumber.Format(max));
        }

        var seen = new HashSet<(Phase, Scale)>();
        foreach (var a in indicator.Applicability)
        {
            if (!seen.Add((a.Phase, a.Scale)))
            {
                Report(a, DiagnosticDescriptors.DuplicateApplicability, a.Phase.ToCode(), a.Scale.ToCode());
            }
        }

        foreach (var mapping in indicator.Mappings)
        {
            if (!frameworks.TryGetValue(mapping.Target.FrameworkId, out var framework))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownReference.CreateWithHint(_locations.Get(mapping, "target"), Text.EditDistance.DidYouMean(mapping.Target.FrameworkId, frameworks.Keys), "framework", mapping.Target.FrameworkId));
            }
            else if (framework.FindItem(mapping.Target.ItemId) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownReference.CreateWithHint(_locations.Get(mapping, "target"), Text.EditDistance.DidYouMean(mapping.Target.ItemId, framework.Items.Select(i => i.Id), framework.Id + ":"), $"item of framework '{framework.Id}'", mapping.Target.ItemId));
            }
        }

        CheckLimits(indicator, factorSets, buildingTypes);
        CheckReferenceMeasurements(indicator, factorSets, buildingTypes);
        if (!_incomplete.Contains(indicator))
        {
            // Bound in part, a formula may lack an input that could not be read.
            CheckFormula(indicator);
        }
    }

    private void CheckLimits(Indicator indicator, Dictionary<string, FactorSet> factorSets, Dictionary<string, BuildingType> buildingTypes)
    {
        foreach (var limit in indicator.LimitValues)
        {
            if (!limit.Unit.IsCompatibleWith(indicator.Unit))
            {
                ReportAt(limit, "unit", DiagnosticDescriptors.UnitMismatch, limit.Unit.Text, _units.DescribeDimension(limit.Unit.Dimension), "the indicator unit", indicator.Unit.Text, _units.DescribeDimension(indicator.Unit.Dimension));
            }

            if (limit.ValidTo is { } to && to < limit.ValidFrom)
            {
                ReportAt(limit, "validTo", DiagnosticDescriptors.InvertedInterval, "limit value", Iso(to), Iso(limit.ValidFrom));
            }

            CheckScope(limit.Scope, buildingTypes);
            if (limit.Basis is { } basis && !factorSets.ContainsKey(basis))
            {
                ReportAt(limit, "basis", Text.EditDistance.DidYouMean(basis, factorSets.Keys), DiagnosticDescriptors.UnknownReference, "factor set (basis)", basis);
            }
        }

        // Non-overlapping validity per scope, kind and basis.
        var list = indicator.LimitValues;
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = i + 1; j < list.Length; j++)
            {
                var a = list[i];
                var b = list[j];
                if (a.Scope != b.Scope || a.Kind != b.Kind || !string.Equals(a.Basis, b.Basis, StringComparison.Ordinal))
                {
                    continue;
                }

                var aEnd = a.ValidTo ?? DateOnly.MaxValue;
                var bEnd = b.ValidTo ?? DateOnly.MaxValue;
                if (a.ValidFrom <= bEnd && b.ValidFrom <= aEnd)
                {
                    var other = _locations.Get(a);
                    Report(b, DiagnosticDescriptors.OverlappingValidity, Iso(b.ValidFrom), b.ValidTo is { } bt ? Iso(bt) : "open end", other.Line, Iso(a.ValidFrom), a.ValidTo is { } at ? Iso(at) : "open end");
                }
            }
        }
    }

    private void CheckReferenceMeasurements(Indicator indicator, Dictionary<string, FactorSet> factorSets, Dictionary<string, BuildingType> buildingTypes)
    {
        foreach (var r in indicator.ReferenceMeasurements)
        {
            if (!r.Unit.IsCompatibleWith(indicator.Unit))
            {
                ReportAt(r, "unit", DiagnosticDescriptors.UnitMismatch, r.Unit.Text, _units.DescribeDimension(r.Unit.Dimension), "the indicator unit", indicator.Unit.Text, _units.DescribeDimension(indicator.Unit.Dimension));
            }

            CheckScope(r.Scope, buildingTypes);
            if (r.Basis is { } basis && !factorSets.ContainsKey(basis))
            {
                ReportAt(r, "basis", Text.EditDistance.DidYouMean(basis, factorSets.Keys), DiagnosticDescriptors.UnknownReference, "factor set (basis)", basis);
            }

            if (r.Percentiles.IsEmpty && r.Sample.IsEmpty && r.Summary is null)
            {
                Report(r, DiagnosticDescriptors.InconsistentDistribution, "A reference measurement gives percentiles, a sample or a summary.");
            }

            for (var i = 1; i < r.Percentiles.Length; i++)
            {
                if (r.Percentiles[i].P <= r.Percentiles[i - 1].P || r.Percentiles[i].Value < r.Percentiles[i - 1].Value)
                {
                    Report(r.Percentiles[i], DiagnosticDescriptors.InconsistentDistribution, "Percentiles are listed in increasing order of p, and their values never decrease.");
                }
            }

            if (r.Summary is { Min: { } min, Max: { } max } s && min > max)
            {
                Report(s, DiagnosticDescriptors.InvalidRange, InvariantNumber.Format(min), InvariantNumber.Format(max));
            }

            if (r.SampleSize is { } n && !r.Sample.IsEmpty && n != r.Sample.Length)
            {
                Report(r, DiagnosticDescriptors.InconsistentDistribution, $"n is {n}, but the sample has {r.Sample.Length} values.");
            }
        }
    }

    private void CheckScope(LimitScope scope, Dictionary<string, BuildingType> buildingTypes)
    {
        if (scope.BuildingType is { } bt && !buildingTypes.ContainsKey(bt))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownReference.CreateWithHint(_locations.Get(scope, "buildingType"), Text.EditDistance.DidYouMean(bt, buildingTypes.Keys), "building type", bt));
        }
    }

    private void CheckFormula(Indicator indicator)
    {
        if (indicator.Formula is not { } f)
        {
            if (indicator.Examples.OfType<FormulaExample>().FirstOrDefault() is { } e)
            {
                Report(e, DiagnosticDescriptors.InvalidExample, e.Title, "the indicator has no formula to evaluate");
            }

            return;
        }

        try
        {
            var formula = Formula.Parse(f.Expression);
            var declared = f.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            Unique(f.Inputs, i => i.Name, "formula input");
            foreach (var name in formula.Identifiers.Where(n => !declared.Contains(n)))
            {
                throw new FormulaException($"'{name}' is used but not declared under inputs");
            }

            foreach (var input in f.Inputs.Where(i => !formula.Identifiers.Contains(i.Name)))
            {
                throw new FormulaException($"the input '{input.Name}' is declared but not used");
            }

            // Evaluate with one unit of every input to check the result's dimension.
            var probe = f.Inputs.ToDictionary(i => i.Name, i => new Quantity(1, i.Unit), StringComparer.Ordinal);
            var result = formula.Evaluate(probe);
            if (!result.Unit.IsCompatibleWith(indicator.Unit))
            {
                ReportAt(f, "expression", DiagnosticDescriptors.UnitMismatch, result.Unit.Text, _units.DescribeDimension(result.Unit.Dimension), "the indicator unit", indicator.Unit.Text, _units.DescribeDimension(indicator.Unit.Dimension));
            }
        }
        catch (FormulaException ex)
        {
            ReportAt(f, "expression", DiagnosticDescriptors.InvalidFormula, ex.Message);
        }
    }

    private Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, string kind)
        where T : class
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (map.TryGetValue(key, out var first))
            {
                var where = _locations.Get(first);
                Report(item, DiagnosticDescriptors.DuplicateId, kind, key, where.Line > 0 ? $"{where.File}:{where.Line}" : where.File ?? "another file");
            }
            else
            {
                map.Add(key, item);
            }
        }

        return map;
    }

    private void Report(object item, DiagnosticDescriptor descriptor, params object?[] args) =>
        diagnostics.Add(descriptor.Create(_locations.Get(item), args));

    private void ReportAt(object item, string field, DiagnosticDescriptor descriptor, params object?[] args) =>
        diagnostics.Add(descriptor.Create(_locations.Get(item, field), args));

    private void ReportAt(object item, string field, string? hint, DiagnosticDescriptor descriptor, params object?[] args) =>
        diagnostics.Add(descriptor.CreateWithHint(_locations.Get(item, field), hint, args));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static int CompareVersions(string a, string b)
    {
        static (int, int) Parse(string v)
        {
            var parts = v.Split('.');
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
        }

        return Parse(a).CompareTo(Parse(b));
    }
}
