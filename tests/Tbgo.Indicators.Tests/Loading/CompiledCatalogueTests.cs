using System.Security.Cryptography;
using System.Text;
using Tbgo.Indicators.CatalogueCompiler;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>
/// Catalogue.Default is the catalogue compiled at build (CompiledCatalogue./// Catalogue.Default is the catalogue compiled at build (CompiledCatalogue.g.cs): it must hold exactly what loadinglt;form/// Catalogue.Default is the catalogue compiled at build (CompiledCatalogue.g.cs): it must hold exactly what loadinggt;.g.cs): it must hold exactly what loading
/// the embedded YAML gives, and come from the YAML this assembly ships.
/// </summary>
public sealed class CompiledCatalogueTests
{
    private static readonly Catalogue FromYaml = CatalogueLoader.LoadEmbedded().GetCatalogueOrThrow();

    [Fact]
    public void The_compiled_catalogue_holds_every_value_the_YAML_gives()
    {
        var compiled = GraphText.Of(Catalogue.Default);
        var loaded = GraphText.Of(FromYaml);

        Assert.True(string.Equals(compiled, loaded, StringComparison.Ordinal), FirstDifference(compiled, loaded));
        Assert.NotSame(FromYaml, Catalogue.Default);
        Assert.Equal(FromYaml.Indicators.Select(i => i.Id), Catalogue.Default.Indicators.Select(i => i.Id));
    }

    [Fact]
    public void The_comparison_sees_a_changed_value_deep_in_the_graph()
    {
        // The check above can fail: one limit value's note, four levels down, changes the text.
        var indicator = FromYaml.Indicators.First(i => i.LimitValues.Length > 0);
        var limit = indicator.LimitValues[0];
        var changed = indicator with { LimitValues = indicator.LimitValues.SetItem(0, limit with { Note = limit.Note + " (changed)" }) };

        Assert.NotEqual(GraphText.Of(indicator), GraphText.Of(changed));
        Assert.Equal(GraphText.Of(indicator), GraphText.Of(indicator with { }));
    }

    [Fact]
    public void The_compiled_catalogue_was_compiled_from_the_YAML_this_assembly_embeds()
    {
        // The compiler hashes the folder's files (relative path, newline, bytes, in ordinal path order); the same over
        // the embedded copies must give the hash it wrote: a stale compiled catalogue cannot ship.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in CatalogueLoader.LoadEmbeddedSources().OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source.Path + "\n"));
            sha.AppendData(source.Content.Span);
        }

        var embedded = Convert.ToHexStringLower(sha.GetHashAndReset());
        Assert.True(string.Equals(CompiledCatalogue.InputsHash, embedded, StringComparison.Ordinal), $"compiled from {CompiledCatalogue.InputsHash}, embedded {embedded}");
    }

    [Fact]
    public void The_compiled_catalogue_parses_its_units_with_the_default_registry()
    {
        Assert.Same(UnitRegistry.Default, Catalogue.Default.Units);
        Assert.All(Catalogue.Default.Indicators, i => Assert.Same(UnitRegistry.Default, i.Unit.Registry));
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return $"first difference at {i}: compiled '...{a.Substring(Math.Max(0, i - 80), Math.Min(160, a.Length - Math.Max(0, i - 80)))}' vs YAML '...{b.Substring(Math.Max(0, i - 80), Math.Min(160, b.Length - Math.Max(0, i - 80)))}'";
    }
}
