using System.CommandLine;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Charts;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Passports;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary>
/// <c>tbgo calc NAME --input FILE|-</c>: runs a calculator on a JSON input and prints the result as JSON
/// (<c>--format text</c> for a readable table). Invalid input prints located diagnostics and exits 1.
/// </summary>
internal static class CalcCommand
{
    /// <summary>The readable form of each calculator's result (presentation only; the numbers come from the library).</summary>
    private static readonly Dictionary<string, Action<TextWriter, ICalculationResult>> Text = new(StringComparer.Ordinal)
    {
        [WlcCalculator.Name] = (w, r) => CalcText.Wlc(w, (WlcResult)r),
        [MpgCalculator.Name] = (w, r) => CalcText.Mpg(w, (MpgResult)r),
        [BiogenicCalculator.Name] = (w, r) => CalcText.Biogenic(w, (BiogenicResult)r),
        [CircularityCalculator.Name] = (w, r) => CalcText.Circularity(w, (CircularityResult)r),
        [DetachabilityCalculator.Name] = (w, r) => CalcText.Detachability(w, (DetachabilityResult)r),
        [TaxonomyCalculator.Name] = (w, r) => CalcText.Taxonomy(w, (TaxonomyResult)r),
        [EpbdCalculator.Name] = (w, r) => CalcText.Epbd(w, (EpbdResult)r),
        [LimitsCalculator.Name] = (w, r) => CalcText.Limits(w, (LimitsResult)r),
        [PercentileCalculator.Name] = (w, r) => CalcText.Percentile(w, (PercentileResult)r),
        [RollupCalculator.Name] = (w, r) => CalcText.Rollup(w, (RollupResult)r),
        [PathwayCalculator.Name] = (w, r) => CalcText.Pathway(w, (PathwayResult)r),
    };

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var calc = new Command("calc", "Run a calculator on a JSON input (schemas/calculators/NAME.input.schema.json); prints JSON, or a table with --format text.");
        foreach (var calculator in Calculator.All)
        {
            calc.Subcommands.Add(Sub(context, calculator));
        }

