namespace Tbgo.Indicators.Calculators;

/// <summary>Where a value of one year of a pathway comparison comes from.</summary>
public enum PathwayValueSource
{
    /// <summary>Given in the input for that year (<c>given</c>).</summary>
    Given = 0,

    /// <summary>Interpolated linearly between the given years before and after it (<c>interpolated</c>).</summary>
    Interpolated = 1,

    /// <summary>The last given actual value, held for a later year (<c>held</c>): a building without further measures.</summary>
    Held = 2,
}
