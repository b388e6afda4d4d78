using System.Collections.Immutable;

namespace Tbgo.Indicators.Model;

/// <summary>One version's entry in the catalogue changelog.</summary>
/// <param name="Version">The catalogue version.</param>
/// <param name="Date">The release date.</param>
/// <param name="Changes">What changed.</param>
public sealed record ChangelogEntry(string Version, DateOnly Date, ImmutableArray<string> Changes);
