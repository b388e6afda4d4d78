using System.Reflection;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.TestSupport;
using KitchenSink = Tbgo.Indicators.Definitions.Tests.KitchenSinkIds.Indicators;

namespace Tbgo.Indicators.Definitions.Tests;

/// <summary>Typed ids (issue 14): a constant per indicator, generated at build from the YAML, for the default catalogue and a user's own.</summary>
public sealed class TypedIdTests
{
    [Fact]
    public void Every_indicator_of_the_default_catalogue_has_its_constant_and_every_constant_an_indicator()
    {
        var constants = Constants(typeof(Indicators));
        Assert.Equal(Catalogue.Default.Indicators.Select(i => i.Id).Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        Assert.Equal("tbgo.env.materials.mpg", constants["Env.Materials.Mpg"]);
        Assert.Equal("tbgo.env.climate.life-cycle-gwp", constants["Env.Climate.LifeCycleGwp"]);
        Assert.Equal("tbgo.env.energy.beng-1", constants["Env.Energy.Beng1"]);
    }

    [Fact]
    public void A_typed_id_looks_up_the_indicator()
    {
        var mpg = Catalogue.Default.GetIndicator(Indicators.Env.Materials.Mpg);
        Assert.Equal("Milieuprestatie Gebouwen (MPG)", mpg.Name.Nl);
        Assert.Equal(Indicators.Gov.Transparency.MaterialPassportShare, Catalogue.Default.GetIndicator(Indicators.Gov.Transparency.MaterialPassportShare).Id);
    }

    [Fact]
    public void A_user_catalogue_gets_its_own_typed_ids_in_its_own_namespace()
    {
        var result = CatalogueLoader.LoadDirectory(RepoPaths.Combine("tests", "Tbgo.Indicators.Definitions.Tests", "KitchenSink", "catalogue"));
        var constants = Constants(typeof(KitchenSink));
        Assert.Equal(result.GetCatalogueOrThrow().Indicators.Select(i => i.Id).Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        Assert.Equal("tbgo.env.climate.ks-share", KitchenSink.Env.Climate.KsShare);
    }

    [Fact]
    public void The_generated_constants_carry_the_definitions_name_unit_and_status_as_documentation()
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(Catalogue).Assembly.Location, ".xml"));
        var member = xml.Descendants("member").Single(m => (string?)m.Attribute("name") == "F:Tbgo.Indicators.Indicators.Env.Materials.Mpg");
        Assert.Equal(Catalogue.Default.GetIndicator("tbgo.env.materials.mpg").Name.En, member.Element("summary")!.Value.Trim());
        Assert.Contains("status core", member.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("EUR/(m2.a)", member.Element("remarks")!.Value, StringComparison.Ordinal);
    }

    /// <summary>Every constant below <paramref name="root"/>, keyed by its path of nested classes (<c>Env.Materials.Mpg</c>).</summary>
    private static Dictionary<string, string> Constants(Type root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(Type t, string prefix)
        {
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                result.Add(prefix + f.Name, (string)f.GetRawConstantValue()!);
            }

            foreach (var n in t.GetNestedTypes(BindingFlags.Public))
            {
                Walk(n, prefix + n.Name + ".");
            }
        }

        Walk(root, string.Empty);
        return result;
    }
}
