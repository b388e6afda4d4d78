using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>A small valid catalogue held in memory; tests replace or add files and load it.</summary>
internal sealed class TestCatalogue
{
    public const string IndicatorPath = "env/climate/tbgo.env.climate.test-gwp.yaml";

    public const string Indicator = """
        id: tbgo.env.climate.test-gwp
        status: candidate
        since: "2026.1"
        name: {nl: Test-GWP, en: Test GWP}
        description: {nl: Een testindicator., en: A test indicator.}
        pillar: env
        theme: climate
        quantity: gwp-per-area-year
        unit: kg CO2-eq/(m2.a)
        direction: lower-is-better
        range: {min: 0, max: 100}
        aggregation: area-weighted-mean
        applicability:
          - {phase: plan, scale: gebouw, method: design-calculation}
        formula:
          expression: gwp / (area * rsp)
          inputs:
            - {name: gwp, unit: kg CO2-eq, description: {nl: GWP, en: GWP}}
            - {name: area, unit: m2, description: {nl: oppervlak, en: area}}
            - {name: rsp, unit: a, description: {nl: studieperiode, en: study period}}
          source: {ref: test-source, confidence: confirmed}
        mappings:
          - {target: "frame:item-1", relation: equals}
        limitValues:
          - value: 10
            unit: kg CO2-eq/(m2.a)
            comparator: "<="
            scope: {scale: gebouw, buildingType: woonfunctie}
            validFrom: 2025-01-01
            kind: binding
            source: {ref: test-source, locator: table 1, confidence: confirmed}
        sources:
          - {ref: test-source, confidence: confirmed}
        examples:
          - title: Ten tonnes over 100 m2 and 50 years
            source: {ref: test-source, confidence: confirmed}
            formula:
              inputs: {gwp: 10 t CO2-eq, area: 100 m2, rsp: 50 a}
              expected: 2.0 kg CO2-eq/(m2.a)
        """;

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal)
    {
        ["catalogue.yaml"] = Utf8("""
            id: test
            version: "2026.1"
            releaseDate: 2026-11-23
            status: draft
            title: {nl: Test, en: Test}
            pillars:
              - {id: env, name: {nl: Milieu, en: Environment}}
            themes:
              - {id: climate, pillar: env, name: {nl: Klimaat, en: Climate}}
            buildingTypes:
              - {id: woonfunctie, name: {nl: woonfunctie, en: residential}}
              - {id: woonfunctie/woongebouw, name: {nl: woongebouw, en: apartment building}}
            changelog:
              - {version: "2026.1", date: 2026-11-23, changes: [First.]}
            """),
        ["sources/test.yaml"] = Utf8("""
            sources:
              - {id: test-source, title: A test source, kind: report}
            """),
        ["frameworks/frame.yaml"] = Utf8("""
            id: frame
            name: {nl: Kader, en: Framework}
            source: {ref: test-source, confidence: confirmed}
            items:
              - {id: item-1, name: {en: Item one}}
            """),
        [IndicatorPath] = Utf8(Indicator),
    };

    public TestCatalogue With(string path, string text) => With(path, Utf8(text));

    public TestCatalogue With(string path, byte[] bytes)
    {
        _files[path] = bytes;
        return this;
    }

    public TestCatalogue Without(string path)
    {
        _files.Remove(path);
        return this;
    }

    /// <summary>Replaces text in the test indicator (fails if the text is not there, so tests cannot silently test nothing).</summary>
    public TestCatalogue EditIndicator(string find, string replace)
    {
        var text = Encoding.UTF8.GetString(_files[IndicatorPath]);
        Assert.Contains(find, text, StringComparison.Ordinal);
        return With(IndicatorPath, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public CatalogueLoadResult Load(LoadOptions? options = null) =>
        CatalogueLoader.Load(_files.Select(f => CatalogueSource.FromBytes(f.Key, f.Value)), options ?? new LoadOptions { RunExamples = true });

    /// <summary>Writes the files into a folder, for tests of <see cref="CatalogueLoader.LoadDirectory"/>.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in _files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The single error of a load, asserting there is exactly one.</summary>
    public static Diagnostic SingleError(CatalogueLoadResult result)
    {
        Assert.Null(result.Catalogue);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }
}
