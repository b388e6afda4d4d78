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
    public void The_default_catalogue_exports_without_a_problem()
    {
        var workbook = DefaultWorkbook();
        Assert.Empty(DefaultExport.Value.Diagnostics);
        Assert.True(workbook.Length > 10_000);
    }

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

    private static List<string> Lint(CatalogueLoadResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Message}").Order(StringComparer.Ordinal)];
}
