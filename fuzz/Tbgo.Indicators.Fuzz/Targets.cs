using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Fuzz;

/// <summary>
/// The fuzz targets. Each takes the raw input bytes and throws only when the library broke its
/// promise: an exception the API does not document, or a documented invariant that does not hold.
/// Diagnostics returned as data are the expected outcome for bad input.
/// The first byte of the <c>yaml</c> and <c>export</c> inputs selects a variant (file kind, format,
/// options); <c>fuzz/README.md</c> describes the layout, and the regression tests decode it the same way.
/// </summary>
internal static class Targets
{
    /// <summary>The catalogue paths the <c>yaml</c> target loads its input as (first byte modulo the count).</summary>
    public static readonly string[] YamlPaths =
    [
        "catalogue.yaml",
        "units.yaml",
        "sources/fuzz.yaml",
        "frameworks/fuzz.yaml",
        "factor-sets/fuzz.yaml",
        "env/climate/tbgo.env.climate.fuzz.yaml",
    ];

    public static readonly FrozenDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["yaml"] = Yaml,
        ["units"] = Units,
        ["export"] = Export,
        ["schema"] = Schema,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ExportValidator? _validator;

    private static ExportValidator Validator => _validator ??= new ExportValidator(Catalogue.Default);

    public static void WarmUp()
    {
        _ = Validator;
        _ = UnitRegistry.Default;
        foreach (var path in YamlPaths)
        {
            _ = CatalogueLoader.Load([CatalogueSource.FromText(path, "x: 1\n")]);
        }
    }

    /// <summary>
    /// (1) The catalogue loader on one file given as a stream. Byte 0: bits 0-6 pick the path
    /// (<see cref="YamlPaths"/>, modulo), bit 7 runs the worked examples. Promise: every problem is a
    /// diagnostic in the result; <see cref="CatalogueLoader.Load(IEnumerable{CatalogueSource}, LoadOptions?)"/> never throws for bad content.
    /// </summary>
    public static void Yaml(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var path = YamlPaths[(input[0] & 0x7F) % YamlPaths.Length];
        var options = new LoadOptions { RunExamples = (input[0] & 0x80) != 0, MaxFileBytes = 64 * 1024 };
        using var stream = new MemoryStream(input, 1, input.Length - 1, writable: false);
        var source = CatalogueSource.FromStream(path, stream, options.MaxFileBytes);
        var result = CatalogueLoader.Load([source], options);
        if (result.Catalogue is null && !result.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException("No catalogue and no error diagnostic.");
        }
    }

    /// <summary>
    /// (2) The unit parser. Promise: <c>TryParse</c> never throws; <c>Parse</c> throws only
    /// <see cref="FormatException"/>; a parsed unit's canonical <see cref="Unit.Text"/> parses back to an equal unit.
    /// </summary>
    public static void Units(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (Unit.TryParse(text, out var unit, out _))
        {
            var again = Unit.TryParse(unit.Text, out var back, out var error)
                ? back
                : throw new InvalidOperationException($"The canonical text '{unit.Text}' of '{text}' does not parse: {error}");
            if (again != unit)
            {
                throw new InvalidOperationException($"'{text}' -> '{unit.Text}' -> '{again.Text}' is a different unit.");
            }

            _ = unit.GetConversionTo(again).Apply(1m);
        }

        try
        {
            _ = Unit.Parse(text);
        }
        catch (FormatException)
        {
        }

        if (Quantity.TryParse(text, out var quantity, out _))
        {
            _ = quantity.ToString();
        }

        try
        {
            _ = Quantity.Parse(text);
        }
        catch (FormatException)
        {
        }
    }

    /// <summary>
    /// (3) The export readers through <see cref="ExportValidator"/>. Byte 0: value modulo 3 picks the
    /// format (JSON, NDJSON, CSV); bit 2 decimal comma; bit 3 CSV separator ';'; bit 4 an expected
    /// catalogue version; bit 5 normalised output; bit 6 the smallest record limit (1024 bytes).
    /// Promise: every problem is a diagnostic; the run ends with a summary.
    /// </summary>
    public static void Export(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var options = ExportOptions(input[0]);
        using var normalised = options.NormaliseTo;
        using var stream = new MemoryStream(input, 1, input.Length - 1, writable: false);
        var run = Validator.Validate(stream, options);
        var enumerator = run.GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                _ = enumerator.Current.Message;
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        _ = run.Summary;
    }

    /// <summary>The options the first byte of an <c>export</c> input selects.</summary>
    public static ExportValidationOptions ExportOptions(byte b) => new()
    {
        Format = (ExportFormat)(b % 3),
        FileName = "fuzz",
        DecimalComma = (b & 0x04) != 0,
        CsvSeparator = (b & 0x08) != 0 ? ';' : null,
        CatalogueVersion = (b & 0x10) != 0 ? Catalogue.Default.Info.Version : null,
        NormaliseTo = (b & 0x20) != 0 ? new MemoryStream() : null,
        MaxRecordBytes = (b & 0x40) != 0 ? 1024 : ExportValidationOptions.DefaultMaxRecordBytes,
    };

    /// <summary>
    /// (4) The schema compiler. Promise: a schema outside the supported subset is a
    /// <see cref="SchemaCompileException"/> (text that is not JSON at all is System.Text.Json's
    /// <see cref="JsonException"/>); a schema that compiles validates any instance without throwing
    /// (checked on the input document itself).
    /// </summary>
    public static void Schema(byte[] input)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input);
        }
        catch (DecoderFallbackException)
        {
            return;
        }

        SchemaNode schema;
        try
        {
            schema = SchemaCompiler.Compile(text);
        }
        catch (SchemaCompileException)
        {
            return;
        }
        catch (JsonException)
        {
            return;
        }

        using var doc = JsonDocument.Parse(text);
        _ = SchemaValidator.Validate(schema, new JsonInstance(doc.RootElement, string.Empty));
    }
}
