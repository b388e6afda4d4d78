namespace Tbgo.Indicators.Model;

/// <summary>The outcome of testing a value against a limit value.</summary>
public enum LimitVerdict
{
    /// <summary>The value meets the limit (<c>pass</c>).</summary>
    Pass = 0,

    /// <summary>The value does not meet the limit (<c>fail</c>).</summary>
    Fail = 1,

    /// <summary>No limit value applies (<c>no-limit</c>).</summary>
    NoLimit = 2,
}
