using System.Collections.Immutable;

namespace Tbgo.Indicators.Validation;

/// <summary>The outcome of validating one export: record counts and diagnostic counts by severity, code and indicator.</summary>
/// <param name="Format">The container format read.</param>
/// <param name="Catalogue">The catalogue validated against, as <c>id version</c>.</param>
/// <param name="RecordsRead">Records read (valid or not).</param>
/// <param name="ValidRecords">Records without errors (warnings allowed).</param>
/// <param name="InvalidRecords">Records with at least one error.</param>
/// <param name="Errors">Number of error diagnostics, including those not about one record.</param>
/// <param name="Warnings">Number of warnings.</param>
/// <param name="ByCode">Diagnostics per code, ordered by code.</param>
/// <param name="ByIndicator">Diagnostics per indicator id as written in the records (<c>(none)</c> when a record has none; at most 1000 distinct ids, the rest counted under <c>(other)</c>).</param>
/// <param name="NormalisedRecords">Records written by normalisation.</param>
/// <param name="Completed">False when reading stopped early (the JSON is not well-formed, or a record is too large).</param>
public sealed record ExportSummary(
    ExportFormat Format,
    string Catalogue,
    long RecordsRead,
    long ValidRecords,
    long InvalidRecords,
    long Errors,
    long Warnings,
    ImmutableSortedDictionary<string, long> ByCode,
    ImmutableSortedDictionary<string, long> ByIndicator,
    long NormalisedRecords,
    bool Completed)
{
    /// <summary>True when there are no errors: the export may enter the shared database.</summary>
    public bool IsValid => Errors == 0;
}
