using System.CommandLine;
using Tbgo.Indicators.Docs;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo docs --out DIR</c>: writes the static bilingual reference site of the catalogue (Tbgo.Indicators.Docs).</summary>
internal static class DocsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the site to (created when missing; pages of the same name are overwritten).",
            Required = true,
        };
        var command = new Command("docs", "Write a static, self-contained reference site of the catalogue in Dutch and English (open DIR/index.html).");
        command.Options.Add(outDir);
        command.SetAction(r =>
        {
            var ctx = context(r);
            var catalogue = ctx.LoadCatalogue();
            if (catalogue is null)
            {
                return ExitCodes.InputErrors;
            }

            var dir = r.GetValue(outDir)!;
            var pages = SiteGenerator.Generate(catalogue, dir);
            var perLanguage = pages.Count(p => p.StartsWith("en/", StringComparison.Ordinal));
            ctx.Out.WriteLine($"Wrote {pages.Count} pages to {dir} ({perLanguage} per language: nl/ and en/, {catalogue.Indicators.Length} indicators; catalogue {catalogue.Info.Id} {catalogue.Info.Version}). Open {Path.Combine(dir, "index.html")}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
