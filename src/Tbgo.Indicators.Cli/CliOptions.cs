using System.CommandLine;

namespace Tbgo.Indicators.Cli;

/// <summary>Options several commands share, each command with the values it supports.</summary>
internal static class CliOptions
{
    /// <summary>The <c>--format</c> (<c>-f</c>) option of a command; the first allowed value is the default.</summary>
    public static Option<string> Format(string description, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The <c>--lang</c> option: the language of text output, <c>en</c> (default) or <c>nl</c>.</summary>
    public static Option<string> Language(string what = "Language of text output (headings, messages, summary): en or nl. JSON output is not translated.")
    {
        var option = new Option<string>("--lang")
        {
            Description = what,
            DefaultValueFactory = _ => "en",
        };
        option.AcceptOnlyFromAmong("en", "nl");
        return option;
    }

    /// <summary>text or json, for the catalogue commands.</summary>
    public static Option<string> TextOrJson() =>
        Format("Output format: text (readable) or json (stable, documented in docs/cli.md).", "text", "json");
}
