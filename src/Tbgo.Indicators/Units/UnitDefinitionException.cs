namespace Tbgo.Indicators.Units;

/// <summary>Thrown when unit definitions (such as those in <c>units.yaml</c>) are inconsistent.</summary>
public sealed class UnitDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnitDefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnitDefinitionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnitDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
