namespace Tbgo.Indicators.Calculators;

/// <summary>The score of one connection.</summary>
/// <param name="Id">The connection id, or <see langword="null"/>.</param>
/// <param name="TypeFactor">TV, the type-of-connection factor.</param>
/// <param name="AccessibilityFactor">TO, the accessibility factor.</param>
/// <param name="Index">LV = 2 / (1/TV + 1/TO).</param>
public sealed record DetachabilityConnectionResult(string? Id, double TypeFactor, double AccessibilityFactor, double Index);
