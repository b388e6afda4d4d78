using System.CommandLine;
using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Sheets;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo sheet export --out FILE.xlsx</c> and <c>tbgo sheet import FILE.xlsx --out DIR</c>: the catalogue as one
/// spreadsheet workbook for the working group, and back to YAML (Tbgo.Indicators.Sheets).
/// </summary>
internal static class SheetCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("sheet", "The catalogue as one .xlsx workbook (a sheet per kind of row) and back to YAML files.");
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Import(context));
        return command;
    }

    private static Command Export(Func<ParseResult, CliContext> context)
    {
        var outFile = new Option<string>("--out", "-o") { Description = "The .xlsx file to write (replaced when it exists).", Required = true };
        var command = new Command("export", "Write the catalogue (--catalogue DIR, else the embedded one) to one .xlsx workbook: a sheet per kind of row, drop-down lists for enums. The catalogue must lint without errors; the workbook is read back and checked value for value before it is written.");
        command.Options.Add(outFile);
        command.Options.Add(CliOptions.TextOrJson());
        var lang = CliOptions.Language();
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            return RunExport(ctx, r.GetValue(outFile)!);
        });
        return command;
    }

    private static Command Import(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("workbook") { Description = "The .xlsx workbook, as written by 'tbgo sheet export' and edited." };
        var outDir = new Option<string>("--out", "-o") { Description = "The catalogue folder to write the YAML files to: empty or new, or (with --overwrite) a catalogue folder whose YAML files are replaced.", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the catalogue's YAML files in --out (files the workbook no longer has are removed; other files, such as README.md, are kept)." };
        var command = new Command("import", "Read a catalogue workbook back into YAML files. Every problem is reported with its sheet and cell, with the same codes as lint; on any error nothing is written.");
        command.Arguments.Add(file);
        command.Options.Add(outDir);
        command.Options.Add(overwrite);
        command.Options.Add(CliOptions.TextOrJson());
        var lang = CliOptions.Language();
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            return RunImport(ctx, r.GetValue(file)!, r.GetValue(outDir)!, r.GetValue(overwrite));
        });
        return command;
    }

    private static int RunExport(CliContext ctx, string outFile)
    {
        var export = ctx.CataloguePath is null ? CatalogueWorkbook.ExportEmbedded() : CatalogueWorkbook.ExportDirectory(ctx.CataloguePath);

        if (export.Workbook is null)
        {
            Report(ctx, export.Diagnostics, written: null, files: export.Files);
            return ExitCodes.InputErrors;
        }

        var full = Path.GetFullPath(outFile);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllBytes(temp, export.Workbook);
        File.Move(temp, full, overwrite: true);
        if (ctx.Json)
        {
            Report(ctx, export.Diagnostics, outFile, export.Files);
        }
        else
        {
            foreach (var d in export.Diagnostics)
            {
                ctx.WriteDiagnostic(d);
            }

            var catalogue = ctx.CataloguePath is null ? Catalogue.Default : CatalogueLoader.LoadDirectory(ctx.CataloguePath).Catalogue;
            ctx.Out.WriteLine(ctx.T("sheet.exported", ctx.Count(export.Files, "file"), outFile, ctx.Count(catalogue?.Indicators.Length ?? 0, "indicator"), SheetLayout.Default.Tables.Length, catalogue?.Info.Id, catalogue?.Info.Version));
        }

        return ExitCodes.Ok;
    }

    private static int RunImport(CliContext ctx, string workbook, string outDir, bool overwrite)
    {
        var info = new FileInfo(workbook);
        if (!info.Exists)
        {
            return ctx.Fail(ctx.T("sheet.missingFile", workbook));
        }

        var name = info.Name;
        byte[] bytes;
        if (info.Length > WorkbookLimits.Default.MaxFileBytes)
        {
            Report(ctx, [DiagnosticDescriptors.SheetTooLarge.Create(new SourceLocation(name, 0, 0), $"the file has {info.Length} bytes, the limit is {WorkbookLimits.Default.MaxFileBytes}")], null, 0, outDir);
            return ExitCodes.InputErrors;
        }

        bytes = File.ReadAllBytes(workbook);
        var existing = Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any();
        if (existing && !File.Exists(Path.Combine(outDir, "catalogue.yaml")))
        {
            return ctx.Fail(ctx.T("sheet.outNotCatalogue", outDir));
        }

        if (existing && !overwrite)
        {
            return ctx.Fail(ctx.T("sheet.outNotEmpty", outDir));
        }

        List<CatalogueSource>? current = null;
        if (existing)
        {
            var readProblems = new List<Diagnostic>();
            current = CatalogueWorkbook.ReadDirectory(outDir, readProblems);
            if (current is null)
            {
                Report(ctx, readProblems, null, 0, outDir);
                return ExitCodes.InputErrors;
            }
        }

        var import = CatalogueWorkbook.Import(bytes, name, existing: current);
        if (import.HasErrors)
        {
            Report(ctx, import.Diagnostics, null, 0, outDir);
            return ExitCodes.InputErrors;
        }

        WriteAllOrNothing(outDir, import.Files);
        Report(ctx, import.Diagnostics, outDir, import.Files.Length, outDir, name, import.Files.Count(f => f.Unchanged));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes the files into a new folder beside <paramref name="outDir"/> (with the non-YAML files of an existing
    /// catalogue folder copied over), then swaps it in: a failure on the way leaves <paramref name="outDir"/> as it was.
    /// </summary>
    private static void WriteAllOrNothing(string outDir, IReadOnlyList<ImportedFile> files)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var staging = target + ".import-" + stamp;
        Directory.CreateDirectory(staging);
        try
        {
            if (Directory.Exists(target))
            {
                foreach (var path in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(target, path).Replace('\\', '/');
                    if (!CatalogueWorkbook.IsDefinitionPath(relative))
                    {
                        var copy = Path.Combine(staging, relative);
                        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                        File.Copy(path, copy);
                    }
                }
            }

            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text, new UTF8Encoding(false));
            }
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        if (Directory.Exists(target))
        {
            var old = target + ".old-" + stamp;
            Directory.Move(target, old);
            Directory.Move(staging, target);
            Directory.Delete(old, recursive: true);
        }
        else
        {
            Directory.Move(staging, target);
        }
    }

    private static void Report(CliContext ctx, IReadOnlyList<Diagnostic> diagnostics, string? written, int files, string? outDir = null, string? workbook = null, int unchanged = 0)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (ctx.Json)
        {
            ctx.WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("written", written is not null);
                if (written is not null)
                {
                    w.WriteString("to", written);
                }

                w.WriteNumber("files", files);
                w.WriteNumber("unchanged", unchanged);
                w.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    DiagnosticJson.Write(w, d);
                }

                w.WriteEndArray();
                w.WriteNumber("errors", errors);
                w.WriteNumber("warnings", warnings);
                w.WriteEndObject();
            });
            return;
        }

        foreach (var d in diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            ctx.WriteDiagnostic(d);
        }

        if (written is null)
        {
            ctx.Out.WriteLine(outDir is null
                ? ctx.T("sheet.exportFailed", ctx.Count(errors, "error"))
                : ctx.T("sheet.importFailed", ctx.Count(errors, "error"), ctx.Count(warnings, "warning"), outDir));
        }
        else if (workbook is not null)
        {
            ctx.Out.WriteLine(ctx.T(unchanged > 0 ? "sheet.imported" : "sheet.importedNew", ctx.Count(files, "file"), written, workbook, ctx.Count(errors, "error"), ctx.Count(warnings, "warning"), unchanged));
        }
    }
}
