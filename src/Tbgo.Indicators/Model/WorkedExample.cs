namespace Tbgo.Indicators.Model;

/// <summary>A worked example in an indicator definition; the definitions tests run every one.</summary>
/// <param name="Title">What the example shows.</param>
/// <param name="Source">Where its numbers come from.</param>
/// <param name="Note">A remark, such as that numbers were constructed to illustrate a published formula.</param>
public abstract record WorkedExample(string Title, SourceReference Source, string? Note);
