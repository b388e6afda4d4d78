namespace Tbgo.Indicators.Loading.Yaml;

/// <summary>Bounds that keep reading a hostile file cheap in time and memory.</summary>
/// <param name="MaxBytes">Largest input read.</param>
/// <param name="MaxDepth">Deepest nesting of mappings and sequences.</param>
/// <param name="MaxNodes">Most nodes in one document.</param>
internal readonly record struct YamlLimits(long MaxBytes, int MaxDepth, int MaxNodes);
