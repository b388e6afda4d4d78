using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Tests.Fuzz;

/// <summary>
/// Every input the fuzzers (fuzz/Tbgo.Indicators.Fuzz) found a defect with, kept under
/// <c>Fuzz/Regressions/&lt;target&gt;/</c> exactly as afl-fuzz saved it, and run here the way the harness
/// runs it (the first byte of a <c>yaml</c> or <c>export</c> input selects the variant; fuzz/README.md).
/// Each must now end in what the API promises: diagnostics as data, or the documented exception type.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Folder = TestSupport.RepoPaths.Combine("tests", "Tbgo.Indicators.Tests", "Fuzz", "Regressions");

    // Same order as Targets.YamlPaths in fuzz/Tbgo.Indicators.Fuzz.
    private static readonly string[] YamlPaths =
    [
        "catalogue.yaml",
        "units.yaml",
        "sources/fuzz.yaml",
        "frameworks/fuzz.yaml",
        "factor-sets/fuzz.yaml",
        "env/climate/tbgo.env.climate.fuzz.yaml",
    ];

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Fact]
    public void ThereAreRegressionInputs() => Assert.NotEmpty(Inputs());

    [Theory]
    [MemberData(nameof(Inputs))]
    public void InputEndsAsTheApiPromises(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Folder, target, file));
        switch (target)
        {
            case "schema":
                Schema(input);
                break;
            case "yaml":
                Yaml(input);
                break;
            case "export":
                Export(input);
                break;
            case "units":
                Units(input);
                break;
            default:
                Assert.Fail($"Unknown fuzz target folder '{target}'.");
                break;
        }
    }

    [Theory]
    [InlineData("""{"type": "string", "maxLength": "100"}""", "'maxLength' must be a non-negative integer")]
    [InlineData("""{"type": "string", "minLength": 1.5}""", "'minLength' must be a non-negative integer")]
    [InlineData("""{"type": "array", "maxItems": 3000000000}""", "'maxItems' must be a non-negative integer")]
    [InlineData("""{"type": "number", "maximum": 1e400}""", "'maximum' is out of range")]
    [InlineData("""{"type": "string", "pattern": "^[a-$"}""", "is not a valid regular expression")]
    [InlineData("""{"type": "string", "pattern": "^(a$"}""", "is not a valid regular expression")]
    [InlineData("""{"type": "string", "pattern": 5}""", "'pattern' must be a string")]
    [InlineData("""{"type": 5}""", "'type' must be a string")]
    [InlineData("""{"type": ["string", 5]}""", "'type' must be a string")]
    [InlineData("""{"title": 5, "type": "string"}""", "'title' must be a string")]
    [InlineData("""{"$ref": 5}""", "'$ref' must be a string")]
    [InlineData("""{"type": "string", "format": 5}""", "'format' must be a string")]
    [InlineData("""{"type": "object", "required": "a"}""", "'required' must be an array")]
    [InlineData("""{"type": "object", "required": [5]}""", "'required' must be a string")]
    [InlineData("""{"type": "object", "properties": []}""", "'properties' must be an object")]
    [InlineData("""{"type": "string", "enum": "a"}""", "'enum' must be an array")]
    [InlineData("""{"allOf": {}}""", "'allOf' must be an array")]
    public void SchemaOfTheWrongShapeIsACompileError(string schema, string message)
    {
        var ex = Assert.Throws<SchemaCompileException>(() => SchemaCompiler.Compile(schema));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A schema is a <see cref="SchemaCompileException"/> or compiles and then validates (itself) without throwing.</summary>
    private static void Schema(byte[] input)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input);
        SchemaNode schema;
        try
        {
            schema = SchemaCompiler.Compile(text);
        }
        catch (SchemaCompileException)
        {
            return;
        }

        using var doc = JsonDocument.Parse(text);
        _ = SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty));
    }

    /// <summary>One catalogue file, loaded from a stream: problems are diagnostics, never exceptions.</summary>
    private static void Yaml(byte[] input)
    {
        var path = YamlPaths[(input[0] & 0x7F) % YamlPaths.Length];
        var options = new LoadOptions { RunExamples = (input[0] & 0x80) != 0, MaxFileBytes = 64 * 1024 };
        using var stream = new MemoryStream(input, 1, input.Length - 1, writable: false);
        var result = CatalogueLoader.Load([CatalogueSource.FromStream(path, stream, options.MaxFileBytes)], options);
        Assert.True(result.Catalogue is not null || result.Diagnostics.Any(d => d.IsError));
    }

    /// <summary>An export: problems are diagnostics, and the run ends with a summary.</summary>
    private static void Export(byte[] input)
    {
        var b = input[0];
        using var normalised = (b & 0x20) != 0 ? new MemoryStream() : null;
        var options = new ExportValidationOptions
        {
            Format = (ExportFormat)(b % 3),
            FileName = "fuzz",
            DecimalComma = (b & 0x04) != 0,
            CsvSeparator = (b & 0x08) != 0 ? ';' : null,
            CatalogueVersion = (b & 0x10) != 0 ? Catalogue.Default.Info.Version : null,
            NormaliseTo = normalised,
            MaxRecordBytes = (b & 0x40) != 0 ? 1024 : ExportValidationOptions.DefaultMaxRecordBytes,
        };
        var (_, summary) = Validation.ExportTestSupport.Validate(input.AsSpan(1).ToArray(), options.EffectiveFormat, options);
        Assert.NotNull(summary);
    }

    /// <summary>Unit text: TryParse never throws, Parse throws only FormatException, canonical text round-trips.</summary>
    private static void Units(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (Unit.TryParse(text, out var unit, out _))
        {
            Assert.True(Unit.TryParse(unit.Text, out var back, out var error), error);
            Assert.Equal(unit, back);
        }
        else
        {
            Assert.Throws<FormatException>(() => Unit.Parse(text));
        }

        if (!Quantity.TryParse(text, out _, out _))
        {
            Assert.Throws<FormatException>(() => Quantity.Parse(text));
        }
    }
}
