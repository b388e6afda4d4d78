using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>A named input of an indicator's formula.</summary>
/// <param name="Name">The name used in the expression.</param>
/// <param name="Unit">The unit the input is given in (other compatible units are converted).</param>
/// <param name="Description">What the input is.</param>
public sealed record FormulaInput(string Name, Unit Unit, LocalizedText Description);
