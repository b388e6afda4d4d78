namespace Tbgo.Indicators.Validation;

/// <summary>The container of a measurement export; the records are the same in each.</summary>
public enum ExportFormat
{
    /// <summary>One JSON document: <c>{"catalogue": {"id", "version"}, "records": [ ... ]}</c> (measurement-export.schema.json).</summary>
    Json = 0,

    /// <summary>Newline-delimited JSON: one record object per line; the catalogue version comes from the options.</summary>
    Ndjson = 1,

    /// <summary>CSV with a header row of field names; <c>,</c> or <c>;</c> separated, UTF-8 with or without BOM.</summary>
    Csv = 2,
}
