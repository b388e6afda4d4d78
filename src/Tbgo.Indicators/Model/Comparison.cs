namespace Tbgo.Indicators.Model;

/// <summary>The one place a <see cref="Comparator"/> is applied, for limit values and share-of-objects rules alike.</summary>
internal static class Comparison
{
    /// <summary>True when <paramref name="value"/> passes the comparison with <paramref name="threshold"/> (both in the same unit).</summary>
    public static bool Holds(this Comparator comparator, double value, double threshold) => comparator switch
    {
        Comparator.AtMost => value <= threshold,
        Comparator.Below => value < threshold,
        Comparator.AtLeast => value >= threshold,
        _ => value > threshold,
    };
}
