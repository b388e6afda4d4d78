namespace Tbgo.Indicators.Calculators;

/// <summary>One year of the comparison.</summary>
/// <param name="Year">The year.</param>
/// <param name="Actual">The building's intensity.</param>
/// <param name="Pathway">The pathway value.</param>
/// <param name="ActualFrom">Whether <paramref name="Actual"/> is given, interpolated between given years, or the last given value held.</param>
/// <param name="PathwayFrom">Whether <paramref name="Pathway"/> is given or interpolated between given years.</param>
public sealed record PathwayYearResult(int Year, double Actual, double Pathway, PathwayValueSource ActualFrom, PathwayValueSource PathwayFrom)
{
    /// <summary>True when the building is above the pathway (stranded in that year).</summary>
    public bool Above => Actual > Pathway;
}
