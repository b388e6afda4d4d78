namespace Tbgo.Indicators.Model;

/// <summary>The process phase of area development.</summary>
public enum Phase
{
    /// <summary>Initiative (<c>initiatief</c>).</summary>
    Initiatief = 0,

    /// <summary>Plan (<c>plan</c>).</summary>
    Plan = 1,

    /// <summary>Realisation (<c>realisatie</c>).</summary>
    Realisatie = 2,

    /// <summary>Management and use (<c>beheer</c>).</summary>
    Beheer = 3,
}
