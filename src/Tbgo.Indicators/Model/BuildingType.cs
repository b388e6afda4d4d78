namespace Tbgo.Indicators.Model;

/// <summary>A building type (Bbl use function), possibly refining a parent type: <c>woonfunctie/grondgebonden</c> refines <c>woonfunctie</c>.</summary>
/// <param name="Id">The id; a '/' separates it from its parent's id.</param>
/// <param name="Name">The name.</param>
/// <param name="Source">Where the type is defined, or <see langword="null"/>.</param>
public sealed record BuildingType(string Id, LocalizedText Name, SourceReference? Source)
{
    /// <summary>The parent type's id, or <see langword="null"/>.</summary>
    public string? Parent => Id.LastIndexOf('/') is > 0 and var i ? Id[..i] : null;
}
