using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Loading.Yaml;
using Tbgo.Indicators.Tests.Loading;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Schema;
using static Tbgo.Indicators.Tests.Validation.ExportTestSupport;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>The schema engine follows draft-07 / ECMA-262 where .NET defaults differ, and fails at compile time, never at validation.</summary>
public sealed class SchemaHardeningTests
{
    private static List<SchemaError> Check(string schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return SchemaValidator.Validate(SchemaCompiler.Compile(schema), new JsonInstance(doc.RootElement.Clone(), string.Empty));
    }

    private static bool Valid(string schema, string json) => Check(schema, json).Count == 0;

    // ---- 1. patterns: ECMA-262 meaning, end of text is end of text ----

    [Fact]
    public void AnIndicatorIdWithATrailingNewlineIsALocatedError()
    {
        var yaml = TestCatalogue.Indicator.Replace("id: tbgo.env.climate.test-gwp", "id: \"tbgo.env.climate.test-gwp\\n\"", StringComparison.Ordinal);
        var result = new TestCatalogue().With(TestCatalogue.IndicatorPath, yaml).Load();
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TBGO2005");
        Assert.Equal(TestCatalogue.IndicatorPath, d.Location.File);
        Assert.Equal(("/id", 1), (d.Location.Pointer, d.Location.Line));
    }

    [Fact]
    public void AVersionWithATrailingNewlineIsALocatedError()
    {
        var yaml = TestCatalogue.Indicator.Replace("since: \"2026.1\"", "since: \"2026.1\\n\"", StringComparison.Ordinal);
        var result = new TestCatalogue().With(TestCatalogue.IndicatorPath, yaml).Load();
        Assert.False(result.Success);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TBGO2005");
        Assert.Equal("/since", d.Location.Pointer);
        Assert.Equal(3, d.Location.Line);
    }

    [Theory]
    [InlineData("NL.ROTTERDAM.SCHIEHAVEN-NOORD\\n", "2026", "/records/0/project")]
    [InlineData("NL.ROTTERDAM.SCHIEHAVEN-NOORD", "2026\\n", "/records/0/period")]
    public void AnExportFieldWithATrailingNewlineHasTheWrongForm(string project, string period, string pointer)
    {
        var (diagnostics, summary) = Validate(JsonExport(Record(project: project, period: period)), ExportFormat.Json);
        var d = Single(diagnostics, "TBGO5008");
        Assert.Equal(pointer, d.Location.Pointer);
        Assert.Equal(0L, summary.ValidRecords);
    }

