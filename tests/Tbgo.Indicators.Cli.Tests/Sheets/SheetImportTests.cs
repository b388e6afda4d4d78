using System.IO.Compression;
using Tbgo.Indicators.Sheets;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Sheets;

public sealed class SheetImportTests
{
    private const string Mpg = "tbgo.env.materials.mpg";

    [Fact]
    public void A_workbook_with_errors_reports_each_at_its_sheet_and_cell_and_writes_nothing()
    {
        using var editor = new WorkbookEditor(SheetRoundTripTests.DefaultWorkbook());

        // A Dutch decimal comma in a number column.
        var limitRow = editor.RowWhere("limits", "indicator", Mpg);
        editor.SetText("limits", "value", limitRow, "0,8");
        var commaCell = editor.Ref("limits", "value", limitRow);

        // A unit the unit parser cannot read: a lint error (TBGO4001) in the generated YAML, reported at its cell.
        var indicatorRow = editor.RowWhere("indicators", "id", Mpg);
        editor.SetText("indicators", "unit", indicatorRow, "EUR/(m2.zz)");
        var unitCell = editor.Ref("indicators", "unit", indicatorRow);

        // A mapping row for an indicator no row defines.
        var mappingRow = editor.RowWhere("mappings", "indicator", Mpg);
        editor.SetText("mappings", "indicator", mappingRow, "tbgo.env.materials.mpgg");
        var orphanCell = editor.Ref("mappings", "indicator", mappingRow);

        // An enum value outside the schema's list: TBGO2xxx from the schema, at the cell.
        var relationRow = editor.RowWhere("mappings", "indicator", "tbgo.env.energy.beng-2");
        editor.SetText("mappings", "relation", relationRow, "similar");
        var relationCell = editor.Ref("mappings", "relation", relationRow);

        // A renamed column header.
        editor.RenameHeader("factors", "value", "waarde");

        var import = CatalogueWorkbook.Import(editor.Save(), "edited.xlsx");

        Assert.True(import.HasErrors);
        Assert.Empty(import.Files);
        Assert.Contains(import.Diagnostics, d => d.Code == "TBGO1108" && d.Location.Pointer == commaCell && d.Hint!.Contains("0,8", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.Code == "TBGO4001" && d.Location.Pointer!.StartsWith(unitCell + " ", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.Code == "TBGO1109" && d.Location.Pointer == orphanCell);
        Assert.Contains(import.Diagnostics, d => d.Code.StartsWith("TBGO20", StringComparison.Ordinal) && d.Location.Pointer!.StartsWith(relationCell + " ", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.Code == "TBGO1105" && d.Location.Pointer!.StartsWith("factors!", StringComparison.Ordinal) && d.Message.Contains("waarde", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d.Code == "TBGO1106" && d.Message.Contains("'value'", StringComparison.Ordinal));
        Assert.All(import.Diagnostics, d => Assert.Equal("edited.xlsx", d.Location.File));
    }

    [Fact]
    public void An_edit_in_a_cell_arrives_in_the_yaml()
    {
        using var editor = new WorkbookEditor(SheetRoundTripTests.DefaultWorkbook());
        var row = editor.RowWhere("indicators", "id", Mpg);
        editor.SetText("indicators", "name.en", row, "Environmental performance of buildings");
        var import = CatalogueWorkbook.Import(editor.Save(), "edited.xlsx");

        Assert.False(import.HasErrors, string.Join('\n', import.Diagnostics));
        var yaml = Assert.Single(import.Files, f => f.Path == "env/materials/tbgo.env.materials.mpg.yaml").Text;
        Assert.Contains("en: Environmental performance of buildings", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_workbook_is_refused_with_a_reason()
    {
        var import = CatalogueWorkbook.Import("id: x\n"u8.ToArray(), "notes.xlsx");
        var d = Assert.Single(import.Diagnostics);
        Assert.Equal("TBGO1101", d.Code);
        Assert.Contains("not an .xlsx", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_refused()
    {
        var workbook = SheetRoundTripTests.DefaultWorkbook();
        var import = CatalogueWorkbook.Import(workbook.AsMemory(0, workbook.Length / 2), "cut.xlsx");
        Assert.Equal("TBGO1101", Assert.Single(import.Diagnostics).Code);
        Assert.Empty(import.Files);
    }

    [Fact]
    public void A_zip_without_a_workbook_is_refused()
    {
        var import = CatalogueWorkbook.Import(Zip(("readme.txt", new byte[100])), "other.xlsx");
        var d = Assert.Single(import.Diagnostics);
        Assert.Equal("TBGO1101", d.Code);
        Assert.Contains("no xl/workbook.xml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 8 MB of zeros packs to a few kB: far over the ratio limit.
        var import = CatalogueWorkbook.Import(Zip(("xl/workbook.xml", new byte[8 * 1024 * 1024])), "bomb.xlsx");
        var d = Assert.Single(import.Diagnostics);
        Assert.Equal("TBGO1102", d.Code);
        Assert.Contains("times its packed size", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_over_the_character_limit_are_refused()
    {
        var limits = new WorkbookLimits { MaxCharactersInPart = 10_000 };
        var import = CatalogueWorkbook.Import(SheetRoundTripTests.DefaultWorkbook(), "big.xlsx", limits: limits);
        var d = Assert.Single(import.Diagnostics);
        Assert.True(d.Code == "TBGO1102", d.ToString());
    }

    [Fact]
    public void The_cli_round_trip_writes_a_catalogue_that_lints_and_diffs_as_no_change()
    {
        using var dir = new TempDir();
        var book = Path.Combine(dir.Path, "catalogue.xlsx");
        var outDir = Path.Combine(dir.Path, "catalogue");

        var export = Tbgo.Run("sheet", "export", "--out", book);
        Assert.True(export.ExitCode == 0, export.Out + export.Err);
        Assert.StartsWith("TBGO1117", export.Out.Split('\n').First(l => l.Contains("TBGO", StringComparison.Ordinal)).Split(' ').First(w => w.StartsWith("TBGO", StringComparison.Ordinal)), StringComparison.Ordinal);

        var import = Tbgo.Run("sheet", "import", book, "--out", outDir);
        Assert.True(import.ExitCode == 0, import.Out + import.Err);
        Assert.Contains("Wrote 68 files", import.Out, StringComparison.Ordinal);

        Assert.Equal(0, Tbgo.Run("lint", outDir).ExitCode);
        var diff = Tbgo.Run("diff", outDir);
        Assert.True(diff.ExitCode == 0, diff.Out);

        // A second import into the catalogue folder needs --overwrite, and keeps its other files.
        File.WriteAllText(Path.Combine(outDir, "README.md"), "kept");
        Assert.Equal(1, Tbgo.Run("sheet", "import", book, "--out", outDir).ExitCode);
        Assert.Equal(0, Tbgo.Run("sheet", "import", book, "--out", outDir, "--overwrite").ExitCode);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(outDir, "README.md")));
    }

    [Fact]
    public void The_cli_import_of_a_bad_workbook_leaves_the_folder_as_it_was()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "catalogue");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "catalogue.yaml"), "before");
        using var editor = new WorkbookEditor(SheetRoundTripTests.DefaultWorkbook());
        editor.SetText("limits", "value", editor.RowWhere("limits", "indicator", Mpg), "0,8");
        var book = Path.Combine(dir.Path, "bad.xlsx");
        File.WriteAllBytes(book, editor.Save());

        var r = Tbgo.Run("sheet", "import", book, "--out", outDir, "--overwrite");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("TBGO1108", r.Out, StringComparison.Ordinal);
        Assert.Contains("bad.xlsx limits!", r.Out, StringComparison.Ordinal);
        Assert.Equal(["catalogue.yaml"], Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Equal("before", File.ReadAllText(Path.Combine(outDir, "catalogue.yaml")));
        Assert.Single(Directory.EnumerateDirectories(dir.Path));
    }

    [Fact]
    public void An_import_over_the_catalogue_rewrites_only_the_edited_file()
    {
        using var copy = new CatalogueCopy();
        using var dir = new TempDir();
        var book = Path.Combine(dir.Path, "catalogue.xlsx");
        Assert.Equal(0, Tbgo.Run("sheet", "export", "--catalogue", copy.Root, "--out", book).ExitCode);
        using (var editor = new WorkbookEditor(File.ReadAllBytes(book)))
        {
            editor.SetText("indicators", "name.en", editor.RowWhere("indicators", "id", Mpg), "Environmental performance of buildings");
            File.WriteAllBytes(book, editor.Save());
        }

        var r = Tbgo.Run("sheet", "import", book, "--out", copy.Root, "--overwrite");

        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("67 unchanged kept their text", r.Out, StringComparison.Ordinal);
        var changed = Directory.EnumerateFiles(RepoPaths.Indicators, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Indicators, f).Replace('\\', '/'))
            .Where(f => File.ReadAllText(Path.Combine(RepoPaths.Indicators, f)) != File.ReadAllText(copy.Path(f)))
            .ToList();
        Assert.Equal(["env/materials/tbgo.env.materials.mpg.yaml"], changed);
        Assert.Contains("en: Environmental performance of buildings", File.ReadAllText(copy.Path(changed[0])), StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("tbgo-sheet-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
