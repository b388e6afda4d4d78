using Tbgo.Indicators.Diff;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Sheets;

namespace Tbgo.Indicators.Cli.Tests.Sheets;

public sealed class SheetRoundTripTests
{
    private static readonly Lazy<WorkbookExport> DefaultExport = new(() => CatalogueWorkbook.ExportEmbedded());

    internal static byte[] DefaultWorkbook()
    {
        var export = DefaultExport.Value;
        Assert.True(export.Workbook is not null, "export failed:\n" + string.Join('\n', export.Diagnostics.Take(30)));
        return export.Workbook!;
    }

    [Fact]
    public void The_default_catalogue_exports_with_only_the_comment_warnings()
    {
        var workbook = DefaultWorkbook();
        Assert.True(workbook.Length > 10_000);

        // Comments inside a file do not travel; the export says so per file (and nothing else).
        Assert.All(DefaultExport.Value.Diagnostics, d => Assert.Equal("TBGO1117", d.Code));
        Assert.Contains(DefaultExport.Value.Diagnostics, d => d.Location.File!.EndsWith("catalogue.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_a_cell_cannot_carry_stops_the_export_at_its_place_in_the_yaml()
    {
        var sources = Sources().Select(s => s.Path == "frameworks/bbl.yaml"
            ? CatalogueSource.FromText(s.Path, System.Text.Encoding.UTF8.GetString(s.Content.Span).Replace("publisher: Rijksoverheid", "publisher: \"\"", StringComparison.Ordinal))
            : s).ToList();
        var export = CatalogueWorkbook.Export(sources);

        Assert.Null(export.Workbook);
        var problem = Assert.Single(export.Diagnostics, d => d.IsError);
        Assert.Equal("TBGO1115", problem.Code);
        Assert.Equal("frameworks/bbl.yaml", problem.Location.File);
        Assert.Equal(4, problem.Location.Line);
        Assert.Equal("/publisher", problem.Location.Pointer);
    }

    [Fact]
    public void A_catalogue_that_does_not_lint_is_not_exported()
    {
        var sources = Sources().Select(s => s.Path == "frameworks/bbl.yaml"
            ? CatalogueSource.FromText(s.Path, System.Text.Encoding.UTF8.GetString(s.Content.Span).Replace("publisher: Rijksoverheid", "publisher: [", StringComparison.Ordinal))
            : s).ToList();
        var export = CatalogueWorkbook.Export(sources);
        Assert.Null(export.Workbook);
        Assert.Contains(export.Diagnostics, d => d.Code == "TBGO1001" && d.Location.File == "frameworks/bbl.yaml");
    }

    [Fact]
    public void Numbers_keep_their_digits_through_the_cell_format()
    {
        Assert.Equal((CellKind.Number, "1.80", 2), Cell(TableWriter.NumberCell("1.80")));
        Assert.Equal((CellKind.Number, "75", 0), Cell(TableWriter.NumberCell("75")));
        Assert.Equal((CellKind.Text, "1e-3", null), Cell(TableWriter.NumberCell("1e-3")));
        Assert.Equal((CellKind.Text, "+5", null), Cell(TableWriter.NumberCell("+5")));
        Assert.Equal((int?)2, XlsxReader.FormatOfCode("0.00").Decimals);
        Assert.Equal((int?)1, XlsxReader.FormatOfCode("#,##0.0;[Red]-#,##0.0").Decimals);
        Assert.True(XlsxReader.FormatOfCode("dd-mm-yyyy").IsDate);
        Assert.Null(XlsxReader.FormatOfCode("General").Decimals);
        Assert.Null(XlsxReader.FormatOfCode("0.0%").Decimals);
    }

    [Fact]
    public void Character_escapes_of_open_xml_are_kept_apart_from_text()
    {
        const string Text = "a _x000D_ literal and a\u0001control";
        Assert.Equal(Text, XlsxReader.Unescape(XlsxWriter.Escape(Text)));
        Assert.Equal("line\r\nbreak", XlsxReader.Unescape("line_x000D_\nbreak"));
    }

    private static (CellKind, string, int?) Cell(SheetCell c) => (c.Kind, c.Text, c.Decimals);

    private static List<CatalogueSource> Sources() =>
        [.. Directory.EnumerateFiles(TestSupport.RepoPaths.Indicators, "*.yaml", SearchOption.AllDirectories)
            .Select(f => CatalogueSource.FromText(Path.GetRelativePath(TestSupport.RepoPaths.Indicators, f).Replace('\\', '/'), File.ReadAllText(f)))];

    [Fact]
    public void Export_then_import_of_the_default_catalogue_is_lossless()
    {
        var import = CatalogueWorkbook.Import(DefaultWorkbook(), "catalogue.xlsx");
        Assert.False(import.HasErrors, string.Join('\n', import.Diagnostics.Take(30)));

        var original = CatalogueLoader.LoadEmbedded();
        var sources = import.Files.Select(f => CatalogueSource.FromText(f.Path, f.Text)).ToList();
        var reloaded = CatalogueLoader.Load(sources);

        // The same files, lint giving the same diagnostics (code, severity and message; lines differ with the layout).
        Assert.Equal(original.FilesRead, import.Files.Length);
        Assert.Equal(Lint(original), Lint(reloaded));

        // And the catalogue diff says "no change".
        var diff = CatalogueDiff.Compare(original.GetCatalogueOrThrow(), reloaded.GetCatalogueOrThrow());
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void The_share_of_objects_rules_are_columns_of_the_indicators_sheet_and_survive_the_round_trip()
    {
        var headers = SheetLayout.Default.MainTables.Single(t => t.Name == "indicators").Headers;
        Assert.Equal(["shareOfObjects.test.comparator", "shareOfObjects.test.value", "shareOfObjects.test.unit", "shareOfObjects.weight", "shareOfObjects.source.ref",
            "shareOfObjects.source.locator", "shareOfObjects.source.confidence", "shareOfObjects.source.note", "shareOfObjects.note"],
            headers.Where(h => h.StartsWith("shareOfObjects.", StringComparison.Ordinal)));

        var import = CatalogueWorkbook.Import(DefaultWorkbook(), "catalogue.xlsx");
        var reloaded = CatalogueLoader.Load(import.Files.Select(f => CatalogueSource.FromText(f.Path, f.Text))).GetCatalogueOrThrow();
        var rules = Catalogue.Default.Indicators.Where(i => i.ShareOfObjects is not null).ToList();
        Assert.Equal(["tbgo.env.materials.biobased-share", "tbgo.gov.transparency.material-passport-share"], rules.Select(i => i.Id).Order(StringComparer.Ordinal));
        foreach (var indicator in rules)
        {
            var rule = indicator.ShareOfObjects!;
            var back = reloaded.GetIndicator(indicator.Id).ShareOfObjects!;
            Assert.Equal((rule.Test, rule.Weight, rule.Source, rule.Note), (back.Test, back.Weight, back.Source, back.Note));
        }
    }

    private static List<string> Lint(CatalogueLoadResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Message}").Order(StringComparer.Ordinal)];
}
