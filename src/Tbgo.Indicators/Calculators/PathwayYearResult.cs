namespace Tbgo.Indicators.Calculators;

/// <summary>One year of the comparison.</summary>
/// <param name="Year">The year.</param>
/// <param name="Actual">The building's intensity.</param>
/// <param name="Pathway">The pathway value.</param>
/// <param name="Extended">True when <paramref name="Actual"/> is the last given value held constant.</param>
public sealed record PathwayYearResult(int Year, double Actual, double Pathway, bool Extended)
{
    /// <summary>True when the building is above the pathway (stranded in that year).</summary>
    public bool Above => Actual > Pathway;
}
