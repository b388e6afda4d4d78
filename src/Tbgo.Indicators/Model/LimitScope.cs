namespace Tbgo.Indicators.Model;

/// <summary>
/// What a limit value or reference measurement applies to. A field left <see langword="null"/>
/// applies to every value of that field.
/// </summary>
/// <param name="Scale">The scale, or <see langword="null"/> for every scale.</param>
/// <param name="BuildingType">A building type id (Bbl use function, such as <c>woonfunctie/grondgebonden</c>), or <see langword="null"/>.</param>
/// <param name="Variant">A narrower case named by the source, or <see langword="null"/>.</param>
public sealed record LimitScope(Scale? Scale = null, string? BuildingType = null, string? Variant = null)
{
    /// <summary>The scope that applies to everything.</summary>
    public static LimitScope Any { get; } = new();

    /// <summary>Formats as <c>scale=..., buildingType=..., variant=...</c> with the fields that are set.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Scale is { } s)
        {
            parts.Add("scale=" + s.ToCode());
        }

        if (BuildingType is not null)
        {
            parts.Add("buildingType=" + BuildingType);
        }

        if (Variant is not null)
        {
            parts.Add("variant=" + Variant);
        }

        return parts.Count == 0 ? "any" : string.Join(", ", parts);
    }
}
