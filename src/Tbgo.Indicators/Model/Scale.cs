namespace Tbgo.Indicators.Model;

/// <summary>The spatial scale an indicator value describes.</summary>
public enum Scale
{
    /// <summary>Area (<c>gebied</c>).</summary>
    Gebied = 0,

    /// <summary>Building (<c>gebouw</c>).</summary>
    Gebouw = 1,

    /// <summary>Public space (<c>openbare-ruimte</c>).</summary>
    OpenbareRuimte = 2,

    /// <summary>Infrastructure (<c>infrastructuur</c>).</summary>
    Infrastructuur = 3,
}
