namespace Tbgo.Indicators.Model;

/// <summary>Which way is better.</summary>
public enum Direction
{
    /// <summary>Lower values are better (<c>lower-is-better</c>).</summary>
    LowerIsBetter = 0,

    /// <summary>Higher values are better (<c>higher-is-better</c>).</summary>
    HigherIsBetter = 1,

    /// <summary>Neither (<c>neutral</c>).</summary>
    Neutral = 2,
}
