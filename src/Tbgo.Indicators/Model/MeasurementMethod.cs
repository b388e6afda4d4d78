namespace Tbgo.Indicators.Model;

/// <summary>How a value is obtained in a phase.</summary>
public enum MeasurementMethod
{
    /// <summary>An estimate from key figures (<c>estimate</c>).</summary>
    Estimate = 0,

    /// <summary>A calculation on the design (<c>design-calculation</c>).</summary>
    DesignCalculation = 1,

    /// <summary>A measurement in reality (<c>measurement</c>).</summary>
    Measurement = 2,
}
