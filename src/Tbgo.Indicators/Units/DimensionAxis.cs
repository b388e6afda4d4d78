namespace Tbgo.Indicators.Units;

/// <summary>One axis of the dimension vector, as declared in <c>units.yaml</c>.</summary>
/// <param name="Index">The position in the dimension vector.</param>
/// <param name="Id">Stable id, such as <c>mass</c> or <c>co2-eq</c>.</param>
/// <param name="Symbol">Short symbol used when printing a dimension, such as <c>M</c> or <c>[CO2-eq]</c>.</param>
/// <param name="Kind">Whether the axis is a base dimension, a count kind or an equivalence qualifier.</param>
/// <param name="Name">The name in Dutch and English.</param>
public sealed record DimensionAxis(int Index, string Id, string Symbol, AxisKind Kind, UnitName Name);
