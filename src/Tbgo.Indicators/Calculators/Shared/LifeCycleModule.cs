namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The EN 15978 information modules a whole-life-carbon input can declare. The product stage is one
/// aggregated module A1-A3, as EPDs normally declare it. Module D lies beyond the system boundary.
/// </summary>
public enum LifeCycleModule
{
    /// <summary>Product stage: raw material supply, transport, manufacturing (<c>A1-A3</c>).</summary>
    A1ToA3 = 0,

    /// <summary>Transport to the building site (<c>A4</c>).</summary>
    A4 = 1,

    /// <summary>Construction and installation (<c>A5</c>).</summary>
    A5 = 2,

    /// <summary>Use (<c>B1</c>).</summary>
    B1 = 3,

    /// <summary>Maintenance (<c>B2</c>).</summary>
    B2 = 4,

    /// <summary>Repair (<c>B3</c>).</summary>
    B3 = 5,

    /// <summary>Replacement (<c>B4</c>).</summary>
    B4 = 6,

    /// <summary>Refurbishment (<c>B5</c>).</summary>
    B5 = 7,

    /// <summary>Operational energy use (<c>B6</c>).</summary>
    B6 = 8,

    /// <summary>Operational water use (<c>B7</c>).</summary>
    B7 = 9,

    /// <summary>De-construction and demolition (<c>C1</c>).</summary>
    C1 = 10,

    /// <summary>Transport to waste processing (<c>C2</c>).</summary>
    C2 = 11,

    /// <summary>Waste processing (<c>C3</c>).</summary>
    C3 = 12,

    /// <summary>Disposal (<c>C4</c>).</summary>
    C4 = 13,

    /// <summary>Benefits and loads beyond the system boundary (<c>D</c>); never part of the life-cycle total.</summary>
    D = 14,
}
