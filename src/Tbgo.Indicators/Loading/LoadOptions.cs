namespace Tbgo.Indicators.Loading;

/// <summary>Bounds and switches for loading a catalogue. The defaults suit hand-written definition files.</summary>
public sealed record LoadOptions
{
    /// <summary>The default largest file read: 4 MiB.</summary>
    public const long DefaultMaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Files larger than this are rejected unread.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Deepest nesting of YAML mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most YAML nodes in one file.</summary>
    public int MaxNodes { get; init; } = 200_000;

    /// <summary>Most files in one catalogue.</summary>
    public int MaxFiles { get; init; } = 5_000;

    /// <summary>Run every worked example and report the ones that fail (lint does; loading for use need not).</summary>
    public bool RunExamples { get; init; }

    /// <summary>Report an information diagnostic (TBGO3018) for every value whose source is not confirmed: limit values, reference measurements, indicator and formula sources, worked examples, frameworks and their items, factor sets and their factors, building types and units.</summary>
    public bool ReportUnconfirmed { get; init; }
}
