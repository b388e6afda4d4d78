using System.Text.Json;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Tests.Validation;

public sealed class SchemaEngineTests
{
    [Theory]
    [InlineData("""{"const": 1}""", "'const' is outside the supported subset")]
    [InlineData("""{"if": {}, "then": {}}""", "'if' is outside the supported subset")]
    [InlineData("""{"type": "object", "propertyNames": {}}""", "'propertyNames' is outside")]
    [InlineData("""{"type": "object", "patternProperties": {}}""", "'patternProperties' is outside")]
    [InlineData("""{"type": "array", "uniqueItems": true}""", "'uniqueItems' is outside")]
    [InlineData("""{"type": "array", "contains": {}}""", "'contains' is outside")]
    [InlineData("""{"$ref": "https://example.org/x.json"}""", "only local '#' and '#/definitions/<name>' references")]
    [InlineData("""{"$ref": "#/definitions/missing"}""", "not defined")]
    [InlineData("""{"type": "string", "format": "date-time"}""", "only format 'date'")]
    [InlineData("""{"type": "string", "pattern": "[0-9]+"}""", "must be anchored")]
    [InlineData("""{"type": "string", "pattern": "^\\p{Nd}+$"}""", "Unicode property classes")]
    [InlineData("""{"enum": [1, "1"]}""", "only string enums")]
    [InlineData("""{"properties": {"a": {}}}""", "need \"type\": \"object\"")]
    public void RefusesKeywordsNJsonSchemaMishandles(string schema, string message)
    {
        var ex = Assert.Throws<SchemaCompileException>(() => SchemaCompiler.Compile(schema));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedSchemaCompiles()
    {
        foreach (var file in Directory.EnumerateFiles(TestSupport.RepoPaths.Schemas, "*.json", SearchOption.AllDirectories))
        {
            var node = SchemaCompiler.Compile(File.ReadAllText(file));
            Assert.NotNull(node);
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            Assert.StartsWith("https://tbgo-indicators.nl/schemas/v1/", doc.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
            Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
        }
    }

    private static readonly SchemaNode Person = SchemaCompiler.Compile("""
        {
          "type": "object",
          "title": "person",
          "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 5},
            "age": {"type": "integer", "minimum": 0, "exclusiveMaximum": 150},
            "share": {"type": "number", "multipleOf": 0.1},
            "code": {"title": "code (two capitals)", "type": "string", "pattern": "^[A-Z]{2}$"},
            "born": {"type": "string", "format": "date"},
            "kind": {"type": "string", "enum": ["adult", "child"]},
            "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
            "either": {"anyOf": [{"type": "object", "title": "with a", "required": ["a"]}, {"type": "object", "title": "with b", "required": ["b"]}]},
            "one": {"oneOf": [{"type": "string"}, {"type": "string", "maxLength": 3}]},
            "none": {"not": {"type": "string"}}
          },
          "required": ["name"],
          "additionalProperties": false
        }
        """);

    [Theory]
    [InlineData("""{"name": "Ann"}""", null)]
    [InlineData("""{}""", "TBGO2002 /: The required key 'name' is missing from the person.")]
    [InlineData("""{"name": "Ann", "nmae": 1}""", "TBGO2001 /nmae: The key 'nmae' is not allowed in the person.")]
    [InlineData("""{"name": 5}""", "TBGO2003 /name: Expected text at /name, but found the number 5.")]
    [InlineData("""{"name": ""}""", "TBGO2007 /name: The text at /name has 0 characters, but must have at least 1 character.")]
    [InlineData("""{"name": "Annabel"}""", "TBGO2007 /name: The text at /name has 7 characters, but must have at most 5 characters.")]
    [InlineData("""{"name": "A", "age": 2.5}""", "TBGO2003 /age: Expected a whole number at /age, but found the number 2.5.")]
    [InlineData("""{"name": "A", "age": -1}""", "TBGO2006 /age: The value -1 at /age must be at least 0.")]
    [InlineData("""{"name": "A", "age": 150}""", "TBGO2006 /age: The value 150 at /age must be less than 150.")]
    [InlineData("""{"name": "A", "share": 0.25}""", "TBGO2011 /share: The value 0.25 at /share must be a multiple of 0.1.")]
    [InlineData("""{"name": "A", "share": 0.3}""", null)]
    [InlineData("""{"name": "A", "code": "nl"}""", "TBGO2005 /code: The value 'nl' at /code is not a valid code (two capitals).")]
    [InlineData("""{"name": "A", "born": "2026-02-30"}""", "TBGO2008 /born: The value '2026-02-30' at /born is not a calendar date in the form YYYY-MM-DD.")]
    [InlineData("""{"name": "A", "kind": "adlut"}""", "TBGO2004 /kind: The value 'adlut' at /kind is not one of the allowed values: adult, child.")]
    [InlineData("""{"name": "A", "tags": ["a", "b", "c"]}""", "TBGO2007 /tags: The list at /tags has 3 items, but must have at most 2 items.")]
    [InlineData("""{"name": "A", "either": {"c": 1}}""", "TBGO2009 /either: The value at /either matches 0 of the allowed forms (with a, with b); it must match at least one.")]
    [InlineData("""{"name": "A", "one": "ab"}""", "TBGO2009 /one: The value at /one matches 2 of the allowed forms (form 1, form 2); it must match exactly one.")]
    [InlineData("""{"name": "A", "none": "x"}""", "TBGO2010 /none: The value at /none has a form that is not allowed here.")]
    public void ReportsEachViolationAsAWholeSentenceWithItsPointer(string json, string? expected)
    {
        using var doc = JsonDocument.Parse(json);
        var errors = SchemaValidator.Validate(Person, new JsonInstance(doc.RootElement, string.Empty));
        if (expected is null)
        {
            Assert.Empty(errors);
            return;
        }

        var e = Assert.Single(errors);
        var d = e.ToDiagnostic("x.json");
        Assert.Equal(expected, $"{d.Code} {d.Location.Pointer}: {d.Message}");
    }

    [Fact]
    public void ReportsEveryViolationNotOnlyTheFirst()
    {
        using var doc = JsonDocument.Parse("""{"nmae": 1, "age": -1, "kind": "x", "tags": [1, 2]}""");
        var codes = SchemaValidator.Validate(Person, new JsonInstance(doc.RootElement, string.Empty)).Select(e => e.Descriptor.Code).Order(StringComparer.Ordinal);
        Assert.Equal(["TBGO2001", "TBGO2002", "TBGO2003", "TBGO2003", "TBGO2004", "TBGO2006"], codes);
    }

    [Fact]
    public void HintsForNearMissesAndDecimalCommas()
    {
        using var doc = JsonDocument.Parse("""{"name": "A", "kind": "adlut", "nmae": 1}""");
        var errors = SchemaValidator.Validate(Person, new JsonInstance(doc.RootElement, string.Empty));
        Assert.Equal("Did you mean 'adult'?", errors.Single(e => e.Descriptor.Code == "TBGO2004").Hint);
        Assert.Equal("Did you mean 'name'?", errors.Single(e => e.Descriptor.Code == "TBGO2001").Hint);
        using var comma = JsonDocument.Parse("""{"name": "A", "share": "0,8"}""");
        Assert.Equal("Write numbers with a decimal point: 0.8.", SchemaValidator.Validate(Person, new JsonInstance(comma.RootElement, string.Empty)).Single().Hint);
    }
}
