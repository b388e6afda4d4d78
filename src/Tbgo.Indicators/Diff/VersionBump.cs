namespace Tbgo.Indicators.Diff;

/// <summary>The version bump a set of changes implies (SemVer levels; see CONTRIBUTING.md, "Releasing").</summary>
public enum VersionBump
{
    /// <summary>Nothing changed.</summary>
    None = 0,

    /// <summary>Editorial changes only.</summary>
    Patch = 1,

    /// <summary>Compatible additions or changes.</summary>
    Minor = 2,

    /// <summary>At least one breaking change.</summary>
    Major = 3,
}
