using System.CommandLine;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo lint [PATH]</c>: checks a catalogue folder, one definition file, or the embedded catalogue, and runs the worked examples.</summary>
internal static class LintCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A catalogue folder (the one holding catalogue.yaml), or one YAML definition file, whose references are then checked against the --catalogue folder or the embedded catalogue. Without it, the catalogue embedded in the tool is checked.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var unconfirmed = new Option<bool>("--show-unconfirmed")
        {
            Description = "Also list every value whose source is not confirmed (info), with a count per kind.",
        };
        var command = new Command("lint", "Check catalogue definitions: YAML safety, schemas, references, units, limit values and worked examples.");
        command.Options.Add(CliOptions.TextOrJson());
        command.Arguments.Add(path);
        command.Options.Add(unconfirmed);
        var lang = CliOptions.Language();
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            return Run(ctx, r.GetValue(path), r.GetValue(unconfirmed));
        });
        return command;
    }

    private static int Run(CliContext ctx, string? path, bool showUnconfirmed)
    {
        var options = new LoadOptions { RunExamples = true, ReportUnconfirmed = true };
        var isFile = path is not null && File.Exists(path);
        var against = ctx.CataloguePath is null ? ctx.T("lint.againstEmbedded") : ctx.T("lint.againstFolder", ctx.CataloguePath);
        var result = path is null ? CatalogueLoader.LoadEmbedded(options)
            : isFile ? CatalogueLoader.LoadFile(path, ctx.CataloguePath, options)
            : CatalogueLoader.LoadDirectory(path, options);
        var shown = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || showUnconfirmed).ToList();
        var byKind = result.Unconfirmed.GroupBy(u => u.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (ctx.Json)
        {
            ctx.WriteJson(w =>
            {
                w.WriteStartObject();
                if (isFile)
                {
                    w.WriteString("file", path);
                    w.WriteString("referencesCheckedAgainst", ctx.CataloguePath ?? "(embedded)");
                }
                else
                {
                    w.WriteString("catalogue", path ?? "(embedded)");
                }

                w.WriteNumber("files", result.FilesRead);
                w.WriteBoolean("valid", !result.Summary.HasErrors);
                w.WriteStartArray("diagnostics");
                foreach (var d in shown)
                {
                    DiagnosticJson.Write(w, d);
                }

                w.WriteEndArray();
                w.WritePropertyName("summary");
                DiagnosticJson.Write(w, result.Summary);
                w.WriteStartObject("unconfirmed");
                w.WriteNumber("total", result.Unconfirmed.Length);
                w.WriteStartObject("byKind");
                foreach (var g in byKind)
                {
                    w.WriteNumber(g.Key, g.Count());
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
        else
        {
            if (isFile)
            {
                ctx.Out.WriteLine(ctx.T("lint.checkingFile", path, against));
            }

            foreach (var d in shown)
            {
                ctx.WriteDiagnostic(d);
            }

            var n = result.Unconfirmed.Length;
            if (showUnconfirmed && n > 0)
            {
                ctx.Out.WriteLine(ctx.T("lint.unconfirmedList", ctx.Count(n, "value"), string.Join(", ", byKind.Select(g => $"{g.Key} {g.Count()}"))));
            }

            var s = result.Summary;
            var infoNote = n > 0 && !showUnconfirmed ? ctx.T("lint.unconfirmedNote", ctx.Count(n, "value")) : string.Empty;
            ctx.Out.WriteLine(ctx.T("lint.summary", ctx.T(s.HasErrors ? "status.failed" : "status.ok"), ctx.Count(result.FilesRead, "file"), ctx.Count(s.Errors, "error"), ctx.Count(s.Warnings, "warning"), infoNote));
        }

        return result.Summary.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
