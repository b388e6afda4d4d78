namespace Tbgo.Indicators.Units;

/// <summary>One factor of a compound unit: a named unit, an optional qualifier and a positive exponent.</summary>
/// <param name="Unit">The named unit.</param>
/// <param name="Qualifier">The equivalence qualifier, or <see langword="null"/>.</param>
/// <param name="Exponent">The exponent; always positive (denominator terms are kept apart).</param>
public readonly record struct UnitTerm(NamedUnit Unit, UnitQualifier? Qualifier, int Exponent);
