using System.CommandLine;
using Tbgo.Indicators.Monitor;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo monitor ingest|status|report|export|demo</c>: the programme monitor's store of validated exports of many
/// projects and half-years (Tbgo.Indicators.Monitor, embedded DuckDB), its report and its Parquet export.
/// </summary>
internal static class MonitorCommand
{
    private const string DefaultStore = "tbgo-monitor.duckdb";

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("monitor", "The programme monitor: validated exports of many projects and half-years in one embedded DuckDB file.");
        command.Subcommands.Add(Ingest(context));
        command.Subcommands.Add(Status(context));
        command.Subcommands.Add(Report(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Demo(context));
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
                        w.WriteStartArray("phases");
                        p.Phases.ToList().ForEach(x => w.WriteStringValue(Model.Codes.ToCode(x)));
                        w.WriteEndArray();
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
            ctx.Out.Write(TextOutput.Table(["PROJECT", "PERIOD", "PHASES", "INDICATORS", "MISSING CORE"], status.Periods.Select(p => (IReadOnlyList<string>)[p.Project, p.Half, string.Join(",", p.Phases.Select(x => Model.Codes.ToCode(x))), p.Indicators.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), p.MissingCore.Length == 0 ? "-" : string.Join(", ", p.MissingCore)])));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Report(Func<ParseResult, CliContext> context)
    {
        var store = StoreOption();
        var period = new Option<string>("--period", "-p") { Description = "The half-year to report, YYYYH1 or YYYYH2 (such as 2026H1); earlier half-years are shown as the values over time.", Required = true };
        var project = new Option<string?>("--project") { Description = "Report one project only (its id, such as NL.ROTTERDAM.SCHIEHAVEN-NOORD)." };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write report.json and report.html to (created when missing).", Required = true };
        var command = new Command("report", "Per project, phase and scale the values over time against the limit in force and the roadmap, and the roll-ups to area level, as report.json and a self-contained report.html.");
        command.Options.Add(store);
        command.Options.Add(period);
        command.Options.Add(project);
        command.Options.Add(output);
        command.Options.Add(CliOptions.TextOrJson());
        command.SetAction(r =>
        {
            var ctx = context(r);
            var half = r.GetValue(period)!;
            if (!MonitorReportBuilder.IsHalfYear(half))
            {
                return ctx.Fail($"'{half}' is not a half-year", "write YYYYH1 or YYYYH2, such as --period 2026H1");
            }

            if (!TryOpen(ctx, r.GetValue(store)!, out var monitor))
            {
                return ExitCodes.InputErrors;
            }

            using var _ = monitor;
            var catalogue = ctx.LoadCatalogue()!;
            var report = monitor.Report(half, r.GetValue(project));
            var dir = r.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(dir);
                using (var file = File.Create(Path.Combine(dir, "report.json")))
                using (var w = new System.Text.Json.Utf8JsonWriter(file, new System.Text.Json.JsonWriterOptions { Indented = true }))
                {
                    MonitorReportJson.Write(w, report, catalogue);
                }

                File.WriteAllText(Path.Combine(dir, "report.html"), MonitorReportHtml.Write(report, catalogue));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ctx.Fail($"cannot write the report to '{dir}': {ex.Message}");
            }

            var fails = report.Series.Sum(s => s.Points.Count(p => p.Half == half && p.Verdict == Model.LimitVerdict.Fail));
            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("period", half);
                    w.WriteString("json", Path.Combine(dir, "report.json"));
                    w.WriteString("html", Path.Combine(dir, "report.html"));
                    w.WriteNumber("projects", report.Status.Length);
                    w.WriteNumber("series", report.Series.Length);
                    w.WriteNumber("rollups", report.Rollups.Length);
                    w.WriteNumber("failing", fails);
                    w.WriteEndObject();
                });
            }
            else
            {
                ctx.Out.WriteLine($"{half}: {TextOutput.Count(report.Status.Length, "project")} reported, {report.Series.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " series"}, {TextOutput.Count(report.Rollups.Count(x => x.Result is not null), "roll-up")} ({report.Rollups.Count(x => x.Result is null)} refused), {fails} values failing their limit");
                ctx.Out.WriteLine($"wrote {Path.Combine(dir, "report.json")} and {Path.Combine(dir, "report.html")}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(Func<ParseResult, CliContext> context)
    {
        var store = StoreOption();
        var parquet = new Option<string>("--parquet") { Description = "The folder to write records/ (Parquet, partitioned by half-year) and exports.parquet to.", Required = true };
        var command = new Command("export", "The store as Parquet, partitioned by half-year, for DuckDB, Spark or Trino (queries in docs/monitor.md).");
        command.Options.Add(store);
        command.Options.Add(parquet);
        command.SetAction(r =>
        {
            var ctx = context(r);
            if (!TryOpen(ctx, r.GetValue(store)!, out var monitor))
            {
                return ExitCodes.InputErrors;
            }

            using var _ = monitor;
            var dir = r.GetValue(parquet)!;
            try
            {
                var n = monitor.ExportParquet(dir);
                ctx.Out.WriteLine($"wrote {TextOutput.Count((int)Math.Min(n, int.MaxValue), "record")} to {Path.Combine(dir, "records")} (partitioned by half) and {Path.Combine(dir, "exports.parquet")}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
            {
                return ctx.Fail($"cannot write Parquet to '{dir}': {ex.Message}");
            }
        });
        return command;
    }

    private static Command Demo(Func<ParseResult, CliContext> context)
    {
        var output = new Argument<string>("folder") { Description = "The folder to write the demo exports to." };
        var projects = new Option<int>("--projects") { Description = "How many projects.", DefaultValueFactory = _ => 30 };
        var halves = new Option<int>("--halves") { Description = "How many half-years, from 2022H1.", DefaultValueFactory = _ => 10 };
        var command = new Command("demo", "Write a generated demo data set (invented numbers): one NDJSON export per project and half-year, some missing, a few deliberately invalid.");
        command.Arguments.Add(output);
        command.Options.Add(projects);
        command.Options.Add(halves);
        command.SetAction(r =>
        {
            var ctx = context(r);
            var catalogue = ctx.LoadCatalogue();
            if (catalogue is null)
            {
                return ExitCodes.InputErrors;
            }

            if (r.GetValue(projects) is < 1 or > 99 || r.GetValue(halves) is < 1 or > 100)
            {
                return ctx.Fail("--projects must lie between 1 and 99 and --halves between 1 and 100");
            }

            var dir = r.GetValue(output)!;
            try
            {
                var files = MonitorDemo.Write(dir, catalogue, r.GetValue(projects), r.GetValue(halves));
                ctx.Out.WriteLine($"wrote {TextOutput.Count(files.Length, "export")} ({TextOutput.Count(files.Sum(f => f.Records), "record")}) to {dir}; deliberately invalid: {string.Join(", ", files.Where(f => f.Problem is not null).Select(f => Path.GetFileName(f.Path) + " (" + f.Problem + ")"))}");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ctx.Fail($"cannot write to '{dir}': {ex.Message}");
            }
        });
        return command;
    }
}
