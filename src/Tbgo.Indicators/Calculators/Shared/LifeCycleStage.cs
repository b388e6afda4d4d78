namespace Tbgo.Indicators.Calculators;

/// <summary>The EN 15978 life-cycle stages that group the modules.</summary>
public enum LifeCycleStage
{
    /// <summary>Product stage A1-A3 (<c>product</c>).</summary>
    Product = 0,

    /// <summary>Construction process stage A4-A5 (<c>construction</c>).</summary>
    Construction = 1,

    /// <summary>Use stage B1-B7 (<c>use</c>).</summary>
    Use = 2,

    /// <summary>End-of-life stage C1-C4 (<c>end-of-life</c>).</summary>
    EndOfLife = 3,

    /// <summary>Beyond the system boundary, module D (<c>beyond-system-boundary</c>).</summary>
    BeyondSystemBoundary = 4,
}
