using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Tbgo.Indicators.Model;

/// <summary>
/// The text codes of the model's enumerations, as written in YAML, JSON and on the command line
/// (<c>openbare-ruimte</c>, <c>design-calculation</c>, <c>&lt;=</c>, ...), in both directions.
/// </summary>
public static class Codes
{
    private static readonly Table<Pillar> Pillars = new(("env", Pillar.Environmental), ("soc", Pillar.Social), ("gov", Pillar.Governance));
    private static readonly Table<Phase> Phases = new(("initiatief", Phase.Initiatief), ("plan", Phase.Plan), ("realisatie", Phase.Realisatie), ("beheer", Phase.Beheer));
    private static readonly Table<Scale> Scales = new(("gebied", Scale.Gebied), ("gebouw", Scale.Gebouw), ("openbare-ruimte", Scale.OpenbareRuimte), ("infrastructuur", Scale.Infrastructuur));
    private static readonly Table<MeasurementMethod> Methods = new(("estimate", MeasurementMethod.Estimate), ("design-calculation", MeasurementMethod.DesignCalculation), ("measurement", MeasurementMethod.Measurement));
    private static readonly Table<IndicatorStatus> Statuses = new(("draft", IndicatorStatus.Draft), ("candidate", IndicatorStatus.Candidate), ("core", IndicatorStatus.Core), ("deprecated", IndicatorStatus.Deprecated));
    private static readonly Table<Direction> Directions = new(("lower-is-better", Direction.LowerIsBetter), ("higher-is-better", Direction.HigherIsBetter), ("neutral", Direction.Neutral));
    private static readonly Table<AggregationMethod> Aggregations = new(("additive", AggregationMethod.Additive), ("area-weighted-mean", AggregationMethod.AreaWeightedMean), ("dwelling-weighted-mean", AggregationMethod.DwellingWeightedMean), ("resident-weighted-mean", AggregationMethod.ResidentWeightedMean), ("not-aggregatable", AggregationMethod.NotAggregatable), ("share-of-objects", AggregationMethod.ShareOfObjects));
    private static readonly Table<RollupWeight> RollupWeights = new(("objects", RollupWeight.Objects), ("floorArea", RollupWeight.FloorArea), ("dwellings", RollupWeight.Dwellings), ("residents", RollupWeight.Residents));
    private static readonly Table<IndicatorValueKind> ValueKinds = new(("number", IndicatorValueKind.Number), ("category", IndicatorValueKind.Category));
    private static readonly Table<Confidence> Confidences = new(("confirmed", Confidence.Confirmed), ("partly", Confidence.Partly), ("unconfirmed", Confidence.Unconfirmed));
    private static readonly Table<Comparator> Comparators = new(("<=", Comparator.AtMost), ("<", Comparator.Below), (">=", Comparator.AtLeast), (">", Comparator.Above));
    private static readonly Table<LimitKind> LimitKinds = new(("binding", LimitKind.Binding), ("indicative", LimitKind.Indicative), ("target", LimitKind.Target));
    private static readonly Table<MappingRelation> Relations = new(("equals", MappingRelation.Equivalent), ("part-of", MappingRelation.PartOf), ("contains", MappingRelation.Contains), ("proxy-for", MappingRelation.ProxyFor), ("related", MappingRelation.Related));
    private static readonly Table<CatalogueStatus> CatalogueStatuses = new(("draft", CatalogueStatus.Draft), ("released", CatalogueStatus.Released), ("withdrawn", CatalogueStatus.Withdrawn));
    private static readonly Table<LimitVerdict> Verdicts = new(("pass", LimitVerdict.Pass), ("fail", LimitVerdict.Fail), ("no-limit", LimitVerdict.NoLimit));

    /// <summary>The code of a pillar (<c>env</c>, <c>soc</c>, <c>gov</c>).</summary>
    public static string ToCode(this Pillar value) => Pillars.Code(value);

    /// <summary>The code of a phase.</summary>
    public static string ToCode(this Phase value) => Phases.Code(value);

    /// <summary>The code of a scale.</summary>
    public static string ToCode(this Scale value) => Scales.Code(value);

    /// <summary>The code of a measurement method.</summary>
    public static string ToCode(this MeasurementMethod value) => Methods.Code(value);

    /// <summary>The code of a status.</summary>
    public static string ToCode(this IndicatorStatus value) => Statuses.Code(value);

    /// <summary>The code of a direction.</summary>
    public static string ToCode(this Direction value) => Directions.Code(value);

    /// <summary>The code of an aggregation method.</summary>
    public static string ToCode(this AggregationMethod value) => Aggregations.Code(value);

    /// <summary>The code of a roll-up weight (<c>objects</c>, <c>floorArea</c>, <c>dwellings</c>, <c>residents</c>).</summary>
    public static string ToCode(this RollupWeight value) => RollupWeights.Code(value);

    /// <summary>The code of a value kind.</summary>
    public static string ToCode(this IndicatorValueKind value) => ValueKinds.Code(value);

    /// <summary>The code of a confidence level.</summary>
    public static string ToCode(this Confidence value) => Confidences.Code(value);

