using System.Text;
using System.Text.Json;

namespace Tbgo.Indicators.Diff;

/// <summary>Writes a <see cref="CatalogueDiffResult"/> as JSON (stable shape, docs/cli.md) or as a Markdown changelog fragment.</summary>
public static class CatalogueDiffWriter
{
    /// <summary>Writes the result as one JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter writer, CatalogueDiffResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WritePropertyName("old");
        CatalogueJson.WriteInfo(writer, result.Old);
        writer.WritePropertyName("new");
        CatalogueJson.WriteInfo(writer, result.New);
        writer.WriteBoolean("breaking", result.HasBreakingChanges);
        writer.WriteString("bump", Code(result.Bump));
        if (result.VersionWarning is { } warning)
        {
            writer.WriteString("versionWarning", warning);
        }

        writer.WriteStartObject("counts");
        writer.WriteNumber("breaking", result.Count(ChangeImpact.Breaking));
        writer.WriteNumber("compatible", result.Count(ChangeImpact.Compatible));
        writer.WriteNumber("editorial", result.Count(ChangeImpact.Editorial));
        writer.WriteEndObject();
        writer.WriteStartArray("changes");
        foreach (var c in result.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("impact", Code(c.Impact));
            writer.WriteString("kind", Code(c.Kind));
            writer.WriteString("area", Code(c.Area));
            writer.WriteString("subject", c.Subject);
            if (c.Field is not null)
            {
                writer.WriteString("field", c.Field);
            }

            if (c.OldValue is not null)
            {
                writer.WriteString("old", c.OldValue);
            }

            if (c.NewValue is not null)
            {
                writer.WriteString("new", c.NewValue);
            }

            writer.WriteString("reason", c.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A changelog fragment in Markdown for the new catalogue version: a heading with both versions and the
    /// implied bump, then the changes grouped as Breaking, Added, Removed, Changed and Editorial.
    /// </summary>
    public static string ToMarkdown(CatalogueDiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append("## Catalogue ").Append(Inline(result.New.Version)).Append(" (from ").Append(Inline(result.Old.Version)).Append(")\n\n");
        if (result.IsEmpty)
        {
            sb.Append("No changes.\n");
            return sb.ToString();
        }

        sb.Append("Implied version bump: **").Append(Code(result.Bump)).Append("** (")
            .Append(Count(result.Count(ChangeImpact.Breaking), "breaking change")).Append(", ")
            .Append(Count(result.Count(ChangeImpact.Compatible), "compatible change")).Append(", ")
            .Append(Count(result.Count(ChangeImpact.Editorial), "editorial change")).Append(").\n");
        if (result.VersionWarning is { } warning)
        {
            sb.Append("\n> **Note:** ").Append(Inline(warning)).Append('\n');
        }

        Section(sb, "Breaking", result.Changes.Where(c => c.Impact == ChangeImpact.Breaking), withReason: true);
        var compatible = result.Changes.Where(c => c.Impact == ChangeImpact.Compatible).ToArray();
        Section(sb, "Added", compatible.Where(c => c.Kind == ChangeKind.Added), withReason: false);
        Section(sb, "Removed", compatible.Where(c => c.Kind == ChangeKind.Removed), withReason: true);
        Section(sb, "Changed", compatible.Where(c => c.Kind == ChangeKind.Changed), withReason: false);
        Section(sb, "Editorial", result.Changes.Where(c => c.Impact == ChangeImpact.Editorial), withReason: false);
        return sb.ToString();
    }

    /// <summary>One line for a change, for people: <c>removed indicator `id` (...)</c>, <c>`id`: unit `a` -> `b`</c>.</summary>
    public static string Describe(CatalogueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var area = AreaText(change.Area);
        var subject = Value(change.Subject);
        return change.Kind switch
        {
            ChangeKind.Added => $"added {area} {subject}{Detail(change.NewValue)}",
            ChangeKind.Removed => $"removed {area} {subject}{Detail(change.OldValue)}",
            _ => $"{area} {subject}: {change.Field} {Value(change.OldValue)} -> {Value(change.NewValue)}",
        };
    }

    /// <summary>The code of an impact as written in JSON: <c>breaking</c>, <c>compatible</c>, <c>editorial</c>.</summary>
    public static string Code(ChangeImpact impact) => impact switch
    {
        ChangeImpact.Breaking => "breaking",
        ChangeImpact.Compatible => "compatible",
        _ => "editorial",
    };

    /// <summary>The code of a bump as written in JSON: <c>none</c>, <c>patch</c>, <c>minor</c>, <c>major</c>.</summary>
    public static string Code(VersionBump bump) => bump switch
    {
        VersionBump.Major => "major",
        VersionBump.Minor => "minor",
        VersionBump.Patch => "patch",
        _ => "none",
    };

    private static string Code(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Code(ChangeArea area) => area switch
    {
        ChangeArea.LimitValue => "limit-value",
        ChangeArea.ReferenceMeasurement => "reference-measurement",
        ChangeArea.IndicatorSource => "indicator-source",
        ChangeArea.FrameworkItem => "framework-item",
        ChangeArea.FactorSet => "factor-set",
        ChangeArea.BuildingType => "building-type",
        _ => area.ToString().ToLowerInvariant(),
    };

    private static string AreaText(ChangeArea area) => Code(area).Replace('-', ' ');

    private static void Section(StringBuilder sb, string title, IEnumerable<CatalogueChange> changes, bool withReason)
    {
        var list = changes.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        sb.Append("\n### ").Append(title).Append("\n\n");
        foreach (var c in list)
        {
            sb.Append("- ").Append(Inline(Describe(c), keepBackticks: true));
            if (withReason)
            {
                sb.Append(": ").Append(Inline(c.Reason));
            }

            sb.Append('\n');
        }
    }

    private static string Detail(string? value) => value is null ? string.Empty : $" ({Flat(value).Replace('`', '\'')})";

    private static string Value(string? value) => value is null ? "(none)" : "`" + Flat(value).Replace('`', '\'') + "`";

    private static string Flat(string value)
    {
        var flat = string.Join(' ', value.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    /// <summary>Escapes Markdown control characters in running text so data cannot add headings, links or HTML.</summary>
    private static string Inline(string text, bool keepBackticks = false)
    {
        var sb = new StringBuilder(text.Length + 8);
        var inCode = false;
        foreach (var ch in text)
        {
            if (ch == '`' && keepBackticks)
            {
                inCode = !inCode;
                sb.Append(ch);
            }
            else if (inCode)
            {
                sb.Append(ch);
            }
            else if (ch is '\\' or '*' or '_' or '[' or ']' or '<' or '#' or '|' or '`' or '!')
            {
                sb.Append('\\').Append(ch);
            }
            else
            {
                sb.Append(char.IsControl(ch) ? ' ' : ch);
            }
        }

        return sb.ToString();
    }
}
