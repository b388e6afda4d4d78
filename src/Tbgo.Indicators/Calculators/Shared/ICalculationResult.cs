using System.Collections.Immutable;

namespace Tbgo.Indicators.Calculators;

/// <summary>What every calculator result carries: its provenance and its warnings.</summary>
public interface ICalculationResult
{
    /// <summary>Method, version, factor set and sources.</summary>
    CalculationProvenance Provenance { get; }

    /// <summary>What the reader must know about the number (unconfirmed factors, incompleteness, assumptions).</summary>
    ImmutableArray<CalculationWarning> Warnings { get; }
}
