using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// A yearly intensity series against a pathway, with the misalignment year (CRREM's term; formerly called the
/// stranding year): the first year above the pathway.
/// </summary>
/// <param name="Years">The years both series cover, ascending.</param>
/// <param name="StrandingYear">The first year the building is above the pathway, or <see langword="null"/> when never. Deprecated name: read <see cref="MisalignmentYear"/>.</param>
/// <param name="Unit">The unit of the values.</param>
/// <param name="PathwayName">The pathway's name, or <see langword="null"/>.</param>
/// <param name="Provenance">Method, version and sources.</param>
/// <param name="Warnings">What the reader must know.</param>
public sealed record PathwayResult(
    ImmutableArray<PathwayYearResult> Years,
    [property: Obsolete("CRREM calls this the misalignment year: use MisalignmentYear. StrandingYear is kept as an alias for one version and will be removed.")] int? StrandingYear,
    string Unit,
    string? PathwayName,
    CalculationProvenance Provenance,
    ImmutableArray<CalculationWarning> Warnings) : ICalculationResult
{
    /// <summary>
    /// The misalignment year (CRREM): the first year the building's intensity is above the pathway, or
    /// <see langword="null"/> when it never is in the years compared. Equal to the deprecated <see cref="StrandingYear"/>.
    /// </summary>
#pragma warning disable CS0618 // the alias is the stored value for one version
    public int? MisalignmentYear => StrandingYear;
#pragma warning restore CS0618
}
