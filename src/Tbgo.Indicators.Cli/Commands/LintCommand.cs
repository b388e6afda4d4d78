using System.CommandLine;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo lint [PATH]</c>: checks a catalogue folder (or the embedded catalogue) and runs its worked examples.</summary>
internal static class LintCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var path = new Argument<string?>("path")
        {
            Description = "The catalogue folder (the one holding catalogue.yaml). Without it, the catalogue embedded in the tool is checked.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var unconfirmed = new Option<bool>("--show-unconfirmed")
        {
            Description = "Also list every limit value and factor whose source is not confirmed (info).",
        };
        var command = new Command("lint", "Check catalogue definitions: YAML safety, schemas, references, units, limit values and worked examples.");
        command.Options.Add(CliOptions.TextOrJson());
        command.Arguments.Add(path);
        command.Options.Add(unconfirmed);
        command.SetAction(r => Run(context(r), r.GetValue(path), r.GetValue(unconfirmed)));
        return command;
    }

    private static int Run(CliContext ctx, string? path, bool showUnconfirmed)
    {
        var options = new LoadOptions { RunExamples = true, ReportUnconfirmed = true };
        var result = path is null ? CatalogueLoader.LoadEmbedded(options) : CatalogueLoader.LoadDirectory(path, options);
        var shown = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || showUnconfirmed).ToList();
        if (ctx.Json)
        {
            ctx.WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("catalogue", path ?? "(embedded)");
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
                w.WriteEndObject();
            });
        }
        else
        {
            foreach (var d in shown)
            {
                ctx.WriteDiagnostic(d);
            }

            var s = result.Summary;
            var infoNote = s.Infos > 0 && !showUnconfirmed ? $"; {TextOutput.Count(s.Infos, "value")} not yet confirmed at the source (--show-unconfirmed lists them)" : string.Empty;
            ctx.Out.WriteLine($"{(s.HasErrors ? "FAILED" : "OK")}: {TextOutput.Count(result.FilesRead, "file")}, {TextOutput.Count(s.Errors, "error")}, {TextOutput.Count(s.Warnings, "warning")}{infoNote}.");
        }

        return result.Summary.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
