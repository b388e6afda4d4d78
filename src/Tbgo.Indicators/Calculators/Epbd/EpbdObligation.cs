using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>One EPBD obligation and whether it applies to the building.</summary>
/// <param name="Id">The obligation id: <c>life-cycle-gwp</c> or <c>zero-emission</c>.</param>
/// <param name="Article">The article of Directive (EU) 2024/1275, such as <c>Art. 7(2)</c>.</param>
/// <param name="Required">True when it applies on the permit date.</param>
/// <param name="AppliesFrom">The date from which it applies to a building like this one, or <see langword="null"/> when never.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Source">The source of the rule.</param>
public sealed record EpbdObligation(string Id, string Article, bool Required, DateOnly? AppliesFrom, string Reason, SourceReference Source);
