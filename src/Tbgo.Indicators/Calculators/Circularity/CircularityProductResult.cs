namespace Tbgo.Indicators.Calculators;

/// <summary>The Material Circularity Indicator of one product with its intermediate flows (masses in kg).</summary>
/// <param name="Id">The product id.</param>
/// <param name="Mass">M.</param>
/// <param name="Virgin">V = M (1 - F_R - F_U - F_S).</param>
/// <param name="UnrecoverableWaste">W = W_0 + (W_F + W_C) / 2.</param>
/// <param name="LinearFlowIndex">LFI = (V + W) / (2M + (W_F - W_C) / 2).</param>
/// <param name="Utility">X = (L / L_av) (U / U_av).</param>
/// <param name="Mci">MCI = max(0, 1 - LFI x 0.9 / X).</param>
public sealed record CircularityProductResult(string Id, double Mass, double Virgin, double UnrecoverableWaste, double LinearFlowIndex, double Utility, double Mci);
