using System.CommandLine;
using Tbgo.Indicators.Cli.Commands;

namespace Tbgo.Indicators.Cli;

/// <summary>The tbgo command line: parses arguments, runs a command, returns the exit code. No console access here, so tests run it in-process.</summary>
internal static class TbgoCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var catalogue = new Option<string?>("--catalogue")
        {
            Description = "A catalogue folder to use instead of the catalogue embedded in the tool.",
            Recursive = true,
        };

        var root = new RootCommand("tbgo: the Tbgo.Indicators catalogue of ESG indicators for Dutch area development, on the command line.");
        root.Options.Add(catalogue);

        // Every command has its own --format with the values it supports (CliOptions.Format).
        CliContext Context(ParseResult r) => new(output, error, r.GetValue<string>("--format") == "json", r.GetValue(catalogue));

        root.Subcommands.Add(LintCommand.Create(Context));
        root.Subcommands.Add(ListCommand.Create(Context));
        root.Subcommands.Add(ShowCommand.Create(Context));
        root.Subcommands.Add(ConvertCommand.Create(Context));
        root.Subcommands.Add(CalcCommand.Create(Context));
        root.Subcommands.Add(ImportCommand.Create(Context));
        root.Subcommands.Add(MonitorCommand.Create(Context));
        root.Subcommands.Add(ValidateCommand.Create(Context));
        root.Subcommands.Add(DiffCommand.Create(Context));
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(DocsCommand.Create(Context));
        root.Subcommands.Add(SheetCommand.Create(Context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine("tbgo: " + e.Message);
            }

            error.WriteLine("Run 'tbgo --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException ex)
        {
            error.WriteLine("tbgo: " + ex.Message);
            return ExitCodes.InputErrors;
        }
    }
}
