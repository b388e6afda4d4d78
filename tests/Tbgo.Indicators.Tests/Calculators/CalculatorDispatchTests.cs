using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Calculators;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>Running a calculator by name gives what the typed calls give; the result writer dispatches on the result's type.</summary>
public sealed class CalculatorDispatchTests
{
    [Fact]
    public void Every_calculator_is_found_by_its_name()
    {
        Assert.Equal(CalcSupport.Names, Calculator.All.Select(c => c.Name));
        Assert.All(CalcSupport.Names, n => Assert.Equal(n, Calculator.Find(n)!.Name));
        Assert.Null(Calculator.Find("MPG"));
        Assert.Null(Calculator.Find("nope"));
    }

    [Theory]
    [MemberData(nameof(CalcSupport.Examples), MemberType = typeof(CalcSupport))]
    public void By_name_equals_the_typed_calls_on_every_worked_example(string calculator, string example)
    {
        var json = File.ReadAllText(Path.Combine(CalcSupport.ExamplesFolder, calculator, example + ".json"));
        using var doc = JsonDocument.Parse(json);
        var input = doc.RootElement.GetProperty("input").GetRawText();
        var (typed, typedDiagnostics) = CalcSupport.Run(calculator, input);
        var outcome = Calculator.Find(calculator)!.Run(Encoding.UTF8.GetBytes(input), CalcSupport.Cat);
        Assert.Equal(typed is not null, outcome.Succeeded);
        if (typed is null)
        {
            Assert.Equal(typedDiagnostics.Select(d => d.Code + d.Location.Pointer), outcome.Diagnostics.Select(d => d.Code + d.Location.Pointer));
            return;
        }

        Assert.Equal(Calculator.Find(calculator)!.ResultType, outcome.Result!.GetType());
        using var byName = JsonDocument.Parse(CalculatorJson.ToJson(outcome.Result, CalcSupport.Cat));
        Assert.Equal(JsonSerializer.Serialize(typed.RootElement), JsonSerializer.Serialize(byName.RootElement));
        typed.Dispose();
    }

    [Fact]
    public void Invalid_input_by_name_gives_located_diagnostics_and_no_result()
    {
        var outcome = Calculator.Find("mpg")!.Run("{\"building\": 3}"u8, CalcSupport.Cat, "bad.json");
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Result);
        Assert.NotEmpty(outcome.Diagnostics);
        Assert.All(outcome.Diagnostics.Where(d => d.IsError), d => Assert.False(string.IsNullOrEmpty(d.Location.Pointer)));
    }

    [Fact]
    public void The_limits_roadmap_option_sets_the_years()
    {
        var outcome = Calculator.Find("limits")!.Run(Encoding.UTF8.GetBytes(CalcSupport.Sample("limits")), CalcSupport.Cat, null, new CalculatorRunOptions(2020, 2030));
        var result = Assert.IsType<LimitsResult>(outcome.Result);
        Assert.Equal(Enumerable.Range(2020, 11), result.Roadmap.Select(p => p.Year));
    }
}
