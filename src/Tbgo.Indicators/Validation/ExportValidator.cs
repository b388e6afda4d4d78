using Tbgo.Indicators.Validation.Export;

namespace Tbgo.Indicators.Validation;

/// <summary>
/// Validates measurement exports (JSON, NDJSON, CSV) against the published record schema and a
/// catalogue: structure, indicator, applicability, unit, plausible range, period and conflicting
/// duplicates. Reads a stream in one pass with bounded memory and reports every problem with its
/// location. Thread-safe: one validator can run many validations at once.
/// </summary>
/// <example>
/// <code>
/// var validator = new ExportValidator(Catalogue.Default);
/// var run = validator.Validate(stream, new ExportValidationOptions { Format = ExportFormat.Ndjson, FileName = "export.ndjson" });
/// await foreach (var diagnostic in run) { Console.WriteLine(diagnostic); }
/// Console.WriteLine(run.Summary.InvalidRecords);
/// </code>
/// </example>
public sealed class ExportValidator
{
    /// <summary>Creates a validator for a catalogue (its version is the one exports must refer to).</summary>
    public ExportValidator(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
        Rules = RecordRules.Default;
    }

    /// <summary>The catalogue records are checked against.</summary>
    public Catalogue Catalogue { get; }

    internal RecordRules Rules { get; }

    /// <summary>The format a file name suggests: <c>.json</c>, <c>.ndjson</c>/<c>.jsonl</c> or <c>.csv</c>; <see langword="null"/> otherwise.</summary>
    public static ExportFormat? FormatFromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".json" => ExportFormat.Json,
            ".ndjson" or ".jsonl" => ExportFormat.Ndjson,
            ".csv" => ExportFormat.Csv,
            _ => null,
        };
    }

    /// <summary>
    /// Starts a validation of <paramref name="input"/>: enumerate the result (once) for the diagnostics,
    /// in input order, then read its <see cref="ExportValidationRun.Summary"/>. Nothing is read before
    /// enumeration starts; the stream is not closed.
    /// </summary>
    public ExportValidationRun Validate(Stream input, ExportValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ExportValidationOptions();
        if (options.MaxRecordBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRecordBytes, "MaxRecordBytes must be at least 1024.");
        }

        if (options.CsvSeparator is { } sep && sep is not (',' or ';'))
        {
            throw new ArgumentOutOfRangeException(nameof(options), sep, "The CSV separator is ',' or ';'.");
        }

        return new ExportValidationRun(new ExportSession(Catalogue, options, Rules), input);
    }

    /// <summary>Validates <paramref name="input"/> and returns only the summary (the diagnostics are counted, not kept).</summary>
    public async Task<ExportSummary> SummarizeAsync(Stream input, ExportValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = Validate(input, options);
        await foreach (var _ in run.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
        }

        return run.Summary;
    }
}
