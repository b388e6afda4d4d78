using System.CommandLine;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Charts;
using Tbgo.Indicators.Diagnostics;

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
            byte[] bytes;
            try
            {
                bytes = path == "-" ? ReadStdin() : File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ctx.Fail($"cannot read '{path}': {ex.Message}");
            }

            var catalogue = ctx.LoadCatalogue();
            if (catalogue is null)
            {
                return ExitCodes.InputErrors;
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


    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
