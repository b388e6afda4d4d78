using System.CommandLine;
using Tbgo.Indicators.Monitor;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo monitor ingest EXPORT... --store FILE</c> and <c>tbgo monitor status --store FILE</c>: the programme
/// monitor's store of validated exports of many projects and half-years (Tbgo.Indicators.Monitor, embedded DuckDB).
/// </summary>
internal static class MonitorCommand
{
    private const string DefaultStore = "tbgo-monitor.duckdb";

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("monitor", "The programme monitor: validated exports of many projects and half-years in one embedded DuckDB file.");
        command.Subcommands.Add(Ingest(context));
        command.Subcommands.Add(Status(context));
        return command;
    }

    /// <summary>Loads the catalogue and opens the store; on failure the problem has been printed.</summary>
    private static bool TryOpen(CliContext ctx, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MonitorStore? monitor)
    {
        monitor = null;
        var catalogue = ctx.LoadCatalogue();
        if (catalogue is null)
        {
            return false;
        }

        try
        {
            monitor = MonitorStore.Open(path, catalogue);
            return true;
        }
        catch (MonitorUnavailableException ex)
        {
            monitor = null;
            ctx.Fail(ex.Message);
            return false;
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            monitor = null;
            ctx.Fail($"cannot open the store '{path}': {ex.Message}");
            return false;
        }
    }

    private static Option<string> StoreOption() => new("--store", "-s") { Description = $"The store file (created when missing); default {DefaultStore} in the current folder.", DefaultValueFactory = _ => DefaultStore };

    private static Command Ingest(Func<ParseResult, CliContext> context)
    {
        var exports = new Argument<string[]>("exports") { Description = "Export files (JSON, NDJSON or CSV by extension).", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption();
        var command = new Command("ingest", "Validate each export and store its records (normalised to canonical units) only when it has no error; the same export twice is stored once.");
        command.Arguments.Add(exports);
        command.Options.Add(store);
        command.Options.Add(CliOptions.TextOrJson());
        command.SetAction(async (r, cancel) =>
        {
            var ctx = context(r);
            if (!TryOpen(ctx, r.GetValue(store)!, out var monitor))
            {
                return ExitCodes.InputErrors;
            }

            using var _ = monitor;
            var results = new List<IngestResult>();
            foreach (var file in r.GetValue(exports)!)
            {
                try
                {
                    results.Add(await monitor.IngestAsync(file, cancel).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return ctx.Fail($"cannot read '{file}': {ex.Message}");
                }
            }

            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartArray();
                    foreach (var x in results)
                    {
                        w.WriteStartObject();
                        w.WriteString("file", x.File);
                        w.WriteString("sha256", x.Sha256);
                        w.WriteString("outcome", x.Outcome switch { IngestOutcome.Ingested => "ingested", IngestOutcome.Invalid => "invalid", _ => "already-ingested" });
                        w.WriteNumber("records", x.Records);
                        w.WriteNumber("errors", x.ErrorCount);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            }
            else
            {
                foreach (var x in results)
                {
                    ctx.Out.WriteLine(x.Outcome switch
                    {
                        IngestOutcome.Ingested => $"{x.File}: stored {TextOutput.Count((int)x.Records, "record")}",
                        IngestOutcome.Invalid => $"{x.File}: invalid ({TextOutput.Count((int)x.ErrorCount, "error")}), nothing stored",
                        _ => $"{x.File}: already in the store (sha256 {x.Sha256[..12]}), nothing stored again",
                    });
                    foreach (var d in x.Errors.Take(10))
                    {
                        ctx.WriteDiagnostic(d);
                    }
                }
            }

            return results.Exists(x => x.Outcome == IngestOutcome.Invalid) ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(Func<ParseResult, CliContext> context)
    {
        var store = StoreOption();
        var command = new Command("status", "Which projects reported which indicators for which half-year, and which core indicators are missing.");
        command.Options.Add(store);
        command.Options.Add(CliOptions.TextOrJson());
        command.SetAction(r =>
        {
            var ctx = context(r);
            if (!TryOpen(ctx, r.GetValue(store)!, out var monitor))
            {
                return ExitCodes.InputErrors;
            }

            using var _ = monitor;
            var status = monitor.Status();
            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("exports", status.Exports);
                    w.WriteNumber("records", status.Records);
                    w.WriteStartArray("periods");
                    foreach (var p in status.Periods)
                    {
                        w.WriteStartObject();
                        w.WriteString("project", p.Project);
                        w.WriteString("period", p.Half);
                        w.WriteStartArray("indicators");
                        p.Indicators.ToList().ForEach(w.WriteStringValue);
                        w.WriteEndArray();
                        w.WriteStartArray("missingCore");
                        p.MissingCore.ToList().ForEach(w.WriteStringValue);
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            ctx.Out.WriteLine($"{TextOutput.Count((int)status.Exports, "export")}, {TextOutput.Count((int)status.Records, "record")}");
            ctx.Out.Write(TextOutput.Table(["PROJECT", "PERIOD", "INDICATORS", "MISSING CORE"], status.Periods.Select(p => (IReadOnlyList<string>)[p.Project, p.Half, p.Indicators.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), p.MissingCore.Length == 0 ? "-" : string.Join(", ", p.MissingCore)])));
            return ExitCodes.Ok;
        });
        return command;
    }
}
