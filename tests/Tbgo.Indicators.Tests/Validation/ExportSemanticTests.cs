using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Export;
using Tbgo.Indicators.Validation.Schema;
using static Tbgo.Indicators.Tests.Validation.ExportTestSupport;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>Checks against the catalogue: indicator, applicability, unit, range, period, duplicates, version.</summary>
public sealed class ExportSemanticTests
{
    [Fact]
    public void ValidRecordsGiveNoDiagnostics()
    {
        var (diagnostics, summary) = Validate(JsonExport(Record(), Record(value: "0.0625", unit: "\"MWh/(m2.a)\"", obj: "b"), Record(obj: "c", period: "2026-01-01/2026-12-31")), ExportFormat.Json);
        Assert.Empty(diagnostics);
        Assert.Equal((3L, 3L, 0L), (summary.RecordsRead, summary.ValidRecords, summary.InvalidRecords));
        Assert.True(summary.IsValid);
        Assert.Equal("tbgo 2026.1", summary.Catalogue);
    }

    [Fact]
    public void UnknownIndicatorSuggestsTheNearestId()
    {
        var (diagnostics, _) = Validate(Record(indicator: "tbgo.env.climate.life-cycle-gpw"), ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5012");
        Assert.Equal("Did you mean 'tbgo.env.climate.life-cycle-gwp'?", d.Hint);
        Assert.Contains("'tbgo.env.climate.life-cycle-gpw'", d.Message, StringComparison.Ordinal);
        Assert.Equal("/indicator", d.Location.Pointer);
    }

    [Fact]
    public void DeprecatedIndicatorIsAWarningNamingTheReplacement()
    {
        var def = Catalogue.Default;
        var catalogue = new Catalogue(def.Info, def.Indicators.Select(i => i.Id == Beng1 ? i with { Status = IndicatorStatus.Deprecated, ReplacedBy = "tbgo.env.energy.beng-2" } : i), def.Frameworks, def.FactorSets, def.Sources, def.Pillars, def.Themes, def.BuildingTypes, def.Units);
        var (diagnostics, summary) = Validate(Record(), ExportFormat.Ndjson, catalogue: catalogue);
        var d = Single(diagnostics, "TBGO5013");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("replaced by 'tbgo.env.energy.beng-2'", d.Message, StringComparison.Ordinal);
        Assert.True(summary.IsValid);
        Assert.Equal(1, summary.ValidRecords);
    }

    [Fact]
    public void PhaseAndScaleMustBeOnesTheIndicatorAppliesTo()
    {
        var (diagnostics, _) = Validate(Record(scale: "infrastructuur", phase: "beheer"), ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5014");
        Assert.Contains("phase 'beheer' at scale 'infrastructuur'", d.Message, StringComparison.Ordinal);
        Assert.Contains("plan/gebouw", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_up_to_64_code_points_is_checked_even_when_it_is_longer_in_UTF16()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 40)); // 40 code points, 80 UTF-16 units
        var (bad, _) = Validate(Record(unit: "\"" + emoji + "\""), ExportFormat.Ndjson);
        Assert.Single(bad, d => d.Code == "TBGO5016");
        Assert.DoesNotContain(bad, d => d.Code == "TBGO5009");
    }

    [Fact]
    public void UnitMustParseAndConvert()
    {
        var (bad, _) = Validate(Record(unit: "\"kWh/m2/xyz\""), ExportFormat.Ndjson);
        Assert.Contains("'kWh/m2/xyz'", Single(bad, "TBGO5016").Message, StringComparison.Ordinal);
        var (incompatible, _) = Validate(Record(unit: "\"kg\""), ExportFormat.Ndjson);
        var d = Single(incompatible, "TBGO5017");
        Assert.Contains("'kg'", d.Message, StringComparison.Ordinal);
        Assert.Contains("kWh/(m2.a)", d.Message, StringComparison.Ordinal);
        var (missing, _) = Validate(Record(unit: "null").Replace(", \"unit\": null", string.Empty, StringComparison.Ordinal), ExportFormat.Ndjson);
        Assert.Contains("'unit'", Single(missing, "TBGO5005").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeIsCheckedInTheCanonicalUnit()
    {
        var (ok, _) = Validate(Record(value: "0.4", unit: "\"MWh/(m2.a)\""), ExportFormat.Ndjson);
        Assert.Empty(ok);
        var (bad, _) = Validate(Record(value: "0.6", unit: "\"MWh/(m2.a)\""), ExportFormat.Ndjson);
        var d = Single(bad, "TBGO5018");
        Assert.Contains("0.6 MWh/(m2.a) (= 600 kWh/(m2.a))", d.Message, StringComparison.Ordinal);
        Assert.Contains("0..500", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoricalValuesMustBeCodes()
    {
        const string id = "tbgo.gov.participation.participation-level";
        var (ok, _) = Validate(Record(indicator: id, scale: "gebied", value: "\"coproduceren\"", unit: "\"1\""), ExportFormat.Ndjson);
        Assert.Empty(ok);
        var (bad, _) = Validate(Record(indicator: id, scale: "gebied", value: "\"co-produceren\"", unit: "\"1\""), ExportFormat.Ndjson);
        Assert.Equal("Did you mean 'coproduceren'?", Single(bad, "TBGO5015").Hint);
    }

    [Theory]
    [InlineData("2026-02-29", "2026-02 has 28 days")]
    [InlineData("2024-13", "months run from 01 to 12")]
    [InlineData("2026-06/2026-01", "ends (2026-01) before it starts (2026-06)")]
    [InlineData("0000", "year 0000")]
    public void PeriodMustBeARealDate(string period, string reason)
    {
        var (diagnostics, _) = Validate(Record(period: period), ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5019");
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
        Assert.Contains("'" + period + "'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2026")]
    [InlineData("2026-04")]
    [InlineData("2025-07/2026-06")]
    [InlineData("2026/2026")]
    public void ValidPeriods(string period) => Assert.Null(PeriodParser.Check(period));

    [Fact]
    public void DuplicateKeyWithADifferentValueIsAConflict()
    {
        var lines = string.Join("\n", Record(), Record(), Record(value: "0.0624", unit: "\"MWh/(m2.a)\""), Record(value: "70"), Record(value: "70", obj: "other"));
        var (diagnostics, _) = Validate(lines, ExportFormat.Ndjson);
        var d = Single(diagnostics, "TBGO5020");
        Assert.Equal(4, d.Location.Record);
        Assert.Contains("as record 1", d.Message, StringComparison.Ordinal);
        Assert.Contains("70 kWh/(m2.a)", d.Message, StringComparison.Ordinal);

        var (off, _) = Validate(lines, ExportFormat.Ndjson, new ExportValidationOptions { DetectDuplicates = false });
        Assert.Empty(off);
    }

    [Fact]
    public void CatalogueVersionMustMatch()
    {
        var text = JsonExport(Record()).Replace("2026.1", "2025.2", StringComparison.Ordinal);
        var (diagnostics, _) = Validate(text, ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5021");
        Assert.Equal((2, 42, "/catalogue/version"), (d.Location.Line, d.Location.Column, d.Location.Pointer));
        Assert.Contains("tbgo 2025.2", d.Message, StringComparison.Ordinal);

        var (ndjson, _) = Validate(Record(), ExportFormat.Ndjson, new ExportValidationOptions { CatalogueVersion = "2027.1" });
        Assert.Contains("tbgo 2027.1", Single(ndjson, "TBGO5021").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerProblemsAreReported()
    {
        var (noCatalogue, _) = Validate("{\"records\": [" + Record() + "], \"extra\": 1}", ExportFormat.Json);
        Assert.Equal(2, noCatalogue.Count(d => d.Code == "TBGO5022"));
        var (array, summary) = Validate("[" + Record() + "]", ExportFormat.Json);
        Assert.Equal("/", Single(array, "TBGO5022").Location.Pointer);
        Assert.Equal(1, summary.ValidRecords);
        var (empty, _) = Validate("{\"catalogue\": {\"id\": \"tbgo\", \"version\": \"2026.1\"}, \"records\": []}", ExportFormat.Json);
        Assert.Equal(DiagnosticSeverity.Warning, Single(empty, "TBGO5026").Severity);
    }

    [Fact]
    public void StructuralProblemsQuoteTheValueAndName()
    {
        var record = Record(project: "rotterdam", scale: "gebouwen").Replace("\"period\"", "\"periode\"", StringComparison.Ordinal);
        var (diagnostics, _) = Validate(record, ExportFormat.Ndjson);
        Assert.Contains("'rotterdam'", Single(diagnostics, "TBGO5008").Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'gebouw'?", Single(diagnostics, "TBGO5007").Hint);
        var unknown = Single(diagnostics, "TBGO5004");
        Assert.Equal(("/periode", "Did you mean 'period'?"), (unknown.Location.Pointer, unknown.Hint));
        Assert.Contains("'period'", Single(diagnostics, "TBGO5005").Message, StringComparison.Ordinal);
        var (swapped, _) = Validate(Record().Replace("\"unit\"", "\"unti\"", StringComparison.Ordinal), ExportFormat.Ndjson);
        Assert.Equal("Did you mean 'unit'?", Single(swapped, "TBGO5004").Hint);
        var (twice, _) = Validate(Record().Replace("}", ", \"value\": 1}", StringComparison.Ordinal), ExportFormat.Ndjson);
        Single(twice, "TBGO5029");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void BufferBoundariesDoNotChangeTheResult(int chunk)
    {
        var records = Enumerable.Range(0, 600).Select(i => Record(value: i % 50 == 0 ? "NaN" : (i % 500).ToString(System.Globalization.CultureInfo.InvariantCulture), obj: "blok-" + i + (i % 97 == 0 ? "-\u00e9\u00e9n" : string.Empty))).ToArray();
        var json = Encoding.UTF8.GetBytes(JsonExport(records));
        var expected = Validate(json, ExportFormat.Json).Diagnostics.Select(d => d.ToString()).ToList();
        var actual = Validate(json, ExportFormat.Json, chunk: chunk).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(12, expected.Count);
        var ndjson = Encoding.UTF8.GetBytes(string.Join("\n", records));
        Assert.Equal(Validate(ndjson, ExportFormat.Ndjson).Diagnostics.Select(d => d.ToString()), Validate(ndjson, ExportFormat.Ndjson, chunk: chunk).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task NormaliseWritesValidRecordsInTheCanonicalUnit()
    {
        var output = new MemoryStream();
        var lines = string.Join("\n", Record(value: "0.0625", unit: "\"MWh/(m2.a)\""), Record(value: "600", obj: "bad"), Record(value: "55", obj: "c"), Record(value: "61", unit: "\"kWh/m2/a\"", obj: "d"));
        var summary = await new ExportValidator(Catalogue.Default).SummarizeAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), new ExportValidationOptions { Format = ExportFormat.Ndjson, NormaliseTo = output });
        Assert.Equal(3, summary.NormalisedRecords);
        var written = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, written.Length);
        using var first = JsonDocument.Parse(written[0]);
        Assert.Equal(62.5, first.RootElement.GetProperty("value").GetDouble());
        Assert.Equal("kWh/(m2.a)", first.RootElement.GetProperty("unit").GetString());
        Assert.Equal(0.0625, first.RootElement.GetProperty("originalValue").GetDouble());
        Assert.Equal("MWh/(m2.a)", first.RootElement.GetProperty("originalUnit").GetString());
        using var second = JsonDocument.Parse(written[1]);
        Assert.False(second.RootElement.TryGetProperty("originalValue", out _));
        using var third = JsonDocument.Parse(written[2]);
        Assert.Equal("kWh/m2/a", third.RootElement.GetProperty("originalUnit").GetString());
        Assert.Equal("kWh/(m2.a)", third.RootElement.GetProperty("unit").GetString());

        var schema = SchemaCompiler.Compile(EmbeddedData.ReadSchema("measurement-normalised-record.schema.json"));
        foreach (var line in written)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.True(SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty)) is { Count: 0 } errors, line + " " + string.Join("; ", SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty)).Select(e => e.ToDiagnostic(null).ToString())));
        }

        // The normalised output is an export whose only additions are the two documented fields.
        var (again, _) = Validate(output.ToArray(), ExportFormat.Ndjson);
        Assert.All(again, d => Assert.True(d.Code == "TBGO5004" && d.Location.Pointer is "/originalValue" or "/originalUnit", d.ToString()));
    }

    [Fact]
    public void SummaryCountsByCodeAndIndicator()
    {
        var lines = string.Join("\n", Record(value: "600"), Record(indicator: "tbgo.x.y.z"), "[1]");
        var (_, s) = Validate(lines, ExportFormat.Ndjson);
        Assert.Equal(1, s.ByIndicator[Beng1]);
        Assert.Equal(1, s.ByIndicator["tbgo.x.y.z"]);
        Assert.Equal(1, s.ByIndicator["(none)"]);
        Assert.Equal(["TBGO5003", "TBGO5012", "TBGO5018"], s.ByCode.Keys);
    }
}
