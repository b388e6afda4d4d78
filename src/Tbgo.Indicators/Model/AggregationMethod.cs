namespace Tbgo.Indicators.Model;

/// <summary>How object-level values roll up to area level.</summary>
public enum AggregationMethod
{
    /// <summary>Values add up (<c>additive</c>).</summary>
    Additive = 0,

    /// <summary>Mean weighted by floor or land area (<c>area-weighted-mean</c>).</summary>
    AreaWeightedMean = 1,

    /// <summary>Mean weighted by number of dwellings (<c>dwelling-weighted-mean</c>).</summary>
    DwellingWeightedMean = 2,

    /// <summary>Mean weighted by number of residents (<c>resident-weighted-mean</c>).</summary>
    ResidentWeightedMean = 3,

    /// <summary>Values cannot be combined (<c>not-aggregatable</c>).</summary>
    NotAggregatable = 4,

    /// <summary>
    /// The weighted share, in percent, of the objects whose value passes a test (<c>share-of-objects</c>), such as the
    /// share of dwellings with at least 30% bio-based materials; the test and the weight are <see cref="Indicator.ShareOfObjects"/>.
    /// </summary>
    ShareOfObjects = 5,
}
