namespace Tbgo.Indicators.Model;

/// <summary>A pillar as the catalogue names it.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Name">Its name in Dutch and English.</param>
public sealed record PillarDefinition(Pillar Pillar, LocalizedText Name);
