namespace Tbgo.Indicators.Model;

/// <summary>An item of a framework reference list, such as Level(s) indicator 1.2 or EU Taxonomy criterion 7.1.</summary>
/// <param name="Id">The item id within the framework.</param>
/// <param name="Name">The name.</param>
/// <param name="Parent">The parent item id, or <see langword="null"/>.</param>
/// <param name="Description">A description, or <see langword="null"/>.</param>
/// <param name="Unit">The reporting unit text, or <see langword="null"/>.</param>
/// <param name="Source">Where the item is defined, or <see langword="null"/> (then the framework's source).</param>
public sealed record FrameworkItem(string Id, LocalizedText Name, string? Parent, LocalizedText? Description, string? Unit, SourceReference? Source);
