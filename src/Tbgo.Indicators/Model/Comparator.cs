namespace Tbgo.Indicators.Model;

/// <summary>How a value is compared with a limit value.</summary>
public enum Comparator
{
    /// <summary>The value must be at most the limit (<c>&lt;=</c>).</summary>
    AtMost = 0,

    /// <summary>The value must be below the limit (<c>&lt;</c>).</summary>
    Below = 1,

    /// <summary>The value must be at least the limit (<c>&gt;=</c>).</summary>
    AtLeast = 2,

    /// <summary>The value must be above the limit (<c>&gt;</c>).</summary>
    Above = 3,
}
