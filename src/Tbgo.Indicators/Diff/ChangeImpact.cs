namespace Tbgo.Indicators.Diff;

/// <summary>
/// How far a change reaches, in the terms of the release rules (CONTRIBUTING.md, "Releasing"): whether data that
/// was exchanged under the old catalogue still means the same under the new one.
/// </summary>
public enum ChangeImpact
{
    /// <summary>Wording, sources, notes: no value, id or unit a data team or program depends on changes (patch).</summary>
    Editorial = 0,

    /// <summary>New or changed content that keeps every existing export valid and meaning the same: a new indicator, limit value, mapping or factor; a changed threshold (minor).</summary>
    Compatible = 1,

    /// <summary>An export or program that worked with the old catalogue breaks or means something else: an indicator, unit, factor set or framework item removed, a unit or dimension changed, a range narrowed (major).</summary>
    Breaking = 2,
}