        calc.Subcommands.Add(Passport(context));
        return calc;
    }

    private static Command Sub(Func<ParseResult, CliContext> context, Calculator calculator)
    {
        var name = calculator.Name;
        var input = new Option<string>("--input", "-i")
        {
            Description = $"The input JSON file (schemas/calculators/{name}.input.schema.json), or - for standard input.",
            Required = true,
        };
        var hasChart = name is MpgCalculator.Name or LimitsCalculator.Name;
        var chartPath = new Option<string?>("--chart") { Description = name == MpgCalculator.Name ? "Also write an SVG chart of MKI by impact category to this file." : "Also write an SVG chart of the roadmap (give --roadmap) to this file." };
        var roadmap = new Option<int[]>("--roadmap")
        {
            Description = "Print the limit trajectory year by year from FROM to TO (the limit in force on 31 December of each year).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(name, calculator.Description + (hasChart ? " (--chart out.svg draws it)." : string.Empty));
        command.Options.Add(CliOptions.Format($"Output format: json (the result, schemas/calculators/{name}.result.schema.json) or text (a readable table).", "json", "text"));
        command.Options.Add(input);
        if (name == LimitsCalculator.Name)
        {
            command.Options.Add(roadmap);
        }

        if (hasChart)
        {
            command.Options.Add(chartPath);
        }

        command.SetAction(r =>
        {
            var ctx = context(r);
            var json = ctx.Json;
            var path = r.GetValue(input)!;
            if (!TryRead(ctx, path, out var bytes, out var catalogue, out var exit))
            {
                return exit;
            }

            var options = name == LimitsCalculator.Name && r.GetValue(roadmap) is [var from, var to] ? new CalculatorRunOptions(from, to) : null;
            var outcome = calculator.Run(bytes, catalogue, path == "-" ? "<stdin>" : path, options);
            if (!outcome.Succeeded)
            {
                return Report(ctx, json, outcome.Diagnostics);
            }

            var result = outcome.Result;
            if (hasChart && r.GetValue(chartPath) is { } svgPath)
            {
                if (!CalculatorCharts.TryDraw(result, out var svg))
                {
                    return ctx.Fail("this result has no chart; for limits, give --roadmap FROM TO.");
                }

                try
                {
                    File.WriteAllText(svgPath, svg);
                    ctx.Err.WriteLine($"tbgo: chart written to {svgPath}");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return ctx.Fail($"cannot write the chart to '{svgPath}': {ex.Message}");
                }
            }

            if (json)
            {
                ctx.WriteJson(w => CalculatorJson.Write(w, result, catalogue));
            }
            else
            {
                Text[name](ctx.Out, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>tbgo calc passport</c>: every calculator the passport has data for, in one call.</summary>
    private static Command Passport(Func<ParseResult, CliContext> context)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The passport JSON file (schemas/passport.schema.json), or - for standard input.",
            Required = true,
        };
        var command = new Command(PassportCalculator.Name, "Run every calculator a building and material passport has data for (mpg, wlc, biogenic, circularity, detachability) and say what is missing for the others.");
        command.Options.Add(CliOptions.Format("Output format: json (schemas/passport.result.schema.json) or text (a table per calculator).", "json", "text"));
        command.Options.Add(input);
        command.SetAction(r =>
        {
            var ctx = context(r);
            var path = r.GetValue(input)!;
            if (!TryRead(ctx, path, out var bytes, out var catalogue, out var exit))
            {
                return exit;
            }

            var outcome = PassportCalculator.Run(bytes, catalogue, path == "-" ? "<stdin>" : path);
            if (!outcome.Succeeded)
            {
                return Report(ctx, ctx.Json, outcome.Diagnostics);
            }

            var result = outcome.Result;
            if (ctx.Json)
            {
                ctx.WriteJson(w => PassportJson.Write(w, result, catalogue));
                return ExitCodes.Ok;
            }

            ctx.Out.WriteLine($"Passport {result.PassportId} (format {result.PassportVersion}): {result.Calculations.Length} of {PassportCalculator.Calculators.Length} calculators ran");
            foreach (var c in result.Calculations)
            {
                ctx.Out.WriteLine();
                ctx.Out.WriteLine($"== {c.Calculator} ==");
                Text[c.Calculator](ctx.Out, c.Result);
            }

            foreach (var n in result.NotRun)
            {
                ctx.Out.WriteLine();
                ctx.Out.WriteLine($"== {n.Calculator}: not run; missing: {string.Join("; ", n.Missing)}");
            }

            if (result.Omitted.Length > 0 || result.Notes.Length > 0)
            {
                ctx.Out.WriteLine();
            }

            foreach (var group in result.Omitted.GroupBy(o => o.Calculator))
            {
                ctx.Out.WriteLine($"{group.Key} left out {TextOutput.Count(group.Count(), "item")}: {string.Join(", ", group.Select(o => o.Id))}");
            }

            foreach (var note in result.Notes)
            {
                ctx.Out.WriteLine(note);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Report(CliContext ctx, bool json, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (json)
        {
            ctx.WriteJson(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("valid", false);
                w.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    DiagnosticJson.Write(w, d);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            foreach (var d in diagnostics)
            {
                ctx.WriteDiagnostic(d);
                if (d.Location is { Line: > 0, Pointer: { Length: > 1 } pointer })
                {
                    // file:line:column hides the JSON pointer of the input value; show both.
                    ctx.Out.WriteLine("    " + ctx.T("common.at") + ": " + Reporting.TerminalText.Escape(pointer));
                }
            }
        }

        ctx.Err.WriteLine($"tbgo: the input has {TextOutput.Count(diagnostics.Count(d => d.IsError), "error")}; no result was computed.");
        return ExitCodes.InputErrors;
    }


    /// <summary>Reads the input file (or standard input for <c>-</c>) and loads the catalogue; on failure the exit code says why.</summary>
    private static bool TryRead(CliContext ctx, string path, out byte[] bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Catalogue? catalogue, out int exit)
    {
        catalogue = null;
        try
        {
            bytes = path == "-" ? ReadStdin() : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            exit = ctx.Fail($"cannot read '{path}': {ex.Message}");
            return false;
        }

        catalogue = ctx.LoadCatalogue();
        exit = catalogue is null ? ExitCodes.InputErrors : ExitCodes.Ok;
        return catalogue is not null;
    }

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
