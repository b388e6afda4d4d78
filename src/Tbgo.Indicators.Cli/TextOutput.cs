using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Reporting;

namespace Tbgo.Indicators.Cli;

/// <summary>Plain-text formatting shared by the commands.</summary>
internal static class TextOutput
{
    /// <summary>Formats a diagnostic as <c>file:line:col: CODE: message</c> (with the severity after the code for non-errors).</summary>
    public static string Format(Diagnostic d) => TerminalText.Escape(d.ToString());

    /// <summary>Formats a diagnostic like <see cref="Format(Diagnostic)"/>, in a language (<c>en</c> or <c>nl</c>).</summary>
    public static string Format(Diagnostic d, string language) => TerminalText.Escape(Localization.DiagnosticTexts.Format(d, language));

    /// <summary>Formats rows as a left-aligned table with a header, columns separated by two spaces, cells escaped.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => TextTable.Format(header, rows);

    public static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
