using System.CommandLine;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo list</c>: the indicators of the catalogue, filtered.</summary>
internal static class ListCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scale = Filter("--scale", "Only indicators that apply at this scale.", Codes.All<Scale>());
        var phase = Filter("--phase", "Only indicators that apply in this phase.", Codes.All<Phase>());
        var pillar = Filter("--pillar", "Only indicators of this pillar.", Codes.All<Pillar>());
        var status = Filter("--status", "Only indicators with this status (core = kernindicator).", Codes.All<IndicatorStatus>());
        var theme = new Option<string?>("--theme") { Description = "Only indicators of this theme id (see catalogue.yaml)." };
        var framework = new Option<string?>("--framework") { Description = "Only indicators mapped to this framework (levels) or item (levels:1.2)." };
        var lang = CliOptions.Language("Language of names, table headers and the summary line: en or nl. JSON output is not translated.");

        var command = new Command("list", "List indicators, optionally filtered by scale, phase, pillar, theme, framework or status.");
        command.Options.Add(CliOptions.TextOrJson());
        foreach (var o in new Option[] { scale, phase, pillar, theme, framework, status, lang })
        {
            command.Options.Add(o);
        }

        command.SetAction(r =>
        {
            var ctx = context(r);
            ctx.Language = r.GetValue(lang) ?? "en";
            var catalogue = ctx.LoadCatalogue();
            if (catalogue is null)
            {
                return ExitCodes.InputErrors;
            }

            var query = new IndicatorQuery
            {
                Scale = Codes.TryParse(r.GetValue(scale), out Scale s) ? s : null,
                Phase = Codes.TryParse(r.GetValue(phase), out Phase p) ? p : null,
                Pillar = Codes.TryParse(r.GetValue(pillar), out Pillar pl) ? pl : null,
                Status = Codes.TryParse(r.GetValue(status), out IndicatorStatus st) ? st : null,
                Theme = r.GetValue(theme),
                Framework = r.GetValue(framework),
            };
            if (query.Theme is { } t && catalogue.FindTheme(t) is null)
            {
                return ctx.Fail(ctx.T("list.unknownTheme", t, catalogue.Info.Id, catalogue.Info.Version), ctx.T("list.themes", string.Join(", ", catalogue.Themes.Select(x => x.Id))));
            }

            if (query.Framework is { } f && catalogue.FindFramework(f.Split(':')[0]) is null)
            {
                return ctx.Fail(ctx.T("list.unknownFramework", f.Split(':')[0], catalogue.Info.Id, catalogue.Info.Version), ctx.T("list.frameworks", string.Join(", ", catalogue.Frameworks.Select(x => x.Id))));
            }

            var found = catalogue.Query(query).ToList();
            var language = ctx.Language;
            if (ctx.Json)
            {
                ctx.WriteJson(w =>
                {
                    w.WriteStartObject();
                    w.WritePropertyName("catalogue");
                    CatalogueJson.WriteInfo(w, catalogue.Info);
                    w.WriteNumber("count", found.Count);
                    w.WriteStartArray("indicators");
                    foreach (var i in found)
                    {
                        CatalogueJson.WriteSummary(w, i);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                ctx.Out.Write(TextOutput.Table([ctx.T("list.header.id"), ctx.T("list.header.status"), ctx.T("list.header.unit"), ctx.T("list.header.name")], found.Select(i => (IReadOnlyList<string>)[i.Id, i.Status.ToCode(), i.Unit.Text, i.Name.Get(language)])));
                ctx.Out.WriteLine(ctx.T("list.summary", ctx.Count(found.Count, "indicator"), catalogue.Info.Id, catalogue.Info.Version, catalogue.Info.Status.ToCode()));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> Filter(string name, string description, IReadOnlyList<string> allowed)
    {
        var option = new Option<string?>(name) { Description = description + " One of: " + string.Join(", ", allowed) + "." };
        option.AcceptOnlyFromAmong([.. allowed]);
        return option;
    }
}
