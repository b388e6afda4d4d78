namespace Tbgo.Indicators.Model;

/// <summary>What kind of limit value it is.</summary>
public enum LimitKind
{
    /// <summary>Required by law (<c>binding</c>).</summary>
    Binding = 0,

    /// <summary>Guidance (<c>indicative</c>).</summary>
    Indicative = 1,

    /// <summary>A policy ambition (<c>target</c>).</summary>
    Target = 2,
}
