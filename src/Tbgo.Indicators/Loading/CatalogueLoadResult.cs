using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Loading;

/// <summary>The outcome of loading a catalogue: the catalogue when there were no errors, and every diagnostic.</summary>
/// <param name="Catalogue">The catalogue, or <see langword="null"/> when any error was found.</param>
/// <param name="Diagnostics">Every diagnostic, ordered by file, line and column.</param>
/// <param name="FilesRead">How many files were read.</param>
public sealed record CatalogueLoadResult(Catalogue? Catalogue, ImmutableArray<Diagnostic> Diagnostics, int FilesRead)
{
    /// <summary>Counts by severity and code.</summary>
    public DiagnosticSummary Summary { get; } = DiagnosticSummary.Of(Diagnostics);

    /// <summary>Every value whose source is marked <c>unconfirmed</c> or <c>partly</c>, in file order (also when
    /// <see cref="LoadOptions.ReportUnconfirmed"/> is off; with it on, each is also a TBGO3018 info diagnostic).</summary>
    public ImmutableArray<UnconfirmedValue> Unconfirmed { get; init; } = [];

    /// <summary>True when the catalogue loaded without errors.</summary>
    public bool Success => Catalogue is not null;

    /// <summary>The catalogue, or an exception carrying the diagnostics.</summary>
    /// <exception cref="CatalogueLoadException">Loading found errors.</exception>
    public Catalogue GetCatalogueOrThrow() => Catalogue ?? throw new CatalogueLoadException(Diagnostics);
}
