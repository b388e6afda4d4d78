using System.CommandLine;
using System.Globalization;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Cli.Commands;

/// <summary><c>tbgo show ID</c>: one indicator in full, with unconfirmed values marked.</summary>
internal static class ShowCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("id") { Description = "The indicator id, such as tbgo.env.materials.mpg." };
        var lang = new Option<string?>("--lang") { Description = "Language of texts: en or nl." };
        lang.AcceptOnlyFromAmong("en", "nl");
        var command = new Command("show", "Show one indicator: definition, applicability, mappings, limit values with sources.");
        command.Options.Add(CliOptions.TextOrJson());
        command.Arguments.Add(id);
        command.Options.Add(lang);
        command.SetAction(r =>
        {
            var ctx = context(r);
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
                return ctx.Fail($"the catalogue {catalogue.Info.Id} {catalogue.Info.Version} has no indicator '{wanted}'.", near is null ? null : $"Did you mean '{near}'? 'tbgo list' shows all ids.");
            }

            if (ctx.Json)
            {
                ctx.WriteJson(w => CatalogueJson.WriteIndicator(w, indicator, catalogue));
            }
            else
            {
                Write(ctx.Out, indicator, catalogue, r.GetValue(lang) ?? "en");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, Indicator i, Catalogue catalogue, string lang)
    {
        o.WriteLine($"{i.Id}  ({i.Status.ToCode()}{(i.IsCore ? ", kernindicator" : string.Empty)}, since {i.Since})");
        o.WriteLine($"  {i.Name.Get(lang)}");
        o.WriteLine();
        o.WriteLine(Wrap(i.Description.Get(lang), 2));
        o.WriteLine();
        var theme = catalogue.FindTheme(i.Theme)?.Name.Get(lang) ?? i.Theme;
        o.WriteLine($"  pillar/theme  {i.Pillar.ToCode()} / {i.Theme} ({theme})");
        o.WriteLine($"  unit          {i.Unit.Text}  (quantity {i.Quantity})");
        o.WriteLine($"  direction     {i.Direction.ToCode()}");
        o.WriteLine($"  aggregation   {i.Aggregation.ToCode()}");
        if (i.Range is { } range)
        {
            o.WriteLine($"  range         {range}");
        }

        if (i.ReplacedBy is not null)
        {
            o.WriteLine($"  replaced by   {i.ReplacedBy}");
        }

        if (!i.Categories.IsDefaultOrEmpty)
        {
            o.WriteLine("  categories    " + string.Join(", ", i.Categories.Select(c => $"{c.Code} ({c.Name.Get(lang)})")));
        }

        o.WriteLine();
        o.WriteLine("Applicability");
        o.Write(Indent(TextOutput.Table(["PHASE", "SCALE", "METHOD"], i.Applicability.Select(a => (IReadOnlyList<string>)[a.Phase.ToCode(), a.Scale.ToCode(), a.Method.ToCode()]))));
        if (i.Formula is { } f)
        {
            o.WriteLine();
            o.WriteLine($"Formula: {i.Id.Split('.')[^1]} = {f.Expression}   [{f.Source}]");
            foreach (var input in f.Inputs)
            {
                o.WriteLine($"  {input.Name} [{input.Unit.Text}]: {input.Description.Get(lang)}");
            }
        }

        if (!i.Mappings.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("Mappings");
            o.Write(Indent(TextOutput.Table(["TARGET", "RELATION", "NAME"], i.Mappings.Select(m => (IReadOnlyList<string>)[m.Target.ToString(), m.Relation.ToCode(), catalogue.FindFrameworkItem(m.Target)?.Name.Get(lang) ?? string.Empty]))));
        }

        if (!i.LimitValues.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("Limit values");
            o.Write(Indent(TextOutput.Table(["LIMIT", "SCOPE", "VALID", "KIND", "BASIS", "SOURCE"], i.LimitValues.Select(l => (IReadOnlyList<string>)[
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
            o.WriteLine("Reference measurements");
            foreach (var r in i.ReferenceMeasurements)
            {
                var values = !r.Percentiles.IsEmpty
                    ? string.Join(", ", r.Percentiles.Select(p => $"p{InvariantNumber.Format(p.P)}={InvariantNumber.Format(p.Value)}"))
                    : r.Summary is { } s ? $"min {Opt(s.Min)}, max {Opt(s.Max)}, mean {Opt(s.Mean)}, median {Opt(s.Median)}"
                    : $"sample of {r.Sample.Length}";
                o.WriteLine($"  {r.Year} {r.Scope}: {values} {r.Unit.Text}   [{Confidence(r.Source)}]");
            }
        }

        o.WriteLine();
        o.WriteLine("Sources");
        foreach (var s in i.Sources)
        {
            var source = catalogue.FindSource(s.SourceId);
            o.WriteLine($"  [{s.SourceId}] {source?.Title ?? "?"}{(source?.Url is { } url ? " <" + url + ">" : string.Empty)}{(s.NeedsConfirmation ? "  (" + s.Confidence.ToCode() + ")" : string.Empty)}");
        }

        o.WriteLine();
        o.WriteLine($"{TextOutput.Count(i.Examples.Length, "worked example")}; 'tbgo lint' runs them.");
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