    [Theory]
    [InlineData("{\"id\": \"tbgo\\n\", \"version\": \"2026.1\"}", "/catalogue/id")]
    [InlineData("{\"id\": \"tbgo\", \"version\": \"2026.1\\n\"}", "/catalogue/version")]
    public void TheEnvelopeCatalogueIdAndVersionRefuseATrailingNewline(string catalogue, string pointer)
    {
        var text = JsonExport(Record()).Replace("{\"id\": \"tbgo\", \"version\": \"2026.1\"}", catalogue, StringComparison.Ordinal);
        var (diagnostics, _) = Validate(text, ExportFormat.Json);
        var d = Assert.Single(diagnostics, x => x.Code == "TBGO5022" && x.Location.Pointer == pointer);
        Assert.Contains("of the form ^", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\\z", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", 51, 50)]
    [InlineData("version", 21, 20)]
    public void TheEnvelopeCatalogueIdAndVersionKeepTheSchemasMaxLength(string key, int length, int max)
    {
        var value = key == "id" ? "t" + new string('a', length - 1) : "2026." + new string('1', length - 5);
        var catalogue = key == "id" ? $"{{\"id\": \"{value}\", \"version\": \"2026.1\"}}" : $"{{\"id\": \"tbgo\", \"version\": \"{value}\"}}";
        var text = JsonExport(Record()).Replace("{\"id\": \"tbgo\", \"version\": \"2026.1\"}", catalogue, StringComparison.Ordinal);
        var (diagnostics, _) = Validate(text, ExportFormat.Json);
        var d = Assert.Single(diagnostics, x => x.Code == "TBGO5022" && x.Location.Pointer == "/catalogue/" + key);
        Assert.Contains($"at most {max} characters, but has {length}", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^[0-9]+$")]
    [InlineData("^\\\\d+$")]
    public void ArabicIndicDigitsAreNotDigits(string pattern)
    {
        var schema = $$"""{"type": "string", "pattern": "{{pattern}}"}""";
        Assert.True(Valid(schema, "\"2026\""));
        Assert.False(Valid(schema, "\"\u0662\u0660\u0662\u0666\"")); // ٢٠٢٦
        Assert.False(Valid(schema, "\"2026\\n\""));
    }

    [Theory]
    [InlineData("^a.b$", "a\\rb", false)]      // ECMA '.' excludes the line terminators \r, U+2028, U+2029
    [InlineData("^a.b$", "a\\u2028b", false)]
    [InlineData("^a.b$", "a\\u00e9b", true)]
    [InlineData("^\\\\w+$", "caf\\u00e9", false)]  // ECMA \w is ASCII
    [InlineData("^\\\\s$", "\\ufeff", true)]      // ECMA \s includes U+FEFF
    [InlineData("^\\\\s$", "\\u0085", false)]     // .NET \s includes U+0085, ECMA does not
    [InlineData("^[a-z-[aeiou]]$", "[]", true)] // no class subtraction: a class of a-z, '-', '[', a, e, ... then ']'
    [InlineData("^[a-z-[aeiou]]$", "e]", true)]
    [InlineData("^[a-z-[aeiou]]$", "b", false)]
    [InlineData("^[\\\\D]$", "\\u0663", true)]
    [InlineData("^x[^]$", "x\\n", true)]
    public void PatternsHaveTheirEcmaMeaning(string pattern, string value, bool valid) =>
        Assert.Equal(valid, Valid($$"""{"type": "string", "pattern": "{{pattern}}"}""", $"\"{value}\""));

    // ---- 2. lengths count code points ----

    [Fact]
    public void LengthsCountCodePointsNotUtf16Units()
    {
        const string schema = """{"type": "string", "minLength": 2, "maxLength": 101}""";
        var emoji = string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 101));
        Assert.True(Valid(schema, $"\"{emoji}\""));
        var e = Assert.Single(Check(schema, $"\"{emoji}\\ud83d\\ude00\""));
        Assert.Equal("TBGO2007", e.Descriptor.Code);
        Assert.Contains("102 characters", e.ToDiagnostic(null).Message, StringComparison.Ordinal);
        Assert.Equal("TBGO2007", Assert.Single(Check(schema, "\"\\ud83d\\ude00\"")).Descriptor.Code);
    }

    [Fact]
    public void ExportFieldLengthsCountCodePoints()
    {
        var within = string.Concat(Enumerable.Repeat("\U0001F600", 200)); // 'object' allows 200 characters; these are 400 UTF-16 units
        var (ok, summary) = Validate(JsonExport(Record(obj: within)), ExportFormat.Json);
        Assert.DoesNotContain(ok, d => d.Code == "TBGO5009");
        Assert.Equal(1L, summary.ValidRecords);

        var (tooLong, _) = Validate(JsonExport(Record(obj: within + "\U0001F600")), ExportFormat.Json);
        Assert.Contains("has 201 characters", Single(tooLong, "TBGO5009").Message, StringComparison.Ordinal);

        var huge = string.Concat(Enumerable.Repeat("\U0001F600", 5000)); // beyond the kept prefix: counted by the reader
        var (hugeResult, _) = Validate(JsonExport(Record(obj: huge)), ExportFormat.Json);
        Assert.Contains("has 5000 characters", Single(hugeResult, "TBGO5009").Message, StringComparison.Ordinal);
    }

    // ---- 3. constructs the linear-time matcher cannot run fail at compile time ----

