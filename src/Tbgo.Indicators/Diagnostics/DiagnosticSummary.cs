using System.Collections.Immutable;

namespace Tbgo.Indicators.Diagnostics;

/// <summary>Counts of diagnostics by severity and by code.</summary>
/// <param name="Errors">Number of errors.</param>
/// <param name="Warnings">Number of warnings.</param>
/// <param name="Infos">Number of informational diagnostics.</param>
/// <param name="ByCode">Count per code, ordered by code.</param>
public sealed record DiagnosticSummary(int Errors, int Warnings, int Infos, ImmutableSortedDictionary<string, int> ByCode)
{
    /// <summary>A summary of nothing.</summary>
    public static DiagnosticSummary Empty { get; } = new(0, 0, 0, ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal));

    /// <summary>Counts the given diagnostics.</summary>
    public static DiagnosticSummary Of(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        int errors = 0, warnings = 0, infos = 0;
        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }

            byCode[d.Code] = byCode.GetValueOrDefault(d.Code) + 1;
        }

        return new DiagnosticSummary(errors, warnings, infos, byCode.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => Errors > 0;
}