    /// <summary>The symbol of a comparator (<c>&lt;=</c>, ...).</summary>
    public static string ToCode(this Comparator value) => Comparators.Code(value);

    /// <summary>The code of a limit kind.</summary>
    public static string ToCode(this LimitKind value) => LimitKinds.Code(value);

    /// <summary>The code of a mapping relation.</summary>
    public static string ToCode(this MappingRelation value) => Relations.Code(value);

    /// <summary>The code of a catalogue status.</summary>
    public static string ToCode(this CatalogueStatus value) => CatalogueStatuses.Code(value);

    /// <summary>The code of a verdict.</summary>
    public static string ToCode(this LimitVerdict value) => Verdicts.Code(value);

    /// <summary>Parses a pillar code.</summary>
    public static bool TryParse(string? code, out Pillar value) => Pillars.TryParse(code, out value);

    /// <summary>Parses a phase code.</summary>
    public static bool TryParse(string? code, out Phase value) => Phases.TryParse(code, out value);

    /// <summary>Parses a scale code.</summary>
    public static bool TryParse(string? code, out Scale value) => Scales.TryParse(code, out value);

    /// <summary>Parses a measurement method code.</summary>
    public static bool TryParse(string? code, out MeasurementMethod value) => Methods.TryParse(code, out value);

    /// <summary>Parses a status code.</summary>
    public static bool TryParse(string? code, out IndicatorStatus value) => Statuses.TryParse(code, out value);

    /// <summary>Parses a direction code.</summary>
    public static bool TryParse(string? code, out Direction value) => Directions.TryParse(code, out value);

    /// <summary>Parses an aggregation code.</summary>
    public static bool TryParse(string? code, out AggregationMethod value) => Aggregations.TryParse(code, out value);

    /// <summary>Parses a roll-up weight code.</summary>
    public static bool TryParse(string? code, out RollupWeight value) => RollupWeights.TryParse(code, out value);

    /// <summary>Parses a value kind code.</summary>
    public static bool TryParse(string? code, out IndicatorValueKind value) => ValueKinds.TryParse(code, out value);

    /// <summary>Parses a confidence code.</summary>
    public static bool TryParse(string? code, out Confidence value) => Confidences.TryParse(code, out value);

    /// <summary>Parses a comparator symbol.</summary>
    public static bool TryParse(string? code, out Comparator value) => Comparators.TryParse(code, out value);

    /// <summary>Parses a limit kind code.</summary>
    public static bool TryParse(string? code, out LimitKind value) => LimitKinds.TryParse(code, out value);

    /// <summary>Parses a mapping relation code.</summary>
    public static bool TryParse(string? code, out MappingRelation value) => Relations.TryParse(code, out value);

    /// <summary>Parses a catalogue status code.</summary>
    public static bool TryParse(string? code, out CatalogueStatus value) => CatalogueStatuses.TryParse(code, out value);

    /// <summary>Parses a verdict code.</summary>
    public static bool TryParse(string? code, out LimitVerdict value) => Verdicts.TryParse(code, out value);

    /// <summary>All codes of an enumeration, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => typeof(T) switch
    {
        var t when t == typeof(Pillar) => Pillars.Codes,
        var t when t == typeof(Phase) => Phases.Codes,
        var t when t == typeof(Scale) => Scales.Codes,
        var t when t == typeof(MeasurementMethod) => Methods.Codes,
        var t when t == typeof(IndicatorStatus) => Statuses.Codes,
        var t when t == typeof(Direction) => Directions.Codes,
        var t when t == typeof(AggregationMethod) => Aggregations.Codes,
        var t when t == typeof(RollupWeight) => RollupWeights.Codes,
        var t when t == typeof(IndicatorValueKind) => ValueKinds.Codes,
        var t when t == typeof(Confidence) => Confidences.Codes,
        var t when t == typeof(Comparator) => Comparators.Codes,
        var t when t == typeof(LimitKind) => LimitKinds.Codes,
        var t when t == typeof(MappingRelation) => Relations.Codes,
        var t when t == typeof(CatalogueStatus) => CatalogueStatuses.Codes,
        var t when t == typeof(LimitVerdict) => Verdicts.Codes,
        _ => throw new ArgumentException($"{typeof(T).Name} has no codes."),
    };

    internal sealed class Table<T>
        where T : struct, Enum
    {
        private readonly FrozenDictionary<string, T> _byCode;
        private readonly FrozenDictionary<T, string> _byValue;

        public Table(params (string Code, T Value)[] entries)
        {
            _byCode = entries.ToFrozenDictionary(e => e.Code, e => e.Value, StringComparer.Ordinal);
            _byValue = entries.ToFrozenDictionary(e => e.Value, e => e.Code);
            Codes = [.. entries.Select(e => e.Code)];
        }

        public IReadOnlyList<string> Codes { get; }

        public string Code(T value) => _byValue.TryGetValue(value, out var c) ? c : throw new ArgumentOutOfRangeException(nameof(value), value, null);

        public bool TryParse([NotNullWhen(true)] string? code, out T value)
        {
            value = default;
            return code is not null && _byCode.TryGetValue(code, out value);
        }
    }
}
