using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Definitions.Tests;

/// <summary>Every YAML file of the shipped catalogue validates, and every worked example in it runs.</summary>
public sealed class ShippedCatalogueTests
{
    private static readonly Lazy<Catalogue> Folder = new(() =>
        CatalogueLoader.LoadDirectory(RepoPaths.Indicators, new LoadOptions { RunExamples = true }).GetCatalogueOrThrow());

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Indicators, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Indicators, f).Replace('\\', '/'));
        }

        return data;
    }

    public static TheoryData<string, int, string> Examples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var i in Folder.Value.Indicators)
        {
            for (var k = 0; k < i.Examples.Length; k++)
            {
                data.Add(i.Id, k, i.Examples[k].Title);
            }
        }

        return data;
    }

    [Fact]
    public void TheFolderLoadsWithoutErrorsOrWarnings()
    {
        var result = CatalogueLoader.LoadDirectory(RepoPaths.Indicators, new LoadOptions { RunExamples = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void TheEmbeddedDefaultIsTheFolder()
    {
        var embedded = Catalogue.Default;
        var folder = Folder.Value;
        Assert.Equal(folder.Indicators.Select(i => i.Id), embedded.Indicators.Select(i => i.Id));
        Assert.Equal(folder.Frameworks.Select(f => (f.Id, f.Items.Length)), embedded.Frameworks.Select(f => (f.Id, f.Items.Length)));
        Assert.Equal(folder.FactorSets.Select(f => (f.Id, f.Factors.Length)), embedded.FactorSets.Select(f => (f.Id, f.Factors.Length)));
        Assert.Equal(folder.Sources.Select(s => s.Id), embedded.Sources.Select(s => s.Id));
        Assert.Equal(Files().Count, CatalogueLoader.LoadEmbedded().FilesRead);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WorkedExampleRuns(string indicatorId, int index, string title)
    {
        var catalogue = Folder.Value;
        var indicator = catalogue.GetIndicator(indicatorId);
        var result = WorkedExamples.Run(catalogue, indicator, indicator.Examples[index]);
        Assert.Equal(title, result.Example.Title);
        Assert.True(result.Passed, $"{indicatorId} '{title}': expected {result.Expected}, computed {result.Actual}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NJsonSchemaAgreesTheFileIsValid(string relativePath)
    {
        var kind = CatalogueLoader.Classify(relativePath);
        Assert.NotEqual(DefinitionKind.Unknown, kind);
        var root = Read(relativePath);
        Assert.Empty(SchemaValidator.Validate(EmbeddedData.SchemaFor(kind), new YamlInstance(root)));
        var oracle = NJsonSchemaOracle.Load(EmbeddedData.ReadSchema(SchemaFile(kind)));
        var errors = oracle.Validate(NJsonSchemaOracle.ToJson(root));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BothEnginesRejectEachTopLevelKeyRemovedOrMisspelt(string relativePath)
    {
        // Differential test: mutate the file and check our engine and NJsonSchema reach the same verdict.
        var kind = CatalogueLoader.Classify(relativePath);
        var ours = EmbeddedData.SchemaFor(kind);
        var oracle = NJsonSchemaOracle.Load(EmbeddedData.ReadSchema(SchemaFile(kind)));
        var root = (YMapping)Read(relativePath);
        for (var i = 0; i < root.Entries.Count; i++)
        {
            var removed = Clone(root, skip: i, rename: null);
            var misspelt = Clone(root, skip: -1, rename: i);
            foreach (var mutant in new[] { removed, misspelt })
            {
                var oursValid = SchemaValidator.IsValid(ours, new YamlInstance(mutant));
                var oracleValid = oracle.Validate(NJsonSchemaOracle.ToJson(mutant)).Count == 0;
                Assert.True(oursValid == oracleValid, $"{relativePath}: key '{root.Entries[i].Key.Value}': ours {oursValid}, NJsonSchema {oracleValid}");
            }
        }
    }

    [Fact]
    public void TheCatalogueMeetsTheFoundationRequirements()
    {
        var c = Folder.Value;
        Assert.Equal("2026.1", c.Info.Version);
        Assert.Equal(CatalogueStatus.Draft, c.Info.Status);
        Assert.True(c.Indicators.Length >= 30, $"{c.Indicators.Length} indicators");
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            Assert.True(c.Indicators.Count(i => i.Pillar == pillar) >= 4, pillar.ToString());
        }

        foreach (var scale in Enum.GetValues<Scale>())
        {
            Assert.True(c.Query(new IndicatorQuery { Scale = scale }).Any(), $"no indicator at scale {scale}");
        }

        foreach (var phase in Enum.GetValues<Phase>())
        {
            Assert.True(c.Query(new IndicatorQuery { Phase = phase }).Any(), $"no indicator in phase {phase}");
        }

        Assert.All(c.Indicators, i => Assert.NotEmpty(i.Examples));
        Assert.Contains(c.Indicators, i => i.IsCore);

        foreach (var framework in new[] { "eu-taxonomy", "levels", "en15978", "mpg", "beng", "epbd", "building-balance", "climate-adaptation" })
        {
            Assert.NotNull(c.FindFramework(framework));
        }

        foreach (var item in new[] { "eu-taxonomy:ccm-7.1", "eu-taxonomy:ccm-7.2", "eu-taxonomy:ccm-7.7", "beng:beng-1", "beng:beng-2", "beng:beng-3", "en15978:A1-A3", "en15978:D" })
        {
            Assert.True(FrameworkItemRef.TryParse(item, out var r) && c.FindFrameworkItem(r) is not null, item);
        }

        var levels = c.FindFramework("levels")!;
        Assert.Equal(16, levels.Items.Count(i => i.Id.Contains('.', StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_framework_and_framework_item_has_its_name_and_description_in_Dutch_and_English()
    {
        // Issue 11: --lang nl must not fall back to English for framework texts. A description is optional; when given, it is in both languages.
        var missing = new List<string>();
        foreach (var f in Folder.Value.Frameworks)
        {
            Check(f.Id, f.Name, required: true);
            Check(f.Id + " (description)", f.Description, required: false);
            foreach (var item in f.Items)
            {
                Check($"{f.Id}:{item.Id}", item.Name, required: true);
                Check($"{f.Id}:{item.Id} (description)", item.Description, required: false);
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} texts miss a language:\n" + string.Join("\n", missing));

        void Check(string where, LocalizedText? text, bool required)
        {
            if (text is null)
            {
                if (required)
                {
                    missing.Add(where + ": none");
                }

                return;
            }

            if (string.IsNullOrWhiteSpace(text.Nl))
            {
                missing.Add(where + ": nl");
            }

            if (string.IsNullOrWhiteSpace(text.En))
            {
                missing.Add(where + ": en");
            }
        }
    }

    [Fact]
    public void MpgLimitValuesFollowThePublishedDates()
    {
        var c = Folder.Value;
        var mpg = c.GetIndicator("tbgo.env.materials.mpg");
        var dwelling = new LimitScope(Scale.Gebouw, "woonfunctie");
        Assert.Equal(1.0m, c.FindLimit(mpg, new DateOnly(2021, 6, 30), dwelling, basis: "nmd-shadow-prices-a1")!.Value);
        Assert.Equal(0.8m, c.FindLimit(mpg, new DateOnly(2021, 7, 1), dwelling, basis: "nmd-shadow-prices-a1")!.Value);
        Assert.Null(c.FindLimit(mpg, new DateOnly(2026, 7, 1), dwelling, basis: "nmd-shadow-prices-a1"));
        Assert.Equal(1.6m, c.FindLimit(mpg, new DateOnly(2026, 7, 1), dwelling, basis: "nmd-shadow-prices-a2")!.Value);
        Assert.Equal(1.55m, c.FindLimit(mpg, new DateOnly(2026, 7, 1), new LimitScope(Scale.Gebouw, "kantoorfunctie"))!.Value);
        Assert.Null(c.FindLimit(mpg, new DateOnly(2017, 12, 31), dwelling));

        // Same policy level in both weighting sets (domain.md 3.4): 1.6 / 0.8 = 2.
        Assert.Equal(2m, c.FindLimit(mpg, new DateOnly(2026, 7, 1), dwelling)!.Value / c.FindLimit(mpg, new DateOnly(2026, 6, 30), dwelling)!.Value);
    }

    [Fact]
    public void BothMpgWeightingSetsShipAndTheA2SetNeverDoubleCountsGwp()
    {
        var c = Folder.Value;
        var a1 = c.FindFactorSet("nmd-shadow-prices-a1")!;
        var a2 = c.FindFactorSet("nmd-shadow-prices-a2")!;
        Assert.Equal(11, a1.Factors.Length);
        Assert.Equal(19, a2.Factors.Length);
        Assert.Equal(0.05m, a1.Factors.Single(f => f.AppliesTo?.Text == "kg CO2-eq").Value);
        Assert.Equal(0.116m, a2.FindFactor("gwp-total")!.Value);
        Assert.Equal(["gwp-biogenic", "gwp-fossil", "gwp-luluc"], a2.Factors.Where(f => f.ComponentOf == "gwp-total").Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(a2.Factors.Where(f => !f.HasValue), f => Assert.Equal(Confidence.Unconfirmed, f.Source.Confidence));
    }

    [Fact]
    public void UnconfirmedValuesStayVisiblyUnconfirmed()
    {
        var result = CatalogueLoader.LoadDirectory(RepoPaths.Indicators, new LoadOptions { ReportUnconfirmed = true });
        var infos = result.Diagnostics.Where(d => d.Code == "TBGO3018").ToList();
        Assert.NotEmpty(infos);
        Assert.All(infos, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(infos, d => d.Message.Contains("'unconfirmed'", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedSchemaDefinitionsAreIdenticalInEverySchema()
    {
        // Schemas are self-contained (no cross-file $ref, which NJsonSchema would fetch); their copies of shared definitions must not drift.
        var copies = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.schema.json").Order(StringComparer.Ordinal))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("definitions", out var defs))
            {
                continue;
            }

            foreach (var name in new[] { "localizedText", "sourceReference", "date", "unitText" })
            {
                if (defs.TryGetProperty(name, out var def))
                {
                    var text = def.GetRawText();
                    if (copies.TryGetValue(name, out var first))
                    {
                        Assert.True(first == text, $"{Path.GetFileName(file)}: definition '{name}' differs from its first copy");
                    }
                    else
                    {
                        copies[name] = text;
                    }
                }
            }
        }

        Assert.Equal(4, copies.Count);
    }

    private static YNode Read(string relativePath)
    {
        var diagnostics = new List<Diagnostic>();
        var root = SafeYamlReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Indicators, relativePath)), relativePath, new YamlLimits(1 << 22, 32, 200_000), diagnostics);
        Assert.Empty(diagnostics);
        return root!;
    }

    private static string SchemaFile(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Catalogue => "catalogue.schema.json",
        DefinitionKind.Units => "units.schema.json",
        DefinitionKind.Sources => "sources.schema.json",
        DefinitionKind.Framework => "framework.schema.json",
        DefinitionKind.FactorSet => "factor-set.schema.json",
        _ => "indicator.schema.json",
    };

    private static YMapping Clone(YMapping m, int skip, int? rename)
    {
        var copy = new YMapping(m.IsFlow, m.Line, m.Column, m.Pointer);
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (i == skip)
            {
                continue;
            }

            var key = m.Entries[i].Key;
            if (i == rename)
            {
                key = new YScalar(key.Value + "x", key.IsQuoted, key.Line, key.Column, key.Pointer);
            }

            copy.Entries.Add(new KeyValuePair<YScalar, YNode>(key, m.Entries[i].Value));
        }

        return copy;
    }
}
