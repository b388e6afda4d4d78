using System.Text;
using Tbgo.Indicators.Calculators;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>A calculator diagnostic carries the line and column of the value its JSON pointer names, beside the pointer.</summary>
public sealed class CalculatorPositionTests
{
    private const string Mpg = """
        {
          "weightingSet": "nmd-shadow-prices-a2",
          "bvo": {"value": 128, "unit": "m2"},
          "functions": [{"buildingType": "woonfunctie", "usableArea": {"value": 112, "unit": "m2"}}],
          "elements": [
            {"id": "a", "dataCategory": "1", "impacts": [{"category": "gwp-total", "amount": {"value": 10, "unit": "kg CO2-eq"}}]},
            {"id": "b", "dataCategory": "1",
             "impacts": [{"category": "gwp-total", "amount": {"value": 10, "unit": "kWh"}}]}
          ]
        }
        """;

    [Fact]
    public void A_semantic_error_deep_in_the_input_points_at_its_line_and_column()
    {
        var outcome = Calculator.Find("mpg")!.Run(Encoding.UTF8.GetBytes(Mpg), Catalogue.Default, "in.json");
        var d = Assert.Single(outcome.Diagnostics, d => d.IsError);
        Assert.Equal("/elements/1/impacts/0/amount/unit", d.Location.Pointer);
        Assert.Equal(8, d.Location.Line);
        Assert.Equal(Col(Mpg, 8, "\"unit\": \"kWh\""), d.Location.Column);
        Assert.StartsWith("in.json:8:", d.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_error_and_a_missing_key_get_the_position_of_the_value_or_its_object()
    {
        var json = Mpg.Replace("\"dataCategory\": \"1\",\n     \"impacts\"", "\"colour\": 1,\n     \"impacts\"", StringComparison.Ordinal);
        Assert.NotEqual(Mpg, json);
        var outcome = Calculator.Find("mpg")!.Run(Encoding.UTF8.GetBytes(json), Catalogue.Default);
        Assert.False(outcome.Succeeded);
        var unknown = Assert.Single(outcome.Diagnostics, d => d.Location.Pointer == "/elements/1/colour");
        Assert.Equal((7, Col(json, 7, "\"colour\"")), (unknown.Location.Line, unknown.Location.Column));
        var missing = Assert.Single(outcome.Diagnostics, d => d.Location.Pointer == "/elements/1");
        Assert.Equal((7, Col(json, 7, "{\"id\": \"b\"")), (missing.Location.Line, missing.Location.Column));
    }

    [Fact]
    public void Columns_count_characters_after_a_byte_order_mark_and_non_ascii_text()
    {
        var json = Mpg.Replace("{\"id\": \"b\",", "{\"id\": \"b\", \"name\": \"Gevel – hout\",", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var outcome = Calculator.Find("mpg")!.Run(bytes, Catalogue.Default);
        var d = Assert.Single(outcome.Diagnostics, d => d.IsError);
        Assert.Equal((8, Col(json, 8, "\"unit\": \"kWh\"")), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void A_document_that_does_not_parse_keeps_its_own_position_text()
    {
        var outcome = Calculator.Find("mpg")!.Run("{\n  \"bvo\": ,\n}"u8, Catalogue.Default);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("TBGO6001", d.Code);
        Assert.Contains("line 2", d.Message, StringComparison.Ordinal);
    }

    /// <summary>1-based column of the first occurrence of <paramref name="text"/> on 1-based line <paramref name="line"/>; for "unit" the member name.</summary>
    private static int Col(string json, int line, string text)
    {
        var l = json.Split('\n')[line - 1];
        var at = l.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' not on line {line}: {l}");
        return at + 1;
    }
}
