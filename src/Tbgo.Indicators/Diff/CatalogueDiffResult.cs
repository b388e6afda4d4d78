using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Diff;

/// <summary>The differences between two catalogues, classified, with the version bump they imply.</summary>
public sealed class CatalogueDiffResult
{
    internal CatalogueDiffResult(CatalogueInfo oldInfo, CatalogueInfo newInfo, ImmutableArray<CatalogueChange> changes)
    {
        Old = oldInfo;
        New = newInfo;
        Changes = changes;
        Bump = changes.IsEmpty ? VersionBump.None : changes.Max(c => c.Impact) switch
        {
            ChangeImpact.Breaking => VersionBump.Major,
            ChangeImpact.Compatible => VersionBump.Minor,
            _ => VersionBump.Patch,
        };
    }

    /// <summary>The identity of the old catalogue.</summary>
    public CatalogueInfo Old { get; }

    /// <summary>The identity of the new catalogue.</summary>
    public CatalogueInfo New { get; }

    /// <summary>Every change, breaking ones first, then compatible, then editorial; within each in catalogue order.</summary>
    public ImmutableArray<CatalogueChange> Changes { get; }

    /// <summary>The bump the changes imply: major when anything is breaking, minor for compatible changes, patch for editorial ones.</summary>
    public VersionBump Bump { get; }

    /// <summary>True when at least one change is breaking.</summary>
    public bool HasBreakingChanges => Bump == VersionBump.Major;

    /// <summary>True when the catalogues are the same in every compared field.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>The number of changes with the given impact.</summary>
    public int Count(ChangeImpact impact) => Changes.Count(c => c.Impact == impact);

    /// <summary>
    /// A warning when the catalogue version does not move with the changes (content changed but the version
    /// is the same, or the version went down); null when it is consistent.
    /// </summary>
    public string? VersionWarning
    {
        get
        {
            var order = CompareVersions(Old.Version, New.Version);
            if (order > 0)
            {
                return $"the new catalogue version {New.Version} is lower than the old one {Old.Version}.";
            }

            return order == 0 && Bump >= VersionBump.Minor
                ? $"the content changed ({Bump.ToString().ToLowerInvariant()} bump) but the catalogue version is still {New.Version}; raise 'version' in catalogue.yaml."
                : null;
        }
    }

    /// <summary>Compares two catalogue versions of the form <c>YYYY.N</c> numerically (falls back to ordinal comparison).</summary>
    internal static int CompareVersions(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        if (pa.Length == pb.Length && pa.All(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) && pb.All(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            for (var i = 0; i < pa.Length; i++)
            {
                var c = int.Parse(pa[i], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(pb[i], System.Globalization.CultureInfo.InvariantCulture));
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }

        return string.CompareOrdinal(a, b);
    }
}
