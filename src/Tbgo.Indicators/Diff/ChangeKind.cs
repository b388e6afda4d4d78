namespace Tbgo.Indicators.Diff;

/// <summary>What happened to an element of the catalogue between two versions.</summary>
public enum ChangeKind
{
    /// <summary>The element is new.</summary>
    Added = 0,

    /// <summary>The element is gone.</summary>
    Removed = 1,

    /// <summary>The element is in both versions with a different value of <see cref="CatalogueChange.Field"/>.</summary>
    Changed = 2,
}
