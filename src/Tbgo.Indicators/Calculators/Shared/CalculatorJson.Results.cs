using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tbgo.Indicators.Calculators;

public static partial class CalculatorJson
{
    /// <summary>Writes any calculator's result in its published JSON form (<c>schemas/calculators/NAME.result.schema.json</c>).</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">A result of one of the library's calculators.</param>
    /// <param name="catalogue">The catalogue the result was computed with.</param>
    /// <exception cref="ArgumentException">The result is of a type this library did not produce.</exception>
    public static void Write(Utf8JsonWriter writer, ICalculationResult result, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        switch (result)
        {
            case WlcResult r: Write(writer, r, catalogue); break;
            case MpgResult r: Write(writer, r, catalogue); break;
            case BiogenicResult r: Write(writer, r, catalogue); break;
            case CircularityResult r: Write(writer, r, catalogue); break;
            case DetachabilityResult r: Write(writer, r, catalogue); break;
            case TaxonomyResult r: Write(writer, r, catalogue); break;
            case EpbdResult r: Write(writer, r, catalogue); break;
            case LimitsResult r: Write(writer, r, catalogue); break;
            case PercentileResult r: Write(writer, r, catalogue); break;
            case RollupResult r: Write(writer, r, catalogue); break;
            case PathwayResult r: Write(writer, r, catalogue); break;
            default: throw new ArgumentException($"No JSON form is known for a result of type '{result.GetType().Name}'.", nameof(result));
        }
    }

    /// <summary>Any calculator's result as JSON text (indented, non-ASCII letters kept), as <c>tbgo calc</c> prints it, without a final newline.</summary>
    /// <param name="result">A result of one of the library's calculators.</param>
    /// <param name="catalogue">The catalogue the result was computed with.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ICalculationResult result, Catalogue catalogue)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, result, catalogue);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
