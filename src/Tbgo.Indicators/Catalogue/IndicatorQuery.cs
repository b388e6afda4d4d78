using Tbgo.Indicators.Model;

namespace Tbgo.Indicators;

/// <summary>Filters for <see cref="Catalogue.Query(IndicatorQuery)"/>; every filter left unset matches everything.</summary>
public sealed record IndicatorQuery
{
    /// <summary>Only indicators of this pillar.</summary>
    public Pillar? Pillar { get; init; }

    /// <summary>Only indicators of this theme id.</summary>
    public string? Theme { get; init; }

    /// <summary>Only indicators that apply in this phase.</summary>
    public Phase? Phase { get; init; }

    /// <summary>Only indicators that apply at this scale.</summary>
    public Scale? Scale { get; init; }

    /// <summary>Only indicators with this status.</summary>
    public IndicatorStatus? Status { get; init; }

    /// <summary>Only indicators mapped to this framework (<c>levels</c>) or framework item (<c>levels:1.2</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Only core indicators (true) or only non-core ones (false).</summary>
    public bool? Core { get; init; }

    /// <summary>True when the indicator passes every filter that is set.</summary>
    public bool Matches(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (Pillar is { } p && indicator.Pillar != p)
        {
            return false;
        }

        if (Theme is not null && !string.Equals(indicator.Theme, Theme, StringComparison.Ordinal))
        {
            return false;
        }

        if (Phase is { } ph && Scale is { } sc)
        {
            if (!indicator.AppliesTo(ph, sc))
            {
                return false;
            }
        }
        else if ((Phase is { } ph2 && !indicator.AppliesTo(ph2)) || (Scale is { } sc2 && !indicator.AppliesTo(sc2)))
        {
            return false;
        }

        if (Status is { } st && indicator.Status != st)
        {
            return false;
        }

        if (Core is { } core && indicator.IsCore != core)
        {
            return false;
        }

        if (Framework is not null && !indicator.Mappings.Any(m => MatchesFramework(m.Target, Framework)))
        {
            return false;
        }

        return true;
    }

    private static bool MatchesFramework(FrameworkItemRef target, string filter) =>
        filter.Contains(':', StringComparison.Ordinal)
            ? string.Equals(target.ToString(), filter, StringComparison.Ordinal)
            : string.Equals(target.FrameworkId, filter, StringComparison.Ordinal);
}
