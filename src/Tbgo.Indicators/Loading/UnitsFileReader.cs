using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Units;
using static Tbgo.Indicators.Loading.BindContext;

namespace Tbgo.Indicators.Loading;

/// <summary>The definitions of a schema-valid <c>units.yaml</c>, and the registry they build.</summary>
internal static class UnitsFileReader
{
    /// <summary>The units.yaml format version this library reads.</summary>
    public const int SupportedVersion = 1;

    /// <summary>One definition in file order, with where it stands.</summary>
    internal sealed record Entry(string Section, YMapping Node);

    /// <summary>Builds the registry; reports each bad definition at its line and returns null if any failed.</summary>
    public static UnitRegistry? Build(YMapping root, string file, List<Diagnostic> diagnostics)
    {
        var builder = new UnitRegistryBuilder();
        var ok = true;
        if (Int(root, "version") != SupportedVersion)
        {
            var node = root["version"]!;
            diagnostics.Add(DiagnosticDescriptors.InvalidUnitDefinition.Create(new SourceLocation(file, node.Line, node.Column, 0, node.Pointer),
                $"units.yaml version {Str(root, "version")} is not supported; this library reads version {SupportedVersion}"));
            return null;
        }

        builder.Source = root["source"] is YMapping source ? Describe(source) : null;
        foreach (var (section, node) in Entries(root))
        {
            try
            {
                Apply(builder, section, node);
            }
            catch (UnitDefinitionException ex)
            {
                ok = false;
                diagnostics.Add(DiagnosticDescriptors.InvalidUnitDefinition.Create(
                    new SourceLocation(file, node.Line, node.Column, 0, node.Pointer), ex.Message.TrimEnd('.')));
            }
        }

        return ok ? builder.Build() : null;
    }

    public static IEnumerable<Entry> Entries(YMapping root)
    {
        foreach (var section in new[] { "dimensions", "units", "qualifiers", "quantities" })
        {
            foreach (var n in Seq(root, section))
            {
                yield return new Entry(section, (YMapping)n);
            }
        }
    }

    public static void Apply(UnitRegistryBuilder builder, string section, YMapping m)
    {
        var nameNode = (YMapping)m["name"]!;
        var name = new UnitName(Str(nameNode, "nl"), Str(nameNode, "en"));
        switch (section)
        {
            case "dimensions":
                var kind = Str(m, "kind") switch
                {
                    "count" => AxisKind.Count,
                    "qualifier" => AxisKind.Qualifier,
                    _ => AxisKind.Base,
                };
                builder.AddAxis(Str(m, "id"), Str(m, "symbol"), kind, name);
                break;
            case "units":
                builder.AddUnit(Str(m, "symbol"), Aliases(m), name, Str(m, "definition"), SourceText(m));
                break;
            case "qualifiers":
                builder.AddQualifier(Str(m, "symbol"), Aliases(m), name, Str(m, "dimension"), SourceText(m));
                break;
            default:
                builder.AddQuantity(Str(m, "id"), name, Str(m, "unit"));
                break;
        }
    }

    private static List<string> Aliases(YMapping m) => [.. Seq(m, "aliases").Select(a => ((YScalar)a).Value)];

    private static string? SourceText(YMapping m) => m["source"] is YMapping s ? Describe(s) : null;

    /// <summary>A source reference as one line of text, as the registry keeps it.</summary>
    public static string Describe(YMapping s)
    {
        var text = OptStr(s, "locator") is { } locator ? $"{Str(s, "ref")}, {locator} ({Str(s, "confidence")})" : $"{Str(s, "ref")} ({Str(s, "confidence")})";
        return OptStr(s, "note") is { } note ? $"{text}: {note}" : text;
    }
}
