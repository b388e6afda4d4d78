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
        var lang = Filter("--lang", "Language of names: en or nl.", ["en", "nl"]);

        var command = new Command("list", "List indicators, optionally filtered by scale, phase, pillar, theme, framework or status.");
        command.Options.Add(CliOptions.TextOrJson());
        foreach (var o in new Option[] { scale, phase, pillar, theme, framework, status, lang })
        {
            command.Options.Add(o);
        }

        command.SetAction(r =>
        {
            var ctx = context(r);
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
                return ctx.Fail($"the theme '{t}' is not in catalogue {catalogue.Info.Id} {catalogue.Info.Version}.", "Themes: " + string.Join(", ", catalogue.Themes.Select(x => x.Id)));
            }

            if (query.Framework is { } f && catalogue.FindFramework(f.Split(':')[0]) is null)
            {
                return ctx.Fail($"the framework '{f.Split(':')[0]}' is not in catalogue {catalogue.Info.Id} {catalogue.Info.Version}.", "Frameworks: " + string.Join(", ", catalogue.Frameworks.Select(x => x.Id)));
            }

            var found = catalogue.Query(query).ToList();
            var language = r.GetValue(lang) ?? "en";
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
                ctx.Out.Write(TextOutput.Table(["ID", "STATUS", "UNIT", "NAME"], found.Select(i => (IReadOnlyList<string>)[i.Id, i.Status.ToCode(), i.Unit.Text, i.Name.Get(language)])));
                ctx.Out.WriteLine($"{TextOutput.Count(found.Count, "indicator")} (catalogue {catalogue.Info.Id} {catalogue.Info.Version}, {catalogue.Info.Status.ToCode()}).");
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
