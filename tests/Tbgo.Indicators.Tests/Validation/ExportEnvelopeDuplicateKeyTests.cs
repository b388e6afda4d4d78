using Tbgo.Indicators.Validation;
using static Tbgo.Indicators.Tests.Validation.ExportTestSupport;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>A JSON export whose envelope repeats a key is invalid: readers disagree on which of two equal keys counts.</summary>
public sealed class ExportEnvelopeDuplicateKeyTests
{
    private const string Catalogue = "\"catalogue\": {\"id\": \"tbgo\", \"version\": \"2026.1\"}";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(0)]
    public void Records_twice_is_one_located_error_at_any_buffer_boundary(int chunk)
    {
        var text = "{\n  " + Catalogue + ",\n  \"records\": [" + Record() + "],\n  \"records\": [" + Record(value: "70") + "]\n}\n";
        var (diagnostics, summary) = Validate(System.Text.Encoding.UTF8.GetBytes(text), ExportFormat.Json, chunk: chunk);
        var d = Single(diagnostics, "TBGO5022");
        Assert.Equal("/records", d.Location.Pointer);
        Assert.Equal(4, d.Location.Line);
        Assert.Contains("'records' appears more than once", d.Message, StringComparison.Ordinal);
        Assert.False(summary.IsValid);
    }

    [Fact]
    public void Catalogue_and_schema_twice_are_errors_too()
    {
        var text = "{\"$schema\": \"a\", \"$schema\": \"b\", " + Catalogue + ", " + Catalogue + ", \"records\": [" + Record() + "]}";
        var (diagnostics, summary) = Validate(text, ExportFormat.Json);
        var duplicates = diagnostics.Where(d => d.Code == "TBGO5022").Select(d => d.Location.Pointer).ToList();
        Assert.Equal(["/$schema", "/catalogue"], duplicates);
        Assert.False(summary.IsValid);
    }

    [Fact]
    public void Each_key_once_is_still_valid()
    {
        var (diagnostics, summary) = Validate(JsonExport(Record(), Record(obj: "bouwblok-b")), ExportFormat.Json);
        Assert.Empty(diagnostics);
        Assert.True(summary.IsValid);
    }
}
