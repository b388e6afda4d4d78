using System.Text;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators;

/// <summary>
/// Writes the YAML of a new indicator definition with every field of <c>schemas/indicator.schema.json</c>:
/// the required ones filled in as far as the id and unit tell, the rest marked <c>TODO</c>, the optional ones
/// commented out with their allowed values. Until every TODO is replaced, <c>tbgo lint</c> points at each one
/// (TBGO3050 for texts; an unknown source and an unrunnable example are errors), so a scaffold cannot be
/// released by accident.
/// </summary>
public static class IndicatorScaffold
{
    /// <summary>The path of the definition file inside a catalogue folder: <c>&lt;pillar&gt;/&lt;theme&gt;/&lt;id&gt;.yaml</c>, with '/' separators.</summary>
    /// <exception cref="ArgumentException">The id is not of the form <c>tbgo.&lt;pillar&gt;.&lt;theme&gt;.&lt;name&gt;</c>.</exception>
    public static string RelativePath(string id)
    {
        var (pillar, theme, _) = Split(id);
        return $"{pillar}/{theme}/{id}.yaml";
    }

    /// <summary>Checks the id against the catalogue: its form, that the pillar and theme exist and belong together, and that it is new. Returns null when the id can be scaffolded, else the reason.</summary>
    public static string? Check(Catalogue catalogue, string id)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(id);
        if (!TrySplit(id, out var pillar, out var theme, out _))
        {
            return $"'{id}' is not an indicator id of the form tbgo.<env|soc|gov>.<theme>.<name> (lower case, digits and hyphens).";
        }

        if (catalogue.FindIndicator(id) is not null)
        {
            return $"the catalogue already has an indicator '{id}'.";
        }

        var known = catalogue.FindTheme(theme);
        if (known is null)
        {
            var near = Text.EditDistance.Closest(theme, catalogue.Themes.Select(t => t.Id));
            return $"the catalogue has no theme '{theme}'{(near is null ? string.Empty : $"; did you mean '{near}'?")} Themes: {string.Join(", ", catalogue.Themes.Select(t => t.Id))}.";
        }

