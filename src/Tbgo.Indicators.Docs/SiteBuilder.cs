using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Docs;

/// <summary>Builds the pages of one catalogue's site (see <see cref="SiteGenerator"/>).</summary>
internal sealed class SiteBuilder
{
    // Pipe tables only, and raw HTML off: Markdown from data can never become markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private readonly Catalogue catalogue;
    private readonly Template layout = Template.Load("layout.html");
    private readonly Dictionary<string, string> indicatorFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> frameworkFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> factorSetFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Framework, string Item), List<Indicator>> itemUsers = [];
    private readonly Dictionary<string, List<Indicator>> basisUsers = new(StringComparer.Ordinal);

    public SiteBuilder(Catalogue catalogue)
    {
        this.catalogue = catalogue;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in catalogue.Indicators)
        {
            indicatorFiles[i.Id] = "indicators/" + Slug(i.Id, taken) + ".html";
            foreach (var m in i.Mappings)
            {
                Add(itemUsers, (m.Target.FrameworkId, m.Target.ItemId), i);
            }

            foreach (var basis in i.LimitValues.Select(l => l.Basis).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Add(basisUsers, basis, i);
            }
        }

        foreach (var f in catalogue.Frameworks)
        {
            frameworkFiles[f.Id] = "frameworks/" + Slug(f.Id, taken) + ".html";
        }

        foreach (var s in catalogue.FactorSets)
        {
            factorSetFiles[s.Id] = "factor-sets/" + Slug(s.Id, taken) + ".html";
        }
    }

    public IReadOnlyList<SitePage> Build()
    {
        var pages = new List<SitePage> { Root() };
        foreach (var lang in SiteLabels.Languages)
        {
            pages.Add(Index(lang));
            pages.AddRange(catalogue.Indicators.Select(i => IndicatorPage(i, lang)));
            pages.AddRange(catalogue.Frameworks.Select(f => FrameworkPage(f, lang)));
            pages.AddRange(catalogue.FactorSets.Select(s => FactorSetPage(s, lang)));
        }

        return pages;
    }

    private SitePage Root()
    {
        var html = Template.Load("root.html").Fill(new Dictionary<string, string>
        {
            ["title"] = $"{catalogue.Info.Title.Get("en")} / {catalogue.Info.Title.Get("nl")}",
            ["version"] = $"{catalogue.Info.Id} {catalogue.Info.Version} ({catalogue.Info.ReleaseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
            ["nl"] = $"{SiteLabels.Get("nl", "site.title")} ({SiteLabels.Get("nl", "language.name")})",
            ["en"] = $"{SiteLabels.Get("en", "site.title")} ({SiteLabels.Get("en", "language.name")})",
        });
        return new SitePage("index.html", null, html);
    }

    private SitePage Index(string lang)
    {
        string L(string key) => SiteLabels.Get(lang, key);
        var info = catalogue.Info;
        var md = new StringBuilder();
        md.Append("# ").Append(Md.Text(info.Title.Get(lang))).Append("\n\n");
        md.Append(Md.Table([L("field.id"), L("field.version"), L("field.status"), L("field.release"), L("index.count")], [[Md.Text(info.Id), Md.Text(info.Version), Md.Text(L("catalogue." + info.Status.ToCode())), Md.Text(Date(info.ReleaseDate)), Md.Text(Num(catalogue.Indicators.Length))]])).Append('\n');
        if (info.Description is { } d)
        {
            md.Append(Loc(d, lang, paragraphs: true)).Append("\n\n");
        }

        md.Append("## ").Append(Md.Text(L("filter.heading"))).Append('\n');
        var page = new PageParts();
        page.Markdown(md.ToString());
        page.Html(Template.Load("filter.html").Fill(
            new Dictionary<string, string>
            {
                ["search"] = L("filter.search"),
                ["pillar"] = L("filter.pillar"),
                ["theme"] = L("filter.theme"),
                ["phase"] = L("filter.phase"),
                ["scale"] = L("filter.scale"),
                ["all"] = L("filter.all"),
            },
            new Dictionary<string, string> { ["data"] = IndexData(lang), ["script"] = Template.Resource("search.js") }));

        md.Clear();
        md.Append("## ").Append(Md.Text(L("index.indicators"))).Append("\n\n");
        md.Append(Md.Table(
            [L("field.name"), L("field.id"), L("field.pillar"), L("field.theme"), L("field.phases"), L("field.scales"), L("field.status")],
            catalogue.Indicators.Select(i => (IReadOnlyList<string>)[
                Md.Link(i.Name.Get(lang), indicatorFiles[i.Id]),
                Md.Text(i.Id),
                Md.Text(PillarName(i.Pillar, lang)),
                Md.Text(ThemeName(i.Theme, lang)),
                Md.Text(string.Join(", ", Codes.All<Phase>().Where(p => i.Applicability.Any(a => a.Phase.ToCode() == p)).Select(p => L("phase." + p)))),
                Md.Text(string.Join(", ", Codes.All<Scale>().Where(s => i.Applicability.Any(a => a.Scale.ToCode() == s)).Select(s => L("scale." + s)))),
                Md.Text(L("status." + i.Status.ToCode())),
            ])));
        md.Append("\n## ").Append(Md.Text(L("index.frameworks"))).Append("\n\n");
        foreach (var f in catalogue.Frameworks)
        {
            md.Append("- ").Append(Md.Link(f.Name.Get(lang), frameworkFiles[f.Id])).Append(' ').Append(Md.Text("(" + f.Id + ")")).Append('\n');
        }

        md.Append("\n## ").Append(Md.Text(L("index.factorsets"))).Append("\n\n");
        foreach (var s in catalogue.FactorSets)
        {
            md.Append("- ").Append(Md.Link(s.Name.Get(lang), factorSetFiles[s.Id])).Append(' ').Append(Md.Text($"({s.Id}, {s.Version})")).Append('\n');
        }

        page.Markdown(md.ToString());
        return Page(lang, "index.html", info.Title.Get(lang), page);
    }

    private string IndexData(string lang)
    {
        using var stream = new MemoryStream();
        // The default encoder escapes < > & ' and non-ASCII, so the JSON cannot close its <script> element.
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteString("shown", SiteLabels.Get(lang, "filter.shown"));
            w.WriteStartObject("options");
            Options(w, "pillar", catalogue.Pillars.Select(p => (p.Pillar.ToCode(), p.Name.Get(lang))));
            Options(w, "theme", catalogue.Themes.Select(t => (t.Id, t.Name.Get(lang))));
            Options(w, "phase", Codes.All<Phase>().Select(p => (p, SiteLabels.Get(lang, "phase." + p))));
            Options(w, "scale", Codes.All<Scale>().Select(s => (s, SiteLabels.Get(lang, "scale." + s))));
            w.WriteEndObject();
            w.WriteStartArray("indicators");
            foreach (var i in catalogue.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("id", i.Id);
                w.WriteString("text", (i.Id + " " + i.Name.Get(lang)).ToLowerInvariant());
                w.WriteString("pillar", i.Pillar.ToCode());
                w.WriteString("theme", i.Theme);
                w.WriteStartArray("phases");
                foreach (var p in i.Applicability.Select(a => a.Phase.ToCode()).Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(p);
                }

                w.WriteEndArray();
                w.WriteStartArray("scales");
                foreach (var s in i.Applicability.Select(a => a.Scale.ToCode()).Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Options(Utf8JsonWriter w, string name, IEnumerable<(string Code, string Label)> options)
    {
        w.WriteStartArray(name);
        foreach (var (code, label) in options)
        {
            w.WriteStartArray();
            w.WriteStringValue(code);
            w.WriteStringValue(label);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private SitePage IndicatorPage(Indicator i, string lang)
    {
        string L(string key) => SiteLabels.Get(lang, key);
        var file = indicatorFiles[i.Id];
        var md = new StringBuilder();
        md.Append("# ").Append(Md.Text(i.Name.Get(lang))).Append("\n\n");
        md.Append(Md.Text(i.Id)).Append(" · ").Append(Md.Strong(L("status." + i.Status.ToCode()))).Append("\n\n");
        md.Append("## ").Append(Md.Text(L("section.definition"))).Append("\n\n").Append(Loc(i.Description, lang, paragraphs: true)).Append("\n\n");

        md.Append("## ").Append(Md.Text(L("section.properties"))).Append("\n\n");
        var props = new List<IReadOnlyList<string>>
        {
            Row(L("field.id"), Md.Text(i.Id)),
            Row(L("field.pillar"), Md.Text(PillarName(i.Pillar, lang))),
            Row(L("field.theme"), Md.Text(ThemeName(i.Theme, lang))),
            Row(L("field.unit"), Md.Text(i.Unit.Text)),
            Row(L("field.quantity"), Md.Text(i.Quantity)),
            Row(L("field.valuekind"), Md.Text(L("valuekind." + i.ValueKind.ToCode()))),
            Row(L("field.direction"), Md.Text(L("direction." + i.Direction.ToCode()))),
            Row(L("field.aggregation"), Md.Text(L("aggregation." + i.Aggregation.ToCode()))),
            Row(L("field.range"), i.Range is { } r ? Md.Text(r.ToString()) + (r.Note is null ? string.Empty : " " + Md.Text("(" + r.Note + ")")) : Md.Text(L("value.none"))),
        };
        if (i.ShareOfObjects is { } share)
        {
            props.Insert(props.Count - 1, Row(L("field.shareofobjects"), // under the aggregation, above the range
                Md.Text($"{L("share.counts")} {Threshold(share.Comparator, share.Value, share.Unit)}, {L("share.weightedby")} {L("weight." + share.Weight.ToCode())}")
                + " (" + SourceCell(share.Source) + ", " + Confidence(share.Source.Confidence, lang) + ")" + (share.Note is null ? string.Empty : " " + Md.Text(share.Note))));
        }

        if (!i.Categories.IsDefaultOrEmpty)
        {
            props.Add(Row(L("field.categories"), string.Join(", ", i.Categories.Select(c => Md.Text(c.Code) + " " + Md.Text("(" + c.Name.Get(lang) + ")")))));
        }

        if (i.Formula is { } formula)
        {
            props.Add(Row(L("field.formula"), Md.Text(formula.Expression) + " " + Md.Text("(" + string.Join(", ", formula.Inputs.Select(x => $"{x.Name} [{x.Unit}]")) + ")")));
        }

        md.Append(Md.Table([L("field.name"), L("field.value")], props)).Append('\n');

        md.Append("## ").Append(Md.Text(L("section.matrix"))).Append("\n\n");
        var scales = Enum.GetValues<Scale>();
        md.Append(Md.Table(
            [L("field.phasescale"), .. scales.Select(s => L("scale." + s.ToCode()))],
            Enum.GetValues<Phase>().Select(p => (IReadOnlyList<string>)[
                Md.Strong(L("phase." + p.ToCode())),
                .. scales.Select(s => i.Applicability.FirstOrDefault(a => a.Phase == p && a.Scale == s) is { } a
                    ? Md.Text(L("method." + a.Method.ToCode())) + (a.Note is null ? string.Empty : " " + Md.Text("(" + a.Note + ")"))
                    : Md.Text("—")),
            ]))).Append('\n');

        md.Append("## ").Append(Md.Text(L("section.mappings"))).Append("\n\n");
        if (i.Mappings.IsDefaultOrEmpty)
        {
            md.Append(Md.Text(L("value.none"))).Append("\n\n");
        }
        else
        {
            md.Append(Md.Table(
                [L("field.framework"), L("field.item"), L("field.name"), L("field.relation"), L("field.note")],
                i.Mappings.Select(m =>
                {
                    var fw = catalogue.FindFramework(m.Target.FrameworkId);
                    var item = catalogue.FindFrameworkItem(m.Target);
                    return (IReadOnlyList<string>)[
                        fw is null ? Md.Text(m.Target.FrameworkId) : Md.Link(fw.Name.Get(lang), Rel(file, frameworkFiles[fw.Id])),
                        Md.Text(m.Target.ItemId),
                        item is null ? string.Empty : Loc(item.Name, lang),
                        Md.Text(L("relation." + m.Relation.ToCode())),
                        Md.Text(m.Note),
                    ];
                }))).Append('\n');
        }

        var page = new PageParts();
        md.Append("## ").Append(Md.Text(L("section.limits"))).Append("\n\n");
        if (i.LimitValues.IsDefaultOrEmpty)
        {
            md.Append(Md.Text(L("value.none"))).Append("\n\n");
            page.Markdown(md.ToString());
        }
        else
        {
            md.Append(Md.Table(
                [L("field.from"), L("field.to"), L("field.limit"), L("field.scope"), L("field.kind"), L("field.basis"), L("field.source"), L("field.confidence"), L("field.note")],
                i.LimitValues.OrderBy(l => Series(l, lang), StringComparer.Ordinal).ThenBy(l => l.ValidFrom).Select(l => (IReadOnlyList<string>)[
                    Md.Text(Date(l.ValidFrom)),
                    Md.Text(l.ValidTo is { } to ? Date(to) : L("value.open")),
                    Md.Text(Threshold(l.Comparator, l.Value, l.Unit)),
                    Md.Text(Scope(l.Scope, lang)),
                    Md.Text(L("limitkind." + l.Kind.ToCode())),
                    l.Basis is null ? string.Empty : factorSetFiles.TryGetValue(l.Basis, out var fs) ? Md.Link(l.Basis, Rel(file, fs)) : Md.Text(l.Basis),
                    SourceCell(l.Source),
                    Confidence(l.Source.Confidence, lang),
                    Md.Text(l.Note),
                ]))).Append('\n');
            md.Append("### ").Append(Md.Text(L("section.chart"))).Append('\n');
            page.Markdown(md.ToString());
            if (TrajectoryChart.Draw(i, lang, l => Series(l, lang)) is { } svg)
            {
                page.Html(svg);
            }
        }

        md.Clear();
        md.Append("## ").Append(Md.Text(L("section.factorsets"))).Append("\n\n");
        var bases = i.LimitValues.Select(l => l.Basis).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (bases.Count == 0)
        {
            md.Append(Md.Text(L("value.none"))).Append("\n\n");
        }

        foreach (var b in bases)
        {
            var set = catalogue.FindFactorSet(b);
            md.Append("- ").Append(set is null ? Md.Text(b) : Md.Link($"{set.Name.Get(lang)} ({set.Id}, {set.Version})", Rel(file, factorSetFiles[set.Id]))).Append('\n');
        }

        md.Append("\n## ").Append(Md.Text(L("section.sources"))).Append("\n\n");
        var refs = i.Sources.Concat(i.Formula is { } f2 ? [f2.Source] : []).Concat(i.ShareOfObjects is { } s2 ? [s2.Source] : []).Concat(i.LimitValues.Select(l => l.Source)).Distinct().ToList();
        md.Append(Md.Table(
            [L("field.source"), L("field.locator"), L("field.confidence"), L("field.note")],
            refs.Select(s => (IReadOnlyList<string>)[SourceCell(s, withLocator: false), Md.Text(s.Locator), Confidence(s.Confidence, lang), Md.Text(s.Note)]))).Append('\n');

        md.Append("## ").Append(Md.Text(L("section.history"))).Append("\n\n");
        var history = new List<IReadOnlyList<string>>
        {
            Row(L("field.status"), Md.Strong(L("status." + i.Status.ToCode()))),
            Row(L("field.since"), Md.Text(i.Since)),
            Row(L("field.changed"), Md.Text(i.Changed ?? L("value.none"))),
        };
        if (i.ReplacedBy is { } by)
        {
            history.Add(Row(L("field.replacedby"), indicatorFiles.TryGetValue(by, out var byFile) ? Md.Link(by, Rel(file, byFile)) : Md.Text(by)));
        }

        md.Append(Md.Table([L("field.name"), L("field.value")], history)).Append('\n');
        var entries = catalogue.Info.Changelog.Where(e => e.Version == i.Since || e.Version == i.Changed).ToList();
        if (entries.Count > 0)
        {
            md.Append("### ").Append(Md.Text(L("section.changelog"))).Append("\n\n");
            md.Append(Md.Table(
                [L("field.version"), L("field.date"), L("field.changes")],
                entries.Select(e => (IReadOnlyList<string>)[Md.Text(e.Version), Md.Text(Date(e.Date)), string.Join("; ", e.Changes.Select(Md.Text))]))).Append('\n');
        }

        if (i.Note is not null)
        {
            md.Append("## ").Append(Md.Text(L("field.note"))).Append("\n\n").Append(Md.Paragraphs(i.Note)).Append('\n');
        }

        page.Markdown(md.ToString());
        return Page(lang, file, i.Name.Get(lang), page);
    }

    private SitePage FrameworkPage(Framework f, string lang)
    {
        string L(string key) => SiteLabels.Get(lang, key);
        var file = frameworkFiles[f.Id];
        var md = new StringBuilder();
        md.Append("# ").Append(Loc(f.Name, lang)).Append("\n\n");
        md.Append(Md.Table([L("field.name"), L("field.value")], [
            Row(L("field.id"), Md.Text(f.Id)),
            Row(L("field.version"), Md.Text(f.Version)),
            Row(L("field.publisher"), Md.Text(f.Publisher)),
            Row(L("field.url"), f.Url is null ? string.Empty : External(f.Url, f.Url)),
            Row(L("field.source"), SourceCell(f.Source) + " " + Confidence(f.Source.Confidence, lang)),
        ])).Append('\n');
        if (f.Description is { } d)
        {
            md.Append(Loc(d, lang, paragraphs: true)).Append("\n\n");
        }

        md.Append("## ").Append(Md.Text(L("section.items"))).Append("\n\n");
        md.Append(Md.Table(
            [L("field.id"), L("field.name"), L("field.parent"), L("field.unit"), L("field.description"), L("field.indicators")],
            f.Items.Select(item => (IReadOnlyList<string>)[
                Md.Text(item.Id),
                Loc(item.Name, lang),
                Md.Text(item.Parent),
                Md.Text(item.Unit),
                item.Description is null ? string.Empty : Loc(item.Description, lang),
                string.Join(", ", itemUsers.GetValueOrDefault((f.Id, item.Id), []).Select(i => Md.Link(i.Name.Get(lang), Rel(file, indicatorFiles[i.Id])))),
            ]))).Append('\n');
        var page = new PageParts();
        page.Markdown(md.ToString());
        return Page(lang, file, f.Name.Get(lang), page);
    }

    private SitePage FactorSetPage(FactorSet s, string lang)
    {
        string L(string key) => SiteLabels.Get(lang, key);
        var file = factorSetFiles[s.Id];
        var md = new StringBuilder();
        md.Append("# ").Append(Loc(s.Name, lang)).Append("\n\n");
        md.Append(Md.Table([L("field.name"), L("field.value")], [
            Row(L("field.id"), Md.Text(s.Id)),
            Row(L("field.version"), Md.Text(s.Version)),
            Row(L("field.method"), Md.Text(s.Method)),
            Row(L("field.standard"), Md.Text(s.Standard)),
            Row(L("field.from"), Md.Text(s.ValidFrom is { } from ? Date(from) : L("value.open"))),
            Row(L("field.to"), Md.Text(s.ValidTo is { } to ? Date(to) : L("value.open"))),
            Row(L("field.source"), SourceCell(s.Source) + " " + Confidence(s.Source.Confidence, lang)),
            Row(L("field.note"), Md.Text(s.Note)),
        ])).Append('\n');
        md.Append("## ").Append(Md.Text(L("section.factors"))).Append("\n\n");
        md.Append(Md.Table(
            [L("field.id"), L("field.name"), L("field.value"), L("field.unit"), L("field.appliesto"), L("field.componentof"), L("field.source"), L("field.confidence"), L("field.note")],
            s.Factors.Select(x => (IReadOnlyList<string>)[
                Md.Text(x.Id),
                Loc(x.Name, lang),
                Md.Text(x.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : L("value.unknown")),
                Md.Text(x.Unit.Text),
                Md.Text(x.AppliesTo?.Text),
                Md.Text(x.ComponentOf),
                SourceCell(x.Source),
                Confidence(x.Source.Confidence, lang),
                Md.Text(x.Note),
            ]))).Append('\n');
        md.Append("## ").Append(Md.Text(L("section.usedby"))).Append("\n\n");
        var users = basisUsers.GetValueOrDefault(s.Id, []);
        md.Append(users.Count == 0 ? Md.Text(L("value.none")) + "\n" : string.Concat(users.Select(i => "- " + Md.Link(i.Name.Get(lang), Rel(file, indicatorFiles[i.Id])) + "\n")));
        var page = new PageParts();
        page.Markdown(md.ToString());
        return Page(lang, file, s.Name.Get(lang), page);
    }

    /// <summary>Fills the layout: the page's parts rendered, the language switch to the same page in the other language.</summary>
    private SitePage Page(string lang, string file, string title, PageParts parts)
    {
        var other = lang == "nl" ? "en" : "nl";
        var path = lang + "/" + file;
        var up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var html = layout.Fill(
            new Dictionary<string, string>
            {
                ["lang"] = lang,
                ["title"] = $"{title} · {SiteLabels.Get(lang, "site.title")}",
                ["site"] = SiteLabels.Get(lang, "site.title"),
                ["home"] = SiteLabels.Get(lang, "site.home"),
                ["home-href"] = Rel(file, "index.html"),
                ["other"] = SiteLabels.Get(lang, "language.switch"),
                ["other-lang"] = other,
                ["other-href"] = up + other + "/" + file,
                ["footer"] = $"{SiteLabels.Get(lang, "site.generated")} {catalogue.Info.Id} {catalogue.Info.Version} ({SiteLabels.Get(lang, "catalogue." + catalogue.Info.Status.ToCode())}, {Date(catalogue.Info.ReleaseDate)})",
            },
            new Dictionary<string, string> { ["body"] = parts.Render(Pipeline) });
        return new SitePage(path, lang, html);
    }

    private string SourceCell(SourceReference s, bool withLocator = true)
    {
        var source = catalogue.FindSource(s.SourceId);
        var title = source is null ? s.SourceId : source.Title + (source.Edition is null ? string.Empty : ", " + source.Edition);
        var text = source?.Url is { } url ? External(title, url) : Md.Text(title);
        return withLocator && s.Locator is not null ? text + Md.Text(", " + s.Locator) : text;
    }

    // Only http(s) addresses become links (a javascript: or data: address from the data stays text).
    private static string External(string text, string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? Md.Link(text, url)
            : Md.Text(text + " (" + url + ")");

    private static string Confidence(Confidence c, string lang) =>
        c == Model.Confidence.Confirmed ? Md.Text(SiteLabels.Get(lang, "confidence.confirmed")) : Md.Strong(SiteLabels.Get(lang, "confidence." + c.ToCode()));

    /// <summary>Text in the page's language, or in the other one with a visible marker saying so.</summary>
    private static string Loc(LocalizedText text, string lang, bool paragraphs = false)
    {
        var own = lang == "nl" ? text.Nl : text.En;
        var other = lang == "nl" ? text.En : text.Nl;
        if (!string.IsNullOrWhiteSpace(own))
        {
            return paragraphs ? Md.Paragraphs(own) : Md.Text(own);
        }

        if (string.IsNullOrWhiteSpace(other))
        {
            return string.Empty;
        }

        var marker = "*" + Md.Text($"[{(lang == "nl" ? "en" : "nl")}: {SiteLabels.Get(lang, "language.only")}]") + "*";
        return paragraphs ? marker + "\n\n" + Md.Paragraphs(other) : Md.Text(other) + " " + marker;
    }

    private string Series(LimitValue l, string lang) =>
        $"{SiteLabels.Get(lang, "limitkind." + l.Kind.ToCode())}, {Scope(l.Scope, lang)}{(l.Basis is null ? string.Empty : ", " + l.Basis)}";

    private string Scope(LimitScope s, string lang)
    {
        var parts = new List<string>(3);
        if (s.Scale is { } scale)
        {
            parts.Add(SiteLabels.Get(lang, "scale." + scale.ToCode()));
        }

        if (s.BuildingType is { } bt)
        {
            parts.Add(catalogue.FindBuildingType(bt) is { } type ? $"{type.Name.Get(lang)} ({bt})" : bt);
        }

        if (s.Variant is { } variant)
        {
            parts.Add(variant);
        }

        return parts.Count == 0 ? SiteLabels.Get(lang, "value.notapplicable") : string.Join(", ", parts);
    }

    private string PillarName(Pillar p, string lang) => catalogue.Pillars.FirstOrDefault(x => x.Pillar == p)?.Name.Get(lang) ?? p.ToCode();

    private string ThemeName(string id, string lang) => catalogue.FindTheme(id)?.Name.Get(lang) ?? id;

    private static string Threshold(Comparator comparator, decimal value, Units.Unit unit) => $"{Comparator(comparator)} {value.ToString(CultureInfo.InvariantCulture)} {unit.Text}";

    private static string Comparator(Comparator c) => c switch
    {
        Model.Comparator.AtMost => "≤",
        Model.Comparator.Below => "<",
        Model.Comparator.AtLeast => "≥",
        _ => ">",
    };

    private static IReadOnlyList<string> Row(string label, string markdownValue) => [Md.Text(label), markdownValue];

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A relative link from one page to another of the same language (both paths relative to the language folder).</summary>
    private static string Rel(string from, string to)
    {
        var up = from.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", up)) + to;
    }

    private static string Slug(string id, HashSet<string> taken)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        var slug = sb.ToString().Trim('.');
        if (slug.Length == 0)
        {
            slug = "page";
        }

        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Indicator>> map, TKey key, Indicator i)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(i))
        {
            list.Add(i);
        }
    }

    /// <summary>A page body: Markdown parts (rendered with the pipeline) and fragments the generator made itself, in order.</summary>
    private sealed class PageParts
    {
        private readonly List<(bool IsMarkdown, string Text)> parts = [];

        public void Markdown(string markdown) => parts.Add((true, markdown));

        public void Html(string trustedHtml) => parts.Add((false, trustedHtml));

        public string Render(MarkdownPipeline pipeline) =>
            string.Concat(parts.Select(p => p.IsMarkdown ? Markdig.Markdown.ToHtml(p.Text, pipeline) : p.Text + "\n"));
    }
}
