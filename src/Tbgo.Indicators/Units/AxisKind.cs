namespace Tbgo.Indicators.Units;

/// <summary>What an axis of the dimension vector stands for.</summary>
public enum AxisKind
{
    /// <summary>A base dimension with its own base unit (mass, length, time, currency, ...).</summary>
    Base = 0,

    /// <summary>A kind of countable thing (dwelling, person, tree, ...).</summary>
    Count = 1,

    /// <summary>An equivalence qualifier written after a unit (CO2-eq, P-eq, ...).</summary>
    Qualifier = 2,
}
