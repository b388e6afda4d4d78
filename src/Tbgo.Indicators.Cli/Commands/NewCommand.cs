using System.CommandLine;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo new indicator ID --unit U</c>: writes a draft definition with every field, in the right folder of a catalogue.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The new indicator id, tbgo.<env|soc|gov>.<theme>.<name>." };
        var unit = new Option<string>("--unit")
        {
            Description = "The canonical unit of the indicator, such as kWh/(m2.a) or %; it decides the quantity.",
            Required = true,
        };
        var indicator = new Command("indicator", "Write a draft indicator definition (every field, with comments and TODOs) to <catalogue>/<pillar>/<theme>/<id>.yaml. The catalogue is --catalogue, else ./indicators.");
        indicator.Arguments.Add(id);
        indicator.Options.Add(unit);
        indicator.SetAction(r => Run(r, r.GetValue(id)!, r.GetValue(unit)!));
        var command = new Command("new", "Scaffold a new definition.");
        command.Subcommands.Add(indicator);
        return command;
    }

    private static int Run(ParseResult r, string id, string unitText)
    {
        var output = r.InvocationConfiguration.Output;
        var error = r.InvocationConfiguration.Error;
        int Fail(string message)
        {
            error.WriteLine("tbgo: " + Reporting.TerminalText.Escape(message));
            return ExitCodes.InputErrors;
        }

        var folder = r.GetValue<string?>("--catalogue") ?? "indicators";
        if (!File.Exists(Path.Combine(folder, "catalogue.yaml")))
        {
            return Fail($"'{folder}' is not a catalogue folder (no catalogue.yaml); run in the folder above indicators/ or give --catalogue DIR.");
        }

        var loaded = CatalogueLoader.LoadDirectory(folder);
        if (loaded.Catalogue is not { } catalogue)
        {
            return Fail($"the catalogue at '{folder}' has errors; run 'tbgo lint {folder}' and fix them first.");
        }

        if (IndicatorScaffold.Check(catalogue, id) is { } problem)
        {
            return Fail(problem);
        }

        if (!catalogue.Units.TryParse(unitText, out var unit, out var unitError))
        {
            return Fail($"the unit '{unitText}' cannot be read: {unitError}");
        }

        string yaml;
        try
        {
            yaml = IndicatorScaffold.Create(catalogue, id, unit);
        }
        catch (ArgumentException ex)
        {
            return Fail(ex.Message.Split(" (Parameter", 2)[0]);
        }

        var path = Path.Combine(folder, IndicatorScaffold.RelativePath(id));
        if (File.Exists(path))
        {
            return Fail($"'{path}' exists already.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(yaml);
        }

        output.WriteLine($"wrote {path}");
        output.WriteLine($"Replace every TODO, then run 'tbgo lint {folder}': it points at each one left.");
        return ExitCodes.Ok;
    }
}
