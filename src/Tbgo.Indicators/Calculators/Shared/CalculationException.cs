using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// The input of a calculation cannot give a correct result. <see cref="Diagnostics"/> says where
/// (a JSON pointer into the input's JSON form) and why; a calculator never returns a wrong number instead.
/// </summary>
public sealed class CalculationException : Exception
{
    /// <summary>Creates the exception from the diagnostics (at least one error).</summary>
    public CalculationException(ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CalculationException()
        : this("The calculation input is invalid.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CalculationException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public CalculationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>The located problems.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.IsDefaultOrEmpty
            ? "The calculation input is invalid."
            : "The calculation input is invalid: " + string.Join(" ", diagnostics.Where(d => d.IsError).Select(d => $"{d.Location.Pointer ?? "/"}: {d.Message}"));
}
