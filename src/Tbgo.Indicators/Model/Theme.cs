namespace Tbgo.Indicators.Model;

/// <summary>A theme within a pillar.</summary>
/// <param name="Id">The theme id.</param>
/// <param name="Pillar">The pillar.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">A description, or <see langword="null"/>.</param>
public sealed record Theme(string Id, Pillar Pillar, LocalizedText Name, LocalizedText? Description);