    [Theory]
    [InlineData("^(?=a)a$", "lookahead")]
    [InlineData("^(?!a)b$", "lookahead")]
    [InlineData("^(?<=a)b$", "lookbehind")]
    [InlineData("^(?<!a)b$", "lookbehind")]
    [InlineData("^(a)\\\\1$", "backreferences")]
    [InlineData("^(?<n>a)\\\\k<n>$", "groups")]
    [InlineData("^(?>a)$", "groups")]
    [InlineData("^(?i)a$", "groups")]
    [InlineData("^\\\\p{L}$", "\\p{...}")]
    [InlineData("^\\\\ba$", "word boundaries")]
    [InlineData("^\\\\Aa$", "not an ECMA-262 escape")]
    public void UnsupportedRegexConstructsFailAtCompileTimeWithThePointer(string pattern, string reason)
    {
        var ex = Assert.Throws<SchemaCompileException>(() => SchemaCompiler.Compile("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"pattern\": \"" + pattern + "\"}}}"));
        Assert.StartsWith("#/properties/a/pattern:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedPatternBuildsItsLinearTimeMatcher()
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(TestSupport.RepoPaths.Schemas, "*.json", SearchOption.AllDirectories))
        {
            foreach (var node in Nodes(SchemaCompiler.Compile(File.ReadAllText(file))))
            {
                if (node.PatternText is not null)
                {
                    Assert.NotNull(node.Pattern);
                    Assert.EndsWith("\\z", node.PatternDotNet, StringComparison.Ordinal);
                    count++;
                }
            }
        }

        Assert.True(count > 20, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // ---- 4. $ref cycles ----

    [Theory]
    [InlineData("""{"$ref": "#"}""", "#:")]
    [InlineData("""{"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}}, "$ref": "#/definitions/a"}""", "#/definitions/")]
    [InlineData("""{"allOf": [{"$ref": "#"}]}""", "#")]
    [InlineData("""{"definitions": {"a": {"anyOf": [{"type": "string"}, {"not": {"$ref": "#/definitions/a"}}]}}, "type": "string"}""", "#/definitions/a")]
    public void RefCyclesThatDoNotDescendFailAtCompileTime(string schema, string pointer)
    {
        var ex = Assert.Throws<SchemaCompileException>(() => SchemaCompiler.Compile(schema));
        Assert.StartsWith(pointer, ex.Message, StringComparison.Ordinal);
        Assert.Contains("without descending into the value", ex.Message, StringComparison.Ordinal);
    }

    private const string Tree = """
        {
          "definitions": {
            "node": {
              "type": "object",
              "properties": {
                "v": {"type": "integer"},
                "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}
              },
              "required": ["v"]
            }
          },
          "$ref": "#/definitions/node"
        }
        """;

    private static string Nested(int depth, string leaf)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append("{\"v\": 1, \"children\": [");
        }

        sb.Append(leaf);
        for (var i = 0; i < depth; i++)
        {
            sb.Append("]}");
        }

        return sb.ToString();
    }

    [Fact]
    public void RecursiveSchemasThatDescendValidateDeepFiniteValues()
    {
        Assert.True(Valid(Tree, Nested(20, "{\"v\": 2}")));
        var e = Assert.Single(Check(Tree, Nested(20, "{\"v\": \"x\"}")));
        Assert.Equal("TBGO2003", e.Descriptor.Code);
        Assert.EndsWith("/children/0/v", e.Pointer, StringComparison.Ordinal);
        Assert.True(Valid("""{"type": "array", "items": {"$ref": "#"}}""", "[[[], [[]]]]"));
        Assert.False(Valid("""{"type": "array", "items": {"$ref": "#"}}""", "[[[], [1]]]"));
    }

