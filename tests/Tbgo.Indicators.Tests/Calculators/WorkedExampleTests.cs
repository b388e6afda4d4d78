using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>
/// Runs every worked example in Calculators/Examples/&lt;calculator&gt;/*.json: the input through the JSON reader,
/// the calculator and the result writer, then compares each expected value (by JSON pointer into the result).
/// A number written as text ("0.80") matches to the decimals written, as in the catalogue's worked examples.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly string Folder = RepoPaths.Combine("tests", "Tbgo.Indicators.Tests", "Calculators", "Examples");

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reproduces_its_expected_values(string calculator, string name)
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, calculator, name + ".json")));
        var root = example.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.True(root.GetProperty("source").TryGetProperty("ref", out var sourceRef) && CalcSupport.Cat.FindSource(sourceRef.GetString()!) is not null, "the example cites a source of the catalogue");
        root.GetProperty("published").GetBoolean();
        var (result, diagnostics) = CalcSupport.Run(calculator, root.GetProperty("input").GetRawText());
        Assert.True(result is not null, string.Join("\n", diagnostics));
        using (result)
        {
            foreach (var expected in root.GetProperty("expected").EnumerateObject())
            {
                var actual = CalcSupport.At(result.RootElement, expected.Name);
                Check(expected.Name, expected.Value, actual);
            }
        }
    }

    [Fact]
    public void Every_calculator_has_at_least_two_worked_examples()
    {
        foreach (var name in CalcSupport.Names)
        {
            Assert.True(Directory.GetFiles(Path.Combine(Folder, name), "*.json").Length >= 2, name);
        }
    }

    private static void Check(string pointer, JsonElement expected, JsonElement actual)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.True(actual.ValueKind == JsonValueKind.Null, $"{pointer}: expected null, got {actual.GetRawText()}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(actual.ValueKind == expected.ValueKind, $"{pointer}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
            case JsonValueKind.Number:
                Assert.True(actual.ValueKind == JsonValueKind.Number, $"{pointer}: expected a number, got {actual.GetRawText()}");
                Assert.True(Math.Abs(expected.GetDouble() - actual.GetDouble()) <= 1e-9 * Math.Max(1, Math.Abs(expected.GetDouble())), $"{pointer}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
            default:
                var text = expected.GetString()!;
                if (actual.ValueKind == JsonValueKind.Number)
                {
                    var dot = text.IndexOf('.', StringComparison.Ordinal);
                    var decimals = dot < 0 ? 0 : text.Length - dot - 1;
                    var want = double.Parse(text, CultureInfo.InvariantCulture);
                    var got = actual.GetDouble();
                    Assert.True(Math.Abs(got - want) <= (0.5 * Math.Pow(10, -decimals)) + 1e-12, $"{pointer}: expected {text} (to {decimals} decimals), got {actual.GetRawText()}");
                }
                else
                {
                    Assert.Equal(text, actual.GetString());
                }

                break;
        }
    }
}
