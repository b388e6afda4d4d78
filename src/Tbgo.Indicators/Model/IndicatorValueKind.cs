namespace Tbgo.Indicators.Model;

/// <summary>Whether an indicator's values are numbers or codes.</summary>
public enum IndicatorValueKind
{
    /// <summary>A number in the indicator's unit (<c>number</c>).</summary>
    Number = 0,

    /// <summary>One of the indicator's category codes (<c>category</c>).</summary>
    Category = 1,
}
