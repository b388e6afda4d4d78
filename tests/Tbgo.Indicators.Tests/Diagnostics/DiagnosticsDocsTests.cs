using System.Text;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is generated from DiagnosticDescriptors; this test fails while it is out of date.</summary>
public sealed class DiagnosticsDocsTests
{
    private static readonly string DocsPath = RepoPaths.Combine("docs", "diagnostics.md");

    [Fact]
    public void DiagnosticsDocsAreUpToDate()
    {
        var expected = Generate();
        var actual = File.Exists(DocsPath) ? File.ReadAllText(DocsPath) : string.Empty;
        if (Environment.GetEnvironmentVariable("TBGO_UPDATE_GENERATED") == "1" && expected != actual)
        {
            File.WriteAllText(DocsPath, expected);
            return;
        }

        Assert.True(expected == actual, "docs/diagnostics.md is out of date. Run: TBGO_UPDATE_GENERATED=1 dotnet test tests/Tbgo.Indicators.Tests --filter DiagnosticsDocs");
    }

    [Fact]
    public void CodesAreUniqueWellFormedAndInTheirCategoryRange()
    {
        var all = DiagnosticDescriptors.All;
        Assert.Equal(all.Length, all.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        var ranges = new Dictionary<string, char> { ["yaml"] = '1', ["schema"] = '2', ["catalogue"] = '3', ["units"] = '4', ["export"] = '5', ["calculator"] = '6', ["sheet"] = '1' };
        foreach (var d in all)
        {
            Assert.Matches("^TBGO[1-6][0-9]{3}$", d.Code);
            Assert.True(ranges.TryGetValue(d.Category, out var digit), $"{d.Code}: unknown category {d.Category}");
            Assert.Equal(digit, d.Code[4]);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.Same(d, DiagnosticDescriptors.Find(d.Code));
        }
    }

    [Fact]
    public void TemplatesFormatWithTheirPlaceholdersAndCheckTheArgumentCount()
    {
        foreach (var d in DiagnosticDescriptors.All)
        {
            var args = d.PlaceholderNames.Select(n => (object?)("<" + n + ">")).ToArray();
            var message = d.Format(args);
            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
            Assert.True(char.IsUpper(message[0]) || message[0] is '\'' or '<', $"{d.Code}: '{message}' does not start a sentence");
            Assert.Throws<ArgumentException>(() => d.Format([.. args, "extra"]));
        }
    }

    internal static string Generate()
    {
        var sb = new StringBuilder();
        sb.Append("# Diagnostics\n\n");
        sb.Append("Every problem the library reports has a stable code, listed here. Codes are never reused.\n");
        sb.Append("This file is generated from `DiagnosticDescriptors` by a test; do not edit it by hand\n");
        sb.Append("(`TBGO_UPDATE_GENERATED=1 dotnet test tests/Tbgo.Indicators.Tests --filter DiagnosticsDocs`).\n\n");
        sb.Append("In messages, `{name}` stands for a value filled in at the place of the problem.\n\n");
        var titles = new Dictionary<string, string>
        {
            ["yaml"] = "TBGO1xxx: files and YAML",
            ["schema"] = "TBGO2xxx: schema (structure)",
            ["catalogue"] = "TBGO3xxx: catalogue meaning",
            ["units"] = "TBGO4xxx: units and quantities",
            ["export"] = "TBGO5xxx: export validation",
            ["calculator"] = "TBGO6xxx: calculator input",
        };
        foreach (var group in DiagnosticDescriptors.All.GroupBy(d => d.Code[..5]))
        {
            sb.Append("## ").Append(titles[group.First().Category]).Append("\n\n");
            sb.Append("| code | severity | title | message |\n|---|---|---|---|\n");
            foreach (var d in group)
            {
                sb.Append("| ").Append(d.Code).Append(" | ").Append(DiagnosticJson.Severity(d.DefaultSeverity)).Append(" | ").Append(Escape(d.Title))
                  .Append(" | ").Append(Escape(d.MessageTemplate)).Append(" |\n");
            }

            sb.Append('\n');
            foreach (var d in group.Where(d => d.Help is not null))
            {
                sb.Append("- **").Append(d.Code).Append("** ").Append(d.Help).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static string Escape(string s) => Regex.Replace(s, @"\|", "\\|");
}
