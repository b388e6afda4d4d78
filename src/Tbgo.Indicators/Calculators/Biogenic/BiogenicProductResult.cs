namespace Tbgo.Indicators.Calculators;

/// <summary>The CO2 stored in one product.</summary>
/// <param name="Id">The product id.</param>
/// <param name="WoodVolume">V_ω = V_p x wood fraction, in m3.</param>
/// <param name="OvenDryMass">ρ_ω x V_ω / (1 + ω/100), in kg.</param>
/// <param name="CarbonFraction">The carbon fraction used.</param>
/// <param name="CarbonFractionFrom">Where it came from: <c>input</c> or the factor id in <c>en16449-carbon</c>.</param>
/// <param name="StoredCo2">P_CO2 = 44/12 x cf x oven-dry mass, in kg CO2.</param>
public sealed record BiogenicProductResult(string Id, double WoodVolume, double OvenDryMass, double CarbonFraction, string CarbonFractionFrom, double StoredCo2);
