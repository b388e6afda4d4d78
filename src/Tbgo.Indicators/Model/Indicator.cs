using System.Collections.Immutable;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Model;

/// <summary>One indicator of the catalogue: what it measures, in which unit, where it applies, how it maps to frameworks, and its limit values.</summary>
public sealed record Indicator
{
    /// <summary>Stable id <c>tbgo.&lt;pillar&gt;.&lt;theme&gt;.&lt;name&gt;</c>; never reused.</summary>
    public required string Id { get; init; }

    /// <summary>Life-cycle status; <see cref="IndicatorStatus.Core"/> marks a kernindicator.</summary>
    public required IndicatorStatus Status { get; init; }

    /// <summary>The id of the indicator that replaces this deprecated one, or <see langword="null"/>.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The catalogue version that introduced the indicator.</summary>
    public required string Since { get; init; }

    /// <summary>The catalogue version that last changed it, or <see langword="null"/>.</summary>
    public string? Changed { get; init; }

    /// <summary>Name in Dutch and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Description in Dutch and English.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>The ESG pillar.</summary>
    public required Pillar Pillar { get; init; }

    /// <summary>The theme id.</summary>
    public required string Theme { get; init; }

    /// <summary>The quantity kind id (from the unit registry).</summary>
    public required string Quantity { get; init; }

    /// <summary>The canonical unit.</summary>
    public required Unit Unit { get; init; }

    /// <summary>Number or category.</summary>
    public IndicatorValueKind ValueKind { get; init; }

    /// <summary>The allowed codes of a categorical indicator (empty for numbers).</summary>
    public ImmutableArray<IndicatorCategory> Categories { get; init; } = [];

    /// <summary>Which way is better.</summary>
    public required Direction Direction { get; init; }

    /// <summary>The plausible range, or <see langword="null"/>.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>How object values roll up to area level.</summary>
    public required AggregationMethod Aggregation { get; init; }

    /// <summary>The test and weight of a <see cref="AggregationMethod.ShareOfObjects"/> roll-up; <see langword="null"/> unless <see cref="Aggregation"/> is share-of-objects.</summary>
    public ShareOfObjectsRule? ShareOfObjects { get; init; }

    /// <summary>Where (phase x scale) the indicator applies and how its value is obtained there.</summary>
    public required ImmutableArray<Applicability> Applicability { get; init; }

    /// <summary>How the value is computed, or <see langword="null"/>.</summary>
    public IndicatorFormula? Formula { get; init; }

    /// <summary>Links to framework items.</summary>
    public ImmutableArray<Mapping> Mappings { get; init; } = [];

    /// <summary>Limit values, in definition order.</summary>
    public ImmutableArray<LimitValue> LimitValues { get; init; } = [];

    /// <summary>Reference measurements.</summary>
    public ImmutableArray<ReferenceMeasurement> ReferenceMeasurements { get; init; } = [];

    /// <summary>Sources of the definition.</summary>
    public required ImmutableArray<SourceReference> Sources { get; init; }

    /// <summary>Worked examples.</summary>
    public required ImmutableArray<WorkedExample> Examples { get; init; }

    /// <summary>A remark, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>True when the indicator belongs to the core set (kernindicator).</summary>
    public bool IsCore => Status == IndicatorStatus.Core;

    /// <summary>True when the indicator applies in <paramref name="phase"/> at <paramref name="scale"/>.</summary>
    public bool AppliesTo(Phase phase, Scale scale) => Applicability.Any(a => a.Phase == phase && a.Scale == scale);

    /// <summary>True when the indicator applies in <paramref name="phase"/> (any scale).</summary>
    public bool AppliesTo(Phase phase) => Applicability.Any(a => a.Phase == phase);

    /// <summary>True when the indicator applies at <paramref name="scale"/> (any phase).</summary>
    public bool AppliesTo(Scale scale) => Applicability.Any(a => a.Scale == scale);
}
