namespace Tbgo.Indicators.Model;

/// <summary>One allowed value of a categorical indicator.</summary>
/// <param name="Code">The code written in exports.</param>
/// <param name="Name">The name.</param>
/// <param name="Rank">Order from best (0) to worst, or <see langword="null"/>.</param>
public sealed record IndicatorCategory(string Code, LocalizedText Name, int? Rank);
