namespace Tbgo.Indicators.Model;

/// <summary>That an indicator applies in a phase at a scale, and how its value is obtained there.</summary>
/// <param name="Phase">The process phase.</param>
/// <param name="Scale">The spatial scale.</param>
/// <param name="Method">How the value is obtained in that phase.</param>
/// <param name="Note">A remark, or <see langword="null"/>.</param>
public sealed record Applicability(Phase Phase, Scale Scale, MeasurementMethod Method, string? Note = null);
