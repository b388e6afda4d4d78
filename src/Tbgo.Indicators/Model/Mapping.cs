namespace Tbgo.Indicators.Model;

/// <summary>A typed link from an indicator to a framework item.</summary>
/// <param name="Target">The framework item.</param>
/// <param name="Relation">How the indicator relates to it.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record Mapping(FrameworkItemRef Target, MappingRelation Relation, string? Note = null);