    [Fact]
    public void AHostileDeeplyNestedValueIsAnErrorNotAStackOverflow()
    {
        var json = Nested(20_000, "{\"v\": 2}");
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 100_000 });
        List<SchemaError>? errors = null;

        // A small stack makes an unbounded recursion fail here rather than somewhere else.
        var thread = new Thread(() => errors = SchemaValidator.Validate(SchemaCompiler.Compile(Tree), new JsonInstance(doc.RootElement, string.Empty)), 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotEmpty(errors!);
        Assert.All(errors!, e => Assert.Equal("TBGO2012", e.Descriptor.Code));
        Assert.Contains("deeper than 256 levels", errors![0].ToDiagnostic(null).Message, StringComparison.Ordinal);
    }

    // ---- 5. boolean schemas and keyword values ----

    [Theory]
    [InlineData("true", "1", true)]
    [InlineData("true", "{\"a\": [null]}", true)]
    [InlineData("false", "1", false)]
    [InlineData("false", "null", false)]
    [InlineData("""{"type": "object", "properties": {"a": false}}""", "{}", true)]
    [InlineData("""{"type": "object", "properties": {"a": false}}""", "{\"a\": 1}", false)]
    [InlineData("""{"type": "object", "properties": {"a": true}}""", "{\"a\": 1}", true)]
    [InlineData("""{"type": "object", "additionalProperties": true}""", "{\"a\": 1}", true)]
    [InlineData("""{"items": false}""", "[]", true)]
    [InlineData("""{"items": false}""", "[1]", false)]
    [InlineData("""{"not": true}""", "1", false)]
    [InlineData("""{"not": false}""", "1", true)]
    [InlineData("""{"anyOf": [false, true]}""", "1", true)]
    [InlineData("""{"oneOf": [true, true]}""", "1", false)]
    [InlineData("""{"definitions": {"no": false}, "$ref": "#/definitions/no"}""", "1", false)]
    public void BooleanSchemasFollowDraft07(string schema, string instance, bool valid) =>
        Assert.Equal(valid, Valid(schema, instance));

    [Theory]
    [InlineData("""{"minLength": 2.0}""", "\"ab\"", true)]
    [InlineData("""{"minLength": 2.0}""", "\"a\"", false)]
    [InlineData("""{"type": "array", "maxItems": 1.0}""", "[1, 2]", false)]
    public void AnIntegerKeywordMayBeWrittenWithAZeroFraction(string schema, string instance, bool valid) =>
        Assert.Equal(valid, Valid(schema, instance));

    [Theory]
    [InlineData("""{"minLength": 2.5}""", "#/minLength:")]
    [InlineData("""{"minLength": -1}""", "#/minLength:")]
    [InlineData("""{"maxLength": 1e30}""", "#/maxLength:")]
    [InlineData("""{"minLength": "2"}""", "#/minLength:")]
    [InlineData("""{"minimum": 1e30}""", "#/minimum:")]
    [InlineData("""{"maximum": -1e300}""", "#/maximum:")]
    [InlineData("""{"minimum": "1"}""", "#/minimum:")]
    [InlineData("""{"exclusiveMinimum": true}""", "#/exclusiveMinimum:")]
    [InlineData("""{"multipleOf": 0}""", "#/multipleOf:")]
    [InlineData("""{"multipleOf": -2}""", "#/multipleOf:")]
    [InlineData("""{"type": 5}""", "#/type:")]
    [InlineData("""{"type": ["string", 1]}""", "#/type:")]
    [InlineData("""{"type": "integer!"}""", "#/type:")]
    [InlineData("""{"type": "object", "required": [1]}""", "#/required:")]
    [InlineData("""{"type": "object", "required": "a"}""", "#/required:")]
    [InlineData("""{"type": "object", "properties": []}""", "#/properties:")]
    [InlineData("""{"type": "object", "properties": {"a": 1}}""", "#/properties/a:")]
    [InlineData("""{"type": "object", "additionalProperties": 1}""", "#/additionalProperties:")]
    [InlineData("""{"items": [{}]}""", "#/items:")]
    [InlineData("""{"allOf": {}}""", "#/allOf:")]
    [InlineData("""{"allOf": []}""", "#/allOf:")]
    [InlineData("""{"anyOf": [1]}""", "#/anyOf/0:")]
    [InlineData("""{"not": null}""", "#/not:")]
    [InlineData("""{"$ref": 1}""", "#/$ref:")]
    [InlineData("""{"title": 1}""", "#/title:")]
    [InlineData("""{"type": "string", "pattern": 1}""", "#/pattern:")]
    [InlineData("""{"type": "string", "pattern": "^[a$"}""", "#/pattern:")]
    [InlineData("""{"type": "string", "pattern": "^a)$"}""", "#/pattern:")]
    [InlineData("""{"type": "string", "pattern": "^\\$"}""", "#/pattern:")]
    [InlineData("""{"definitions": []}""", "#/definitions:")]
    [InlineData("""{"definitions": {"a/b": {"$ref": "#/definitions/missing"}}}""", "#/definitions/a~1b/$ref:")]
    [InlineData("1", "#:")]
    [InlineData("null", "#:")]
    public void BadKeywordValuesAreCompileErrorsWithAPointer(string schema, string pointer)
    {
        var ex = Xunit.Record.Exception(() => SchemaCompiler.Compile(schema));
        Assert.IsType<SchemaCompileException>(ex);
        Assert.StartsWith(pointer, ex.Message, StringComparison.Ordinal);
    }

    // ---- 6. integers are values, not spellings ----

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("-0.0", true)]
    [InlineData("1e2", true)]
    [InlineData("1.5", false)]
    [InlineData("1e-2", false)]
    [InlineData("1e400", false)] // not a finite number
    public void AnIntegerIsANumberWithoutFraction(string number, bool valid) =>
        Assert.Equal(valid, Valid("""{"type": "integer"}""", number));

    [Fact]
    public void AYamlFloatWithoutFractionIsAnInteger()
    {
        var schema = SchemaCompiler.Compile("""{"type": "object", "properties": {"n": {"type": "integer"}}}""");
        Assert.Empty(SchemaValidator.Validate(schema, new YamlInstance(Parse("n: 2.0\n"))));
        Assert.Equal("TBGO2003", Assert.Single(SchemaValidator.Validate(schema, new YamlInstance(Parse("n: 2.5\n")))).Descriptor.Code);
    }

    [Fact]
    public void ADefinitionIntegerWrittenAsAFloatWithoutFractionLoads()
    {
        var result = new TestCatalogue().With("sources/test.yaml", "sources:\n  - {id: test-source, title: A test source, kind: report, year: 2020.0}\n").Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(2020, result.Catalogue!.Sources.Single().Year);
    }

    // ---- shipped schemas stay inside the subset NJsonSchema also reads the same way ----

    [Fact]
    public void ShippedSchemasAvoidWhatNJsonSchemaReadsDifferently()
    {
        foreach (var file in Directory.EnumerateFiles(TestSupport.RepoPaths.Schemas, "*.json", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);

            // NJsonSchema uses .NET regexes: \d, \w, \s and '.' would be Unicode-aware there, and '$' would accept a final \n.
            foreach (var node in Nodes(SchemaCompiler.Compile(text)))
            {
                Assert.True(node.PatternText is null || !System.Text.RegularExpressions.Regex.IsMatch(node.PatternText, @"\\[dDwWsS]"), $"{file}: {node.PatternText}");
                Assert.False(node.AlwaysFalse, $"{file}: {node.Path} is a boolean schema, which NJsonSchema cannot load");
            }

            Assert.DoesNotMatch("\"(items|not|[a-zA-Z0-9_-]+)\"\\s*:\\s*true", text);
        }
    }

    private static YNode Parse(string yaml)
    {
        var diagnostics = new List<Tbgo.Indicators.Diagnostics.Diagnostic>();
        var node = SafeYamlReader.Read(yaml, "x.yaml", new YamlLimits(1 << 20, 32, 10_000), diagnostics);
        Assert.Empty(diagnostics);
        return node!;
    }

    internal static IEnumerable<SchemaNode> Nodes(SchemaNode root)
    {
        var seen = new HashSet<SchemaNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<SchemaNode>([root]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n))
            {
                continue;
            }

            yield return n;
            foreach (var c in new[] { n.Ref, n.Items, n.AdditionalProperties, n.Not }.Concat(n.AllOf).Concat(n.AnyOf).Concat(n.OneOf).Concat(n.Properties?.Values ?? []))
            {
                if (c is not null)
                {
                    stack.Push(c);
                }
            }
        }
    }
}
