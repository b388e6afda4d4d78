namespace Tbgo.Indicators.Calculators;

/// <summary>The floor area a per-m2 result is normalised by; always stated with the result.</summary>
public enum AreaBasis
{
    /// <summary>Gross floor area, bruto vloeroppervlak (<c>bvo</c>): the MPG basis.</summary>
    Bvo = 0,

    /// <summary>Useful floor area (<c>useful-floor-area</c>): the EPBD Annex III basis.</summary>
    UsefulFloorArea = 1,
}
