using System.CommandLine;
using Tbgo.Indicators.Passports;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo import lcax FILE [--out PASSPORT.json]</c>: reads an LCAx project into a passport and reports every field
/// that did not map. Without <c>--out</c> the passport goes to standard output and the loss report to standard error.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var import = new Command("import", "Import a building description from an open exchange format into a passport (schemas/passport.schema.json).");
        var file = new Argument<string>("file") { Description = "The LCAx project JSON." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the passport to this file and print the loss report; without it the passport goes to standard output." };
        var lcax = new Command("lcax", "Read an LCAx project (formatVersion 2 or later): assemblies become elements, products materials with GWP per module; every field that does not map is listed.");
        lcax.Options.Add(CliOptions.TextOrJson());
        lcax.Options.Add(output);
        lcax.Arguments.Add(file);
        lcax.SetAction(r =>
        {
            var ctx = context(r);
            var path = r.GetValue(file)!;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ctx.Fail($"cannot read '{path}': {ex.Message}");
            }

            var result = LcaxImport.Import(bytes, path);
            foreach (var d in result.Diagnostics)
            {
                ctx.WriteDiagnostic(d);
            }

            if (result.Passport is null)
            {
                ctx.Err.WriteLine("tbgo: the LCAx file cannot be imported; no passport was written.");
                return ExitCodes.InputErrors;
            }

            var target = r.GetValue(output);
            if (target is null)
            {
                ctx.Out.WriteLine(result.Passport);
                Losses(ctx.Err, path, result);
                return ExitCodes.Ok;
            }

            try
            {
                File.WriteAllText(target, result.Passport + "\n");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ctx.Fail($"cannot write '{target}': {ex.Message}");
            }

            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("passport", target);
                    w.WriteStartArray("losses");
                    foreach (var loss in result.Losses)
                    {
                        w.WriteStartObject();
                        w.WriteString("pointer", loss.Pointer);
                        w.WriteString("reason", loss.Reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                ctx.Out.WriteLine($"Wrote the passport to {target}.");
                Losses(ctx.Out, path, result);
            }

            return ExitCodes.Ok;
        });
        import.Subcommands.Add(lcax);
        return import;
    }

    private static void Losses(TextWriter to, string path, LcaxImportResult result)
    {
        to.WriteLine(result.Losses.IsEmpty ? "Loss report: every field was imported." : $"Loss report: {TextOutput.Count(result.Losses.Length, "field")} not imported as given:");
        foreach (var loss in result.Losses)
        {
            to.WriteLine($"  {path}: {Reporting.TerminalText.Escape(loss.Pointer)}: {Reporting.TerminalText.Escape(loss.Reason)}");
        }
    }
}
