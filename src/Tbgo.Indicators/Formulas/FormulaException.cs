namespace Tbgo.Indicators.Calculators;

/// <summary>Thrown when a formula cannot be parsed or evaluated; the message says why.</summary>
public sealed class FormulaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FormulaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FormulaException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public FormulaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
