using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Tbgo.Indicators.Diagnostics;

/// <summary>
/// The definition of one diagnostic code: its default severity, a short title and a message
/// template with named placeholders (<c>{key}</c>), filled in order of appearance.
/// </summary>
public sealed class DiagnosticDescriptor
{
    private readonly ImmutableArray<string> _segments;

    internal DiagnosticDescriptor(string code, DiagnosticSeverity severity, string category, string title, string messageTemplate, string? help = null)
    {
        Code = code;
        DefaultSeverity = severity;
        Category = category;
        Title = title;
        MessageTemplate = messageTemplate;
        Help = help;
        _segments = Split(messageTemplate, out var names);
        PlaceholderNames = names;
    }

    /// <summary>The stable code, such as <c>TBGO2001</c>.</summary>
    public string Code { get; }

    /// <summary>The severity this diagnostic has unless a caller overrides it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The area the code belongs to (yaml, schema, catalogue, units, export, calculator).</summary>
    public string Category { get; }

    /// <summary>A short title, such as "Unknown key".</summary>
    public string Title { get; }

    /// <summary>The message template with named placeholders, such as <c>Unknown key '{key}'.</c>.</summary>
    public string MessageTemplate { get; }

    /// <summary>What to do about it, for the documentation; may be <see langword="null"/>.</summary>
    public string? Help { get; }

    /// <summary>The placeholder names in the template, in order.</summary>
    public ImmutableArray<string> PlaceholderNames { get; }

    /// <summary>Formats the message template with the given arguments, in placeholder order.</summary>
    /// <exception cref="ArgumentException">The number of arguments does not match the template.</exception>
    public string Format(params ReadOnlySpan<object?> args)
    {
        if (args.Length != PlaceholderNames.Length)
        {
            throw new ArgumentException($"{Code} takes {PlaceholderNames.Length} arguments, got {args.Length}.", nameof(args));
        }

        var sb = new StringBuilder(MessageTemplate.Length + 32);
        for (var i = 0; i < _segments.Length; i++)
        {
            sb.Append(_segments[i]);
            if (i < args.Length)
            {
                sb.Append(FormatArgument(args[i]));
            }
        }

        return sb.ToString();
    }

    /// <summary>Creates a diagnostic of this kind at a location.</summary>
    public Diagnostic Create(SourceLocation location, params ReadOnlySpan<object?> args) =>
        new(Code, DefaultSeverity, Format(args), location) { Arguments = FormatArguments(args) };

    /// <summary>Creates a diagnostic of this kind at a location, with a hint.</summary>
    public Diagnostic CreateWithHint(SourceLocation location, string? hint, params ReadOnlySpan<object?> args) =>
        new(Code, DefaultSeverity, Format(args), location, hint) { Arguments = FormatArguments(args) };

    /// <summary>Fills another template that uses the same placeholder names (a translation) with formatted arguments.</summary>
    internal static string Fill(string template, IReadOnlyList<string> names, IReadOnlyList<string> values)
    {
        var segments = Split(template, out var used);
        var sb = new StringBuilder(template.Length + 32);
        for (var i = 0; i < segments.Length; i++)
        {
            sb.Append(segments[i]);
            if (i < used.Length)
            {
                var at = -1;
                for (var j = 0; j < names.Count && j < values.Count; j++)
                {
                    if (string.Equals(names[j], used[i], StringComparison.Ordinal))
                    {
                        at = j;
                        break;
                    }
                }

                sb.Append(at >= 0 ? values[at] : "{" + used[i] + "}");
            }
        }

        return sb.ToString();
    }

    /// <summary>The placeholder names a template uses, in order.</summary>
    internal static ImmutableArray<string> Placeholders(string template)
    {
        Split(template, out var names);
        return names;
    }

    private string[] FormatArguments(ReadOnlySpan<object?> args)
    {
        var values = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = FormatArgument(args[i]);
        }

        return values;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";

    private static string FormatArgument(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static ImmutableArray<string> Split(string template, out ImmutableArray<string> names)
    {
        var segments = ImmutableArray.CreateBuilder<string>();
        var nameList = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            segments.Add(template[start..i]);
            nameList.Add(template[(i + 1)..end]);
            start = end + 1;
            i = end;
        }

        segments.Add(template[start..]);
        names = nameList.ToImmutable();
        return segments.ToImmutable();
    }
}
