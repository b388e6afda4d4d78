namespace Tbgo.Indicators.Loading;

/// <summary>The kinds of file in a catalogue folder, each with its own schema.</summary>
internal enum DefinitionKind
{
    Unknown,
    Catalogue,
    Units,
    Sources,
    Framework,
    FactorSet,
    Indicator,
}
