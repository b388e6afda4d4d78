using System.Collections.Immutable;

namespace Tbgo.Indicators.Model;

/// <summary>A versioned set of coefficients, such as the MPG shadow prices of one method generation.</summary>
/// <param name="Id">The set id.</param>
/// <param name="Name">The name.</param>
/// <param name="Method">The method it belongs to, or <see langword="null"/>.</param>
/// <param name="Standard">The standard generation (EN 15804+A1, +A2), or <see langword="null"/>.</param>
/// <param name="Version">The version.</param>
/// <param name="ValidFrom">First day the set applies, or <see langword="null"/>.</param>
/// <param name="ValidTo">Last day the set applies, or <see langword="null"/>.</param>
/// <param name="Source">Where the set comes from.</param>
/// <param name="Factors">The factors, in definition order.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record FactorSet(string Id, LocalizedText Name, string? Method, string? Standard, string Version, DateOnly? ValidFrom, DateOnly? ValidTo, SourceReference Source, ImmutableArray<Factor> Factors, string? Note = null)
{
    /// <summary>Finds a factor by id, or returns <see langword="null"/>.</summary>
    public Factor? FindFactor(string factorId) => Factors.FirstOrDefault(f => string.Equals(f.Id, factorId, StringComparison.Ordinal));
}
