namespace Tbgo.Indicators.Diff;

/// <summary>One difference between two catalogue versions.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Area">The kind of element.</param>
/// <param name="Subject">The element: an indicator id, <c>id / limit scope ...</c>, a framework item <c>framework:item</c>, a factor <c>set/factor</c>, a unit symbol.</param>
/// <param name="Field">For <see cref="ChangeKind.Changed"/>: the field that differs (<c>unit</c>, <c>name.nl</c>, <c>value</c>, ...); otherwise null.</param>
/// <param name="OldValue">The old value of the field (or a short description of the removed element); null when added.</param>
/// <param name="NewValue">The new value of the field (or a short description of the added element); null when removed.</param>
/// <param name="Impact">Breaking, compatible or editorial.</param>
/// <param name="Reason">Why the change has this impact, for people.</param>
public sealed record CatalogueChange(ChangeKind Kind, ChangeArea Area, string Subject, string? Field, string? OldValue, string? NewValue, ChangeImpact Impact, string Reason)
{
    /// <summary>True for a breaking change.</summary>
    public bool IsBreaking => Impact == ChangeImpact.Breaking;
}
