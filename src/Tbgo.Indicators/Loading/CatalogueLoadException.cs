using System.Collections.Immutable;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Loading;

/// <summary>Thrown by throw-on-error entry points when a catalogue has errors; carries every diagnostic.</summary>
public sealed class CatalogueLoadException : Exception
{
    /// <summary>Creates the exception from diagnostics.</summary>
    public CatalogueLoadException(ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueLoadException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception.</summary>
    public CatalogueLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every diagnostic of the load.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var first = errors.Take(5).Select(d => "  " + d);
        return $"The catalogue has {errors.Count} error(s):\n{string.Join("\n", first)}";
    }
}
