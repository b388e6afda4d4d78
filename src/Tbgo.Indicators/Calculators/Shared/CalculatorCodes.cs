using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Calculators;

/// <summary>The text codes of the calculators' enumerations, as written in their JSON forms, in both directions.</summary>
public static class CalculatorCodes
{
    private static readonly Codes.Table<LifeCycleModule> Modules = new(
        ("A1-A3", LifeCycleModule.A1ToA3), ("A4", LifeCycleModule.A4), ("A5", LifeCycleModule.A5),
        ("B1", LifeCycleModule.B1), ("B2", LifeCycleModule.B2), ("B3", LifeCycleModule.B3), ("B4", LifeCycleModule.B4),
        ("B5", LifeCycleModule.B5), ("B6", LifeCycleModule.B6), ("B7", LifeCycleModule.B7),
        ("C1", LifeCycleModule.C1), ("C2", LifeCycleModule.C2), ("C3", LifeCycleModule.C3), ("C4", LifeCycleModule.C4),
        ("D", LifeCycleModule.D));

    private static readonly Codes.Table<LifeCycleStage> Stages = new(
        ("product", LifeCycleStage.Product), ("construction", LifeCycleStage.Construction), ("use", LifeCycleStage.Use),
        ("end-of-life", LifeCycleStage.EndOfLife), ("beyond-system-boundary", LifeCycleStage.BeyondSystemBoundary));

    private static readonly Codes.Table<AreaBasis> AreaBases = new(("bvo", AreaBasis.Bvo), ("useful-floor-area", AreaBasis.UsefulFloorArea));

    private static readonly Codes.Table<NmdDataCategory> DataCategories = new(
        ("1", NmdDataCategory.Category1), ("2", NmdDataCategory.Category2), ("3", NmdDataCategory.Category3), ("3a", NmdDataCategory.Category3a));

    private static readonly Codes.Table<CriterionOutcome> Outcomes = new(
        ("met", CriterionOutcome.Met), ("not-met", CriterionOutcome.NotMet), ("not-enough-data", CriterionOutcome.NotEnoughData));

    private static readonly Codes.Table<TaxonomyActivity> Activities = new(
        ("ccm-7.1", TaxonomyActivity.NewBuildings), ("ccm-7.2", TaxonomyActivity.Renovation), ("ccm-7.7", TaxonomyActivity.AcquisitionAndOwnership), ("ce-3.1", TaxonomyActivity.CircularNewBuildings));

    private static readonly Codes.Table<PathwayValueSource> ValueSources = new(
        ("given", PathwayValueSource.Given), ("interpolated", PathwayValueSource.Interpolated), ("held", PathwayValueSource.Held));

    /// <summary>The code of a module (<c>A1-A3</c>, <c>B4</c>, <c>D</c>).</summary>
    public static string ToCode(this LifeCycleModule value) => Modules.Code(value);

    /// <summary>The code of a stage.</summary>
    public static string ToCode(this LifeCycleStage value) => Stages.Code(value);

    /// <summary>The code of an area basis.</summary>
    public static string ToCode(this AreaBasis value) => AreaBases.Code(value);

    /// <summary>The code of an NMD data category (<c>1</c>, <c>2</c>, <c>3</c>, <c>3a</c>).</summary>
    public static string ToCode(this NmdDataCategory value) => DataCategories.Code(value);

    /// <summary>The code of a criterion outcome.</summary>
    public static string ToCode(this CriterionOutcome value) => Outcomes.Code(value);

    /// <summary>The code of a taxonomy activity (the framework item id, such as <c>ccm-7.1</c>).</summary>
    public static string ToCode(this TaxonomyActivity value) => Activities.Code(value);

    /// <summary>The code of where a pathway year's value comes from (<c>given</c>, <c>interpolated</c>, <c>held</c>).</summary>
    public static string ToCode(this PathwayValueSource value) => ValueSources.Code(value);

    /// <summary>The stage a module belongs to.</summary>
    public static LifeCycleStage StageOf(this LifeCycleModule module) => module switch
    {
        LifeCycleModule.A1ToA3 => LifeCycleStage.Product,
        LifeCycleModule.A4 or LifeCycleModule.A5 => LifeCycleStage.Construction,
        LifeCycleModule.D => LifeCycleStage.BeyondSystemBoundary,
        >= LifeCycleModule.C1 => LifeCycleStage.EndOfLife,
        _ => LifeCycleStage.Use,
    };

    /// <summary>Parses a module code.</summary>
    public static bool TryParse(string? code, out LifeCycleModule value) => Modules.TryParse(code, out value);

    /// <summary>Parses a stage code.</summary>
    public static bool TryParse(string? code, out LifeCycleStage value) => Stages.TryParse(code, out value);

    /// <summary>Parses an area basis code.</summary>
    public static bool TryParse(string? code, out AreaBasis value) => AreaBases.TryParse(code, out value);

    /// <summary>Parses an NMD data category code.</summary>
    public static bool TryParse(string? code, out NmdDataCategory value) => DataCategories.TryParse(code, out value);

    /// <summary>Parses a criterion outcome code.</summary>
    public static bool TryParse(string? code, out CriterionOutcome value) => Outcomes.TryParse(code, out value);

    /// <summary>Parses a taxonomy activity code.</summary>
    public static bool TryParse(string? code, out TaxonomyActivity value) => Activities.TryParse(code, out value);

    /// <summary>Parses a pathway value source code.</summary>
    public static bool TryParse(string? code, out PathwayValueSource value) => ValueSources.TryParse(code, out value);
}
