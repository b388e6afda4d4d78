using System.CommandLine;
using System.Globalization;
using Tbgo.Indicators.Localization;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo show ID</c>: one indicator in full, with unconfirmed values marked.</summary>
internal static class ShowCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "The indicator id, such as tbgo.env.materials.mpg." };
        var lang = CliOptions.Language("Language of texts, headings and table headers: en or nl. JSON output is not translated.");
        var command = new Command("show", "Show one indicator: definition, applicability, mappings, limit values with sources.");
        command.Options.Add(CliOptions.TextOrJson());
        command.Arguments.Add(id);
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            var catalogue = ctx.LoadCatalogue();
            if (catalogue is null)
            {
                return ExitCodes.InputErrors;
            }

            var wanted = r.GetValue(id)!;
            var indicator = catalogue.FindIndicator(wanted);
            if (indicator is null)
            {
                var near = catalogue.SuggestIndicatorId(wanted);
                return ctx.Fail(ctx.T("show.notFound", catalogue.Info.Id, catalogue.Info.Version, wanted), near is null ? null : ctx.T("show.didYouMean", near));
            }

            if (ctx.Json)
            {
                ctx.WriteJson(w => CatalogueJson.WriteIndicator(w, indicator, catalogue));
            }
            else
            {
                Write(ctx.Out, indicator, catalogue, ctx.Language);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, Indicator i, Catalogue catalogue, string lang)
    {
        string T(string key, params object?[] args) => Texts.Format(key, lang, args);
        string Field(string key) => "  " + T(key).PadRight(14);
        o.WriteLine(T("show.title", i.Id, i.Status.ToCode(), i.IsCore ? ", kernindicator" : string.Empty, i.Since));
        o.WriteLine($"  {i.Name.Get(lang)}");
        o.WriteLine();
        o.WriteLine(Wrap(i.Description.Get(lang), 2));
        o.WriteLine();
        var theme = catalogue.FindTheme(i.Theme)?.Name.Get(lang) ?? i.Theme;
        o.WriteLine($"{Field("show.pillarTheme")}{i.Pillar.ToCode()} / {i.Theme} ({theme})");
        o.WriteLine($"{Field("show.unit")}{i.Unit.Text}  ({T("show.quantity")} {i.Quantity})");
        o.WriteLine($"{Field("show.direction")}{i.Direction.ToCode()}");
        o.WriteLine($"{Field("show.aggregation")}{i.Aggregation.ToCode()}");
        if (i.ShareOfObjects is { } share)
        {
            o.WriteLine($"{Field("show.shareOfObjects")}{T("show.shareRule", share.Test, share.Weight.ToCode())}   [{Confidence(share.Source)}]");
        }

        if (i.Range is { } range)
        {
            o.WriteLine($"{Field("show.range")}{range}");
        }

        if (i.ReplacedBy is not null)
        {
            o.WriteLine($"{Field("show.replacedBy")}{i.ReplacedBy}");
        }

        if (!i.Categories.IsDefaultOrEmpty)
        {
            o.WriteLine(Field("show.categories") + string.Join(", ", i.Categories.Select(c => $"{c.Code} ({c.Name.Get(lang)})")));
        }

        o.WriteLine();
        o.WriteLine(T("show.applicability"));
        o.Write(Indent(TextOutput.Table([T("show.header.phase"), T("show.header.scale"), T("show.header.method")], i.Applicability.Select(a => (IReadOnlyList<string>)[a.Phase.ToCode(), a.Scale.ToCode(), a.Method.ToCode()]))));
        if (i.Formula is { } f)
        {
            o.WriteLine();
            o.WriteLine($"{T("show.formula")}: {i.Id.Split('.')[^1]} = {f.Expression}   [{f.Source}]");
            foreach (var input in f.Inputs)
            {
                o.WriteLine($"  {input.Name} [{input.Unit.Text}]: {input.Description.Get(lang)}");
            }
        }

        if (!i.Mappings.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine(T("show.mappings"));
            o.Write(Indent(TextOutput.Table([T("show.header.target"), T("show.header.relation"), T("show.header.name")], i.Mappings.Select(m => (IReadOnlyList<string>)[m.Target.ToString(), m.Relation.ToCode(), catalogue.FindFrameworkItem(m.Target)?.Name.Get(lang) ?? string.Empty]))));
        }

        if (!i.LimitValues.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine(T("show.limitValues"));
            o.Write(Indent(TextOutput.Table([T("show.header.limit"), T("show.header.scope"), T("show.header.valid"), T("show.header.kind"), T("show.header.basis"), T("show.header.source")], i.LimitValues.Select(l => (IReadOnlyList<string>)[
                $"{l.Comparator.ToCode()} {l.Value.ToString(CultureInfo.InvariantCulture)} {l.Unit.Text}",
                l.Scope.ToString(),
                $"{Iso(l.ValidFrom)}..{(l.ValidTo is { } to ? Iso(to) : string.Empty)}",
                l.Kind.ToCode(),
                l.Basis ?? "-",
                Confidence(l.Source)]))));
        }

        if (!i.ReferenceMeasurements.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine(T("show.referenceMeasurements"));
            foreach (var r in i.ReferenceMeasurements)
            {
                var values = !r.Percentiles.IsEmpty
                    ? string.Join(", ", r.Percentiles.Select(p => $"p{InvariantNumber.Format(p.P)}={InvariantNumber.Format(p.Value)}"))
                    : r.Summary is { } s ? T("show.summary", Opt(s.Min), Opt(s.Max), Opt(s.Mean), Opt(s.Median))
                    : T("show.sample", r.Sample.Length);
                o.WriteLine($"  {r.Year} {r.Scope}: {values} {r.Unit.Text}   [{Confidence(r.Source)}]");
            }
        }

        o.WriteLine();
        o.WriteLine(T("show.sources"));
        foreach (var s in i.Sources)
        {
            var source = catalogue.FindSource(s.SourceId);
            o.WriteLine($"  [{s.SourceId}] {source?.Title ?? "?"}{(source?.Url is { } url ? " <" + url + ">" : string.Empty)}{(s.NeedsConfirmation ? "  (" + s.Confidence.ToCode() + ")" : string.Empty)}");
        }

        o.WriteLine();
        o.WriteLine(T("show.examples", Texts.Count(i.Examples.Length, "workedExample", lang)));
    }

    private static string Confidence(SourceReference s) =>
        s.Confidence == Model.Confidence.Confirmed ? s.SourceId : $"{s.SourceId} ({s.Confidence.ToCode().ToUpperInvariant()})";

    private static string Opt(double? v) => v is { } x ? InvariantNumber.Format(x) : "-";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Indent(string block) => string.Concat(block.Split('\n').Where(l => l.Length > 0).Select(l => "  " + l + "\n"));

    private static string Wrap(string text, int indent)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            if (line.Length + w.Length + 1 > 96 - indent && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(w);
        }

        lines.Add(line.ToString());
        var pad = new string(' ', indent);
        return string.Join("\n", lines.Select(l => pad + l));
    }
}
