using System.Collections.Immutable;

namespace Tbgo.Indicators.Model;

/// <summary>The identity of a catalogue: id, version, release date, status and changelog.</summary>
/// <param name="Id">The catalogue id.</param>
/// <param name="Version">The data version, such as <c>2026.1</c>.</param>
/// <param name="ReleaseDate">The release date.</param>
/// <param name="Status">Draft, released or withdrawn.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">A description, or <see langword="null"/>.</param>
/// <param name="License">The licence of the data, or <see langword="null"/>.</param>
/// <param name="Changelog">The changelog, newest first as written.</param>
public sealed record CatalogueInfo(string Id, string Version, DateOnly ReleaseDate, CatalogueStatus Status, LocalizedText Title, LocalizedText? Description, string? License, ImmutableArray<ChangelogEntry> Changelog)
{
    /// <summary>Id and version as messages and results name the catalogue: <c>tbgo 2026.1</c>.</summary>
    internal string Label => Id + " " + Version;
}
