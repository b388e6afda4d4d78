using System.CommandLine;
using Tbgo.Indicators.Diff;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo diff [OLD] NEW</c>: what changed between two catalogue versions, classified, with the version bump it implies.</summary>
internal static class DiffCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var paths = new Argument<string[]>("catalogues")
        {
            Description = "OLD NEW: two catalogue folders. With one folder (NEW), OLD is the --catalogue folder or else the catalogue embedded in the tool.",
            Arity = new ArgumentArity(1, 2),
        };
        var format = CliOptions.Format("Output format: text (readable), json (stable, docs/cli.md) or markdown (a changelog fragment).", "text", "json", "markdown");
        var changelog = new Option<string?>("--changelog")
        {
            Description = "Also write the Markdown changelog fragment to this file.",
        };
        var command = new Command("diff", "Compare two catalogue versions: indicators, mappings, limit values, factors and units added, removed or changed; breaking or not; the version bump. Exit code 3 when anything is breaking.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(changelog);
        var lang = CliOptions.Language("Language of the text output (headings, impact, summary): en or nl. Change descriptions, reasons, JSON and Markdown stay English.");
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            var given = r.GetValue(paths)!;
            var (oldCatalogue, oldName) = given.Length == 2 ? (Load(ctx, given[0]), given[0]) : (ctx.LoadCatalogue(), r.GetValue<string?>("--catalogue") ?? "embedded");
            var newCatalogue = Load(ctx, given[^1]);
            if (oldCatalogue is null || newCatalogue is null)
            {
                return ExitCodes.InputErrors;
            }

            var result = CatalogueDiff.Compare(oldCatalogue, newCatalogue);
            var markdown = CatalogueDiffWriter.ToMarkdown(result);
            switch (r.GetValue(format))
            {
                case "json":
                    ctx.WriteJson(w => CatalogueDiffWriter.WriteJson(w, result));
                    break;
                case "markdown":
                    ctx.Out.Write(markdown);
                    break;
                default:
                    WriteText(ctx, result, oldName, given[^1]);
                    break;
            }

            if (r.GetValue(changelog) is { } file)
            {
                File.WriteAllText(file, markdown);
            }

            if (result.VersionWarning is { } warning)
            {
                ctx.Err.WriteLine("tbgo: " + ctx.T("severity.warning") + ": " + warning);
            }

            return result.HasBreakingChanges ? ExitCodes.BreakingChanges : ExitCodes.Ok;
        });
        return command;
    }

    private static Catalogue? Load(CliContext ctx, string path)
    {
        var result = CatalogueLoader.LoadDirectory(path);
        if (result.Catalogue is null)
        {
            ctx.Err.WriteLine("tbgo: " + ctx.T("diff.loadFailed", Reporting.TerminalText.Escape(path)));
            foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
            {
                ctx.Err.WriteLine(TextOutput.Format(d, ctx.Language));
            }
        }

        return result.Catalogue;
    }

    private static void WriteText(CliContext ctx, CatalogueDiffResult result, string oldName, string newName)
    {
        var o = ctx.Out;
        var esc = Reporting.TerminalText.Escape;
        o.WriteLine($"{esc(result.Old.Id)} {esc(result.Old.Version)} ({esc(oldName)}) -> {esc(result.New.Id)} {esc(result.New.Version)} ({esc(newName)})");
        if (result.IsEmpty)
        {
            o.WriteLine(ctx.T("diff.noChanges"));
            return;
        }

        var rows = result.Changes.Select(c => (IReadOnlyList<string>)[
            ctx.T("diff.impact." + CatalogueDiffWriter.Code(c.Impact)).ToUpperInvariant(),
            CatalogueDiffWriter.Describe(c).Replace("`", string.Empty, StringComparison.Ordinal),
        ]);
        o.Write(TextOutput.Table([ctx.T("diff.header.impact"), ctx.T("diff.header.change")], rows));
        foreach (var c in result.Changes.Where(c => c.IsBreaking))
        {
            o.WriteLine("  " + ctx.T("diff.breaking", esc(c.Subject), c.Field is null ? string.Empty : " " + c.Field, esc(c.Reason)));
        }

        var s = $"{ctx.Count(result.Count(ChangeImpact.Breaking), "breakingChange")}, {ctx.Count(result.Count(ChangeImpact.Compatible), "compatibleChange")}, {ctx.Count(result.Count(ChangeImpact.Editorial), "editorialChange")}";
        o.WriteLine(ctx.T("diff.summary", ctx.T(result.HasBreakingChanges ? "status.breaking" : "status.ok"), s, ctx.T("diff.bump." + CatalogueDiffWriter.Code(result.Bump))));
    }
}
