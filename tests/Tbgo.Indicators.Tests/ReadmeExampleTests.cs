using Tbgo.Indicators.Model;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests;

/// <summary>The C# example on README.md's first screen is this code; it compiles, runs and prints what the README says.</summary>
[Collection("Console")]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void TheReadmeExampleRunsAndPrintsWhatTheReadmeShows()
    {
        var output = new StringWriter { NewLine = "\n" };
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal(
            "Milieuprestatie Gebouwen (MPG) [EUR/(m2.a)]\n" +
            "<= 1.6 EUR/(m2.a) in nmd-shadow-prices-a2 from 2026-07-01: Pass\n" +
            "25000 m2\n",
            output.ToString());
    }

    [Fact]
    public void TheReadmeShowsExactlyThisCode()
    {
        var source = File.ReadAllLines(RepoPaths.Combine("tests", "Tbgo.Indicators.Tests", "ReadmeExampleTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        var code = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim()));
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        Assert.Contains("```csharp\nusing Tbgo.Indicators;\nusing Tbgo.Indicators.Model;\nusing Tbgo.Indicators.Units;\n\n" + code + "\n```", readme, StringComparison.Ordinal);
    }

    private static void Example()
    {
        // README:begin
        var catalogue = Catalogue.Default;                       // the embedded catalogue, version 2026.1
        var mpg = catalogue.GetIndicator("tbgo.env.materials.mpg");
        Console.WriteLine($"{mpg.Name.Nl} [{mpg.Unit}]");

        // The limit value in force for a dwelling with a permit applied for on 1 July 2026:
        var limit = catalogue.FindLimit(mpg, new DateOnly(2026, 7, 1), new LimitScope(Scale.Gebouw, "woonfunctie"))!;
        var score = Quantity.Parse("1.45 EUR/m2/a");             // units are parsed and checked
        Console.WriteLine($"{limit.Comparator.ToCode()} {limit.Threshold} in {limit.Basis} from {limit.ValidFrom:yyyy-MM-dd}: {limit.Test(score)}");

        Console.WriteLine(Quantity.Parse("2.5 ha").ConvertTo(Unit.Parse("m2")));
        // README:end
    }
}