        return known.Pillar.ToCode() == pillar ? null : $"the theme '{theme}' belongs to pillar '{known.Pillar.ToCode()}', not '{pillar}'.";
    }

    /// <summary>The YAML text of a new draft definition.</summary>
    /// <param name="catalogue">The catalogue it joins (for the version, theme and quantity).</param>
    /// <param name="id">The new id.</param>
    /// <param name="unit">The canonical unit of the indicator; its dimension picks the quantity from the unit registry.</param>
    /// <exception cref="ArgumentException">The id fails <see cref="Check"/>, or no quantity of the catalogue has the unit's dimension.</exception>
    public static string Create(Catalogue catalogue, string id, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Check(catalogue, id) is { } problem)
        {
            throw new ArgumentException(problem, nameof(id));
        }

        var quantity = catalogue.Units.FindQuantity(unit.Dimension)
            ?? throw new ArgumentException($"no quantity in units.yaml has the dimension of '{unit.Text}' ({catalogue.Units.DescribeDimension(unit.Dimension)}); add one there first.", nameof(unit));
        var (pillar, theme, _) = Split(id);
        var version = catalogue.Info.Version;
        var u = Quote(unit.Text);
        var sb = new StringBuilder();
        void L(string line = "") => sb.Append(line).Append('\n');
        L("# TODO: one line saying what this indicator measures.");
        L("# Schema: schemas/indicator.schema.json. Authoring guide: indicators/README.md.");
        L($"id: {id}");
        L("status: draft                 # draft | candidate | core (kernindicator) | deprecated");
        L($"since: \"{version}\"");
        L("# changed: \"<version>\"        # the catalogue version of the last change that matters to data teams");
        L("# replacedBy: <indicator id>  # for a deprecated indicator");
        L("name:");
        L("  nl: TODO naam");
        L("  en: TODO name");
        L("description:");
        L("  nl: TODO wat wordt gemeten, waarover (gebied, gebouw, ...), en hoe in elke fase");
        L("  en: TODO what is measured, over what (area, building, ...), and how in each phase");
        L($"pillar: {pillar}");
        L($"theme: {theme}");
        L($"quantity: {quantity.Id}            # from units.yaml; matches the dimension of the unit");
        L($"unit: {u}");
        L("# valueType: category         # number (default) | category; a categorical indicator lists its codes (and has no range):");
        L("# categories:");
        L("#   - {code: a, name: {nl: ..., en: ...}, rank: 1}");
        L("direction: TODO                # lower-is-better | higher-is-better | neutral");
        L("range: {min: 0, max: TODO}     # the widest values that can really occur, in the unit above; exports outside are rejected");
        L("aggregation: TODO              # additive | area-weighted-mean | dwelling-weighted-mean | resident-weighted-mean | not-aggregatable | share-of-objects");
        L("# shareOfObjects:              # with share-of-objects only: the area value is the weighted share (%) of objects whose value passes the test");
        L($"#   test: {{comparator: \">=\", value: 30, unit: {u}}}   # comparator <= < >= >; a unit convertible to the unit above");
        L("#   weight: objects             # objects (each counts 1) | floorArea | dwellings | residents");
        L("#   source: {ref: <source id>, locator: <article or table>, confidence: unconfirmed}");
        L("applicability:                 # phase: initiatief | plan | realisatie | beheer; scale: gebied | gebouw | openbare-ruimte | infrastructuur");
        L("  - {phase: plan, scale: gebied, method: design-calculation, note: TODO how it is determined in this phase}");
        L("# formula:");
        L("#   expression: a / b");
        L("#   inputs:");
        L("#     - {name: a, unit: m2, description: {nl: ..., en: ...}}");
        L("#     - {name: b, unit: m2, description: {nl: ..., en: ...}}");
        L("#   source: {ref: <source id>, locator: <page or table>, confidence: unconfirmed}");
        L("# mappings:                    # <framework>:<item> from indicators/frameworks/; relation: equivalent | close | part-of | related");
        L("#   - {target: \"levels:1.2\", relation: related}");
        L("# limitValues:                 # comparator <= < >= >; kind binding | indicative | target; basis: a factor set id");
        L($"#   - {{value: 1.0, unit: {u}, comparator: \"<=\", scope: {{scale: gebouw, buildingType: woonfunctie}}, validFrom: 2030-01-01, kind: target,");
        L("#      source: {ref: <source id>, locator: <article or table>, confidence: unconfirmed}}");
        L("# referenceMeasurements:");
        L($"#   - {{scope: {{scale: gebied}}, year: 2025, sampleSize: 30, unit: {u}, percentiles: [{{p: 50, value: 1.0}}],");
        L("#      source: {ref: <source id>, confidence: unconfirmed}}");
        L("sources:                       # ids from indicators/sources/; confidence: confirmed only after reading the primary source");
        L("  - {ref: todo, confidence: unconfirmed}");
        L("examples:                      # at least one worked example: formula, limit or conversion (indicators/README.md)");
        L("  - title: TODO a published example");
        L("    source: {ref: todo, confidence: unconfirmed}");
        L("    conversion:");
        L($"      value: TODO a value in {unit.Text}");
        L("      expected: TODO the same value in another unit");
        L("# note: >-");
        L("#   What a reader must know: what is not counted, known gaps, why no limit value.");
        return sb.ToString();
    }

    private static string Quote(string text) =>
        text.Any(c => c is ':' or '#' or '%' or '{' or '}' or '[' or ']' or ',' or '"' or '\'') || text is "1" or "" || char.IsDigit(text[0])
            ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : text;

    private static (string Pillar, string Theme, string Name) Split(string id) =>
        TrySplit(id, out var p, out var t, out var n) ? (p, t, n) : throw new ArgumentException($"'{id}' is not an indicator id of the form tbgo.<pillar>.<theme>.<name>.", nameof(id));

    private static bool TrySplit(string id, out string pillar, out string theme, out string name)
    {
        pillar = theme = name = string.Empty;
        var parts = id.Split('.');
        if (parts.Length != 4 || parts[0] != "tbgo" || parts[1] is not ("env" or "soc" or "gov") || !IsSegment(parts[2]) || !IsSegment(parts[3]))
        {
            return false;
        }

        (pillar, theme, name) = (parts[1], parts[2], parts[3]);
        return true;
    }

    // [a-z][a-z0-9]*(-[a-z0-9]+)*, as the schema's id pattern.
    private static bool IsSegment(string s) =>
        s.Length > 0 && s[0] is >= 'a' and <= 'z' && !s.EndsWith('-') && !s.Contains("--", StringComparison.Ordinal)
        && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
