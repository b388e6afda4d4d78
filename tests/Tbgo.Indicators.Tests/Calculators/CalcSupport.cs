using System.Text;
using System.Text.Json;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.TestSupport;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Tests.Calculators;

/// <summary>Runs any calculator by name from JSON to JSON, as the CLI does, for data-driven tests.</summary>
internal static class CalcSupport
{
    public static readonly string[] Names = ["wlc", "mpg", "biogenic", "circularity", "detachability", "taxonomy", "epbd", "limits", "percentile", "rollup", "pathway"];

    public static Catalogue Cat => Catalogue.Default;

    public static Quantity Q(double value, string unit) => new(value, Unit.Parse(unit));

    public static string Sample(string name) => File.ReadAllText(RepoPaths.Combine("samples", "calculators", name + ".json"));

    /// <summary>The worked examples: <c>Examples/&lt;calculator&gt;/&lt;name&gt;.json</c>.</summary>
    public static readonly string ExamplesFolder = RepoPaths.Combine("tests", "Tbgo.Indicators.Tests", "Calculators", "Examples");

    /// <summary>Every worked example as calculator and name, in file order.</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(ExamplesFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>Reads, calculates and writes; returns the result JSON or the diagnostics.</summary>
    public static (JsonDocument? Result, IReadOnlyList<Diagnostic> Diagnostics) Run(string name, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var c = Cat;
        try
        {
            return name switch
            {
                "wlc" => Go(CalculatorJson.ReadWlcInput(bytes, c), i => WlcCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "mpg" => Go(CalculatorJson.ReadMpgInput(bytes, c), i => MpgCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "biogenic" => Go(CalculatorJson.ReadBiogenicInput(bytes, c), i => BiogenicCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "circularity" => Go(CalculatorJson.ReadCircularityInput(bytes, c), i => CircularityCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "detachability" => Go(CalculatorJson.ReadDetachabilityInput(bytes, c), i => DetachabilityCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "taxonomy" => Go(CalculatorJson.ReadTaxonomyInput(bytes, c), i => TaxonomyCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "epbd" => Go(CalculatorJson.ReadEpbdInput(bytes, c), i => EpbdCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "limits" => Go(CalculatorJson.ReadLimitsInput(bytes, c), i => LimitsCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "percentile" => Go(CalculatorJson.ReadPercentileInput(bytes, c), i => PercentileCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "rollup" => Go(CalculatorJson.ReadRollupInput(bytes, c), i => RollupCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                "pathway" => Go(CalculatorJson.ReadPathwayInput(bytes, c), i => PathwayCalculator.Calculate(i, c), (w, r) => CalculatorJson.Write(w, r, c)),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }
        catch (CalculationException ex)
        {
            return (null, ex.Diagnostics);
        }
    }

    /// <summary>The single error a malformed input must produce: its code and JSON pointer.</summary>
    public static Diagnostic OneError(string name, string json)
    {
        var (result, diagnostics) = Run(name, json);
        Assert.Null(result);
        return Assert.Single(diagnostics, d => d.IsError);
    }

    /// <summary>Finds a value in a JSON document by JSON pointer.</summary>
    public static JsonElement At(JsonElement root, string pointer)
    {
        var e = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            e = e.ValueKind == JsonValueKind.Array ? e[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : e.GetProperty(part);
        }

        return e;
    }

    private static (JsonDocument?, IReadOnlyList<Diagnostic>) Go<TIn, TOut>(CalculatorInputResult<TIn> read, Func<TIn, TOut> calculate, Action<Utf8JsonWriter, TOut> write)
        where TIn : class
    {
        if (!read.Succeeded)
        {
            return (null, read.Diagnostics);
        }

        var result = calculate(read.Input);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer, result);
        }

        return (JsonDocument.Parse(stream.ToArray()), read.Diagnostics);
    }
}
