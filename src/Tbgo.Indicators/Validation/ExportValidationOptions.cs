namespace Tbgo.Indicators.Validation;

/// <summary>How <see cref="ExportValidator"/> reads and checks an export.</summary>
public sealed record ExportValidationOptions
{
    /// <summary>The default for <see cref="MaxRecordBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The container format; <see langword="null"/> (the default) takes it from <see cref="FileName"/>'s
    /// extension (<c>.json</c>, <c>.ndjson</c>/<c>.jsonl</c>, <c>.csv</c>), else <see cref="ExportFormat.Json"/>.
    /// </summary>
    public ExportFormat? Format { get; init; }

    /// <summary>The container that is read: <see cref="Format"/>, else inferred from <see cref="FileName"/>, else JSON.</summary>
    public ExportFormat EffectiveFormat =>
        Format ?? (FileName is null ? null : ExportValidator.FormatFromFileName(FileName)) ?? ExportFormat.Json;

    /// <summary>The file name to put in diagnostics' locations, or <see langword="null"/>.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The catalogue version the export refers to (for NDJSON and CSV, which do not carry it; a JSON
    /// export's own <c>catalogue.version</c> is checked as well). <see langword="null"/>: assume the
    /// validating catalogue's version. A mismatch is diagnostic TBGO5021.
    /// </summary>
    public string? CatalogueVersion { get; init; }

    /// <summary>CSV field separator, <c>,</c> or <c>;</c>; <see langword="null"/> detects it from the header row.</summary>
    public char? CsvSeparator { get; init; }

    /// <summary>CSV numbers are written with a decimal comma (<c>12,5</c>) instead of a decimal point.</summary>
    public bool DecimalComma { get; init; }

    /// <summary>Report records with the same key and a different value (TBGO5020). Costs about 23 bytes of memory per distinct key. Default true.</summary>
    public bool DetectDuplicates { get; init; } = true;

    /// <summary>The largest record, line or single value accepted, in bytes; larger ones are diagnostic TBGO5025. Bounds the memory used.</summary>
    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    /// <summary>
    /// When set, every valid record is written here as one NDJSON line with its value converted to the
    /// indicator's canonical unit (measurement-normalised-record.schema.json). The stream is not closed.
    /// </summary>
    public Stream? NormaliseTo { get; init; }
}
