namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The GWP-biogenic flows over A1-C4 under the -1/+1 convention of EN 15804+A2: uptake is negative,
/// release positive; over a full cycle they cancel. In kg CO2-eq.
/// </summary>
/// <param name="Uptake">The sum of the negative module values (zero or less).</param>
/// <param name="Release">The sum of the positive module values (zero or more).</param>
/// <param name="DeclaredByElements">How many elements declare GWP-biogenic.</param>
public sealed record BiogenicBalance(double Uptake, double Release, int DeclaredByElements)
{
    /// <summary>The stored CO2 taken from <see cref="WlcInput.BiogenicStorage"/> (kg CO2, entered as -1/+1), or <see langword="null"/>.</summary>
    public double? StoredCo2 { get; init; }

    /// <summary>The module of its release (C3 or C4), or <see langword="null"/> without a storage.</summary>
    public LifeCycleModule? ReleaseModule { get; init; }

    /// <summary>Uptake plus release: zero for a closed cycle.</summary>
    public double Net => Uptake + Release;
}
