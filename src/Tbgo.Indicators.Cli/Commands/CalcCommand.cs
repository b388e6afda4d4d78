using System.CommandLine;
using System.Text.Json;
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
    private delegate CalculatorInputResult<T> Reader<T>(ReadOnlySpan<byte> utf8, Catalogue catalogue, string? file)
        where T : class;

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var calc = new Command("calc", "Run a calculator on a JSON input (schemas/calculators/NAME.input.schema.json); prints JSON, or a table with --format text.");
        calc.Subcommands.Add(Sub<WlcInput, WlcResult>(context, WlcCalculator.Name, "Whole-life carbon (EN 15978, Level(s) 1.2, EPBD Annex III).", CalculatorJson.ReadWlcInput, WlcCalculator.Calculate, CalculatorJson.Write, CalcText.Wlc));
        calc.Subcommands.Add(Sub<MpgInput, MpgResult>(context, MpgCalculator.Name, "MKI and MPG with the limit value on the permit date (--chart out.svg: MKI by category).", CalculatorJson.ReadMpgInput, MpgCalculator.Calculate, CalculatorJson.Write, CalcText.Mpg, chart: CalculatorCharts.MpgByCategory));
        calc.Subcommands.Add(Sub<BiogenicInput, BiogenicResult>(context, BiogenicCalculator.Name, "Biogenic CO2 stored in wood and bio-based products (EN 16449).", CalculatorJson.ReadBiogenicInput, BiogenicCalculator.Calculate, CalculatorJson.Write, CalcText.Biogenic));
        calc.Subcommands.Add(Sub<CircularityInput, CircularityResult>(context, CircularityCalculator.Name, "Material Circularity Indicator (EMF), bio-based and secondary shares.", CalculatorJson.ReadCircularityInput, CircularityCalculator.Calculate, CalculatorJson.Write, CalcText.Circularity));
        calc.Subcommands.Add(Sub<TaxonomyInput, TaxonomyResult>(context, TaxonomyCalculator.Name, "EU Taxonomy screening (7.1, 7.2, 7.7, CE 3.1).", CalculatorJson.ReadTaxonomyInput, TaxonomyCalculator.Calculate, CalculatorJson.Write, CalcText.Taxonomy));
        calc.Subcommands.Add(Sub<EpbdInput, EpbdResult>(context, EpbdCalculator.Name, "EPBD: life-cycle GWP disclosure and zero-emission obligations.", CalculatorJson.ReadEpbdInput, EpbdCalculator.Calculate, CalculatorJson.Write, CalcText.Epbd));
        calc.Subcommands.Add(Limits(context));
        calc.Subcommands.Add(Sub<PercentileInput, PercentileResult>(context, PercentileCalculator.Name, "Rank within the catalogue's reference measurements and the best-X% threshold.", CalculatorJson.ReadPercentileInput, PercentileCalculator.Calculate, CalculatorJson.Write, CalcText.Percentile));
        calc.Subcommands.Add(Sub<RollupInput, RollupResult>(context, RollupCalculator.Name, "Roll object values up to area level by the indicator's declared aggregation.", CalculatorJson.ReadRollupInput, RollupCalculator.Calculate, CalculatorJson.Write, CalcText.Rollup));
        calc.Subcommands.Add(Sub<PathwayInput, PathwayResult>(context, PathwayCalculator.Name, "A yearly intensity series against a user-supplied pathway: the stranding year.", CalculatorJson.ReadPathwayInput, PathwayCalculator.Calculate, CalculatorJson.Write, CalcText.Pathway));
        return calc;
    }

    private static Command Limits(Func<ParseResult, CliContext> context)
    {
        var roadmap = new Option<int[]>("--roadmap")
        {
            Description = "Print the limit trajectory year by year from FROM to TO (the limit in force on 31 December of each year).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        return Sub<LimitsInput, LimitsResult>(context, LimitsCalculator.Name, "The limit value in force, pass/fail and margin; --roadmap FROM TO for the trajectory (--chart out.svg draws it).",
            CalculatorJson.ReadLimitsInput, LimitsCalculator.Calculate, CalculatorJson.Write, CalcText.Limits,
            adjust: (input, r) => r.GetValue(roadmap) is [var from, var to] ? input with { RoadmapFrom = from, RoadmapTo = to } : input,
            chart: CalculatorCharts.LimitRoadmap,
            extra: roadmap);
    }

    private static Command Sub<TIn, TOut>(
        Func<ParseResult, CliContext> context,
        string name,
        string description,
        Reader<TIn> read,
        Func<TIn, Catalogue, TOut> calculate,
        Action<Utf8JsonWriter, TOut, Catalogue> write,
        Action<TextWriter, TOut> text,
        Func<TIn, ParseResult, TIn>? adjust = null,
        Func<TOut, string>? chart = null,
        Option? extra = null)
        where TIn : class
        where TOut : ICalculationResult
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = $"The input JSON file (schemas/calculators/{name}.input.schema.json), or - for standard input.",
            Required = true,
        };
        var chartPath = new Option<string?>("--chart") { Description = "Also write an SVG chart to this file." };
        var command = new Command(name, description);
        command.Options.Add(CliOptions.Format($"Output format: json (the result, schemas/calculators/{name}.result.schema.json) or text (a readable table).", "json", "text"));
        command.Options.Add(input);
        if (extra is not null)
        {
            command.Options.Add(extra);
        }

        if (chart is not null)
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

            var file = path == "-" ? "<stdin>" : path;
            var parsed = read(bytes, catalogue, file);
            if (!parsed.Succeeded)
            {
                return Report(ctx, json, parsed.Diagnostics);
            }

            TOut result;
            try
            {
                result = calculate(adjust is null ? parsed.Input : adjust(parsed.Input, r), catalogue);
            }
            catch (CalculationException ex)
            {
                return Report(ctx, json, [.. ex.Diagnostics.Select(d => d with { Location = d.Location with { File = file } })]);
            }

            if (chart is not null && r.GetValue(chartPath) is { } svgPath)
            {
                try
                {
                    File.WriteAllText(svgPath, chart(result));
                    ctx.Err.WriteLine($"tbgo: chart written to {svgPath}");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return ctx.Fail($"cannot write the chart to '{svgPath}': {ex.Message}");
                }
            }

            if (json)
            {
                ctx.WriteJson(w => write(w, result, catalogue));
            }
            else
            {
                text(ctx.Out, result);
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
