using System.Collections.Immutable;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Where a calculation result comes from: the method and its version, the factor set used (if any),
/// the catalogue it was computed with, and every source of a factor, limit or rule it used.
/// </summary>
/// <param name="Calculator">The calculator name, such as <c>mpg</c>.</param>
/// <param name="Method">The published method, such as <c>Bepalingsmethode Milieuprestatie Bouwwerken</c>.</param>
/// <param name="MethodVersion">The version or edition of the method as implemented.</param>
/// <param name="FactorSetId">The factor set used, or <see langword="null"/> when none.</param>
/// <param name="CatalogueVersion">The catalogue id and version (<c>tbgo 2026.1</c>).</param>
/// <param name="Sources">The sources of the factors, limits and rules used, without duplicates, in order of first use.</param>
public sealed record CalculationProvenance(string Calculator, string Method, string MethodVersion, string? FactorSetId, string CatalogueVersion, ImmutableArray<SourceReference> Sources)
{
    /// <summary>The weakest confidence among <see cref="Sources"/>: the result is no firmer than that.</summary>
    public Confidence Confidence => Sources.IsDefaultOrEmpty ? Confidence.Confirmed : Sources.Max(s => s.Confidence);
}
