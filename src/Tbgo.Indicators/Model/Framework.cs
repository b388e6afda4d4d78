using System.Collections.Immutable;

namespace Tbgo.Indicators.Model;

/// <summary>A framework reference list (EU Taxonomy, Level(s), EN 15978, MPG, BENG, ...).</summary>
/// <param name="Id">The framework id.</param>
/// <param name="Name">The name.</param>
/// <param name="Version">The edition the items come from, or <see langword="null"/>.</param>
/// <param name="Publisher">The publisher, or <see langword="null"/>.</param>
/// <param name="Url">A web address, or <see langword="null"/>.</param>
/// <param name="Description">A description, or <see langword="null"/>.</param>
/// <param name="Source">Where the framework is defined.</param>
/// <param name="Items">The items, in definition order.</param>
public sealed record Framework(string Id, LocalizedText Name, string? Version, string? Publisher, string? Url, LocalizedText? Description, SourceReference Source, ImmutableArray<FrameworkItem> Items)
{
    /// <summary>Finds an item by id, or returns <see langword="null"/>.</summary>
    public FrameworkItem? FindItem(string itemId) => Items.FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal));
}
