using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Biogenic CO2 stored in the building's bio-based products (the <c>biogenic</c> calculator's EN 16449 total), entered
/// into the whole-life carbon under the -1/+1 convention of EN 15804+A2 / EN 16485: <c>-P</c> GWP-biogenic in A1-A3
/// (uptake) and <c>+P</c> in the end-of-life module where it leaves the product system (release), both also in
/// GWP-total. They cancel over A1-C4, so the life-cycle total does not change; A1-A3 and upfront carbon do.
/// </summary>
/// <param name="StoredCo2">The stored CO2 <c>P</c>, a mass of CO2 (such as <c>kg CO2</c>, as <see cref="BiogenicResult.Total"/>).</param>
/// <param name="ReleaseModule">Where the carbon is released: <see cref="LifeCycleModule.C3"/> (waste processing, such as incineration; the default) or <see cref="LifeCycleModule.C4"/> (disposal).</param>
public sealed record WlcBiogenicStorage(Quantity StoredCo2, LifeCycleModule ReleaseModule = LifeCycleModule.C3)
{
    /// <summary>The storage of a <c>biogenic</c> calculator result: its <see cref="BiogenicResult.Total"/> in kg CO2.</summary>
    /// <param name="result">The biogenic result.</param>
    /// <param name="releaseModule">The end-of-life module of the release (C3 or C4).</param>
    /// <returns>The storage to set as <see cref="WlcInput.BiogenicStorage"/>.</returns>
    public static WlcBiogenicStorage FromResult(BiogenicResult result, LifeCycleModule releaseModule = LifeCycleModule.C3)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(new Quantity(result.Total, Unit.Parse("kg CO2")), releaseModule);
    }
}
