namespace Tbgo.Indicators.Diagnostics;

/// <content>TBGO6xxx: calculator input.</content>
public static partial class DiagnosticDescriptors
{
    private const string Calc = "calculator";

    /// <summary>TBGO6001: the calculator input is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidCalculatorJson = new("TBGO6001", DiagnosticSeverity.Error, Calc,
        "Invalid JSON", "The calculator input is not valid JSON: {reason}.",
        "Write strict JSON: no comments, no trailing commas, double-quoted keys, numbers with a decimal point, each key once.");

    /// <summary>TBGO6002: an id that the catalogue does not know (factor set, factor, indicator, building type).</summary>
    public static readonly DiagnosticDescriptor UnknownCalculatorReference = new("TBGO6002", DiagnosticSeverity.Error, Calc,
        "Unknown reference", "The {kind} '{id}' is not in the catalogue {catalogue}.", "'tbgo list' and 'tbgo show' list the ids the catalogue holds.");

    /// <summary>TBGO6003: a quantity whose unit has the wrong dimension for the field.</summary>
    public static readonly DiagnosticDescriptor WrongDimension = new("TBGO6003", DiagnosticSeverity.Error, Calc,
        "Wrong kind of quantity", "The unit '{unit}' ({dimension}) cannot be used for {what}: it needs a unit convertible to '{expected}' ({expectedDimension}).",
        "Give the value in a unit of the right kind; units are converted, never assumed.");

    /// <summary>TBGO6004: a value outside what the calculation accepts.</summary>
    public static readonly DiagnosticDescriptor InvalidCalculatorValue = new("TBGO6004", DiagnosticSeverity.Error, Calc,
        "Value not usable", "The value {value} cannot be used for {what}: {reason}.", null);

    /// <summary>TBGO6005: an MPG impact category that is not in the weighting set of the calculation.</summary>
    public static readonly DiagnosticDescriptor CategoryNotInWeightingSet = new("TBGO6005", DiagnosticSeverity.Error, Calc,
        "Category not in weighting set", "The impact category '{category}' is not in the weighting set '{set}'; a calculation uses one weighting set and never mixes sets.",
        "Use the category ids of the set named in 'weightingSet' ('tbgo show' lists them), or recalculate the element data in that set.");

    /// <summary>TBGO6006: fractions that add up to more than one.</summary>
    public static readonly DiagnosticDescriptor FractionsExceedOne = new("TBGO6006", DiagnosticSeverity.Error, Calc,
        "Fractions exceed 100%", "The fractions {names} add up to {sum}, more than 1 (100%).", "Each fraction is a share of the same mass; together they can be at most 100%.");

    /// <summary>TBGO6007: no reference study period known and none given.</summary>
    public static readonly DiagnosticDescriptor StudyPeriodUnknown = new("TBGO6007", DiagnosticSeverity.Error, Calc,
        "Reference study period unknown", "No reference study period is known for {reason}; give 'referenceStudyPeriod' explicitly.",
        "The MPG study period is 75 years for dwellings and 50 years for offices (factor set mpg-reference-study-periods).");

    /// <summary>TBGO6008: a roll-up of an indicator that is not aggregatable.</summary>
    public static readonly DiagnosticDescriptor NotAggregatable = new("TBGO6008", DiagnosticSeverity.Error, Calc,
        "Not aggregatable", "The indicator '{indicator}' is declared not-aggregatable; object values cannot be rolled up to area level.",
        "Roll up the underlying quantities (such as masses or counts) with their own indicators and compute the ratio at area level.");

    /// <summary>TBGO6009: a GWP sub-indicator given without GWP-total.</summary>
    public static readonly DiagnosticDescriptor ComponentWithoutTotal = new("TBGO6009", DiagnosticSeverity.Error, Calc,
        "Sub-indicator without total", "Element '{element}' gives '{component}' but not '{parent}': sub-indicators are reported, never weighted, so the element would have no climate cost.",
        "Give the total ('{parent}') as well; the sub-indicators are then reported next to it.");

    /// <summary>TBGO6010: an id or key given twice where it must be unique.</summary>
    public static readonly DiagnosticDescriptor DuplicateCalculatorEntry = new("TBGO6010", DiagnosticSeverity.Error, Calc,
        "Given twice", "'{value}' is given twice in {what}; the first is at {first}.", null);

    /// <summary>TBGO6011: a roll-up object without the weight its indicator's aggregation needs.</summary>
    public static readonly DiagnosticDescriptor MissingRollupWeight = new("TBGO6011", DiagnosticSeverity.Error, Calc,
        "Weight missing", "Object '{id}' has no '{weight}', which the {aggregation} roll-up of '{indicator}' needs.", null);

    /// <summary>TBGO6012: an MPG element or building without cost data (neither impacts nor a published MKI).</summary>
    public static readonly DiagnosticDescriptor MpgCostMissing = new("TBGO6012", DiagnosticSeverity.Error, Calc,
        "MKI data missing", "{what} has no cost data: give {options}.",
        "An element needs 'impacts' (per category of the weighting set) or its published 'mki' in EUR; without elements the building needs 'mki' (the building MKI in EUR).");

    /// <summary>TBGO6013: an MPG element or building whose MKI is given in two ways at once.</summary>
    public static readonly DiagnosticDescriptor MpgCostGivenTwice = new("TBGO6013", DiagnosticSeverity.Error, Calc,
        "MKI given twice", "{what} gives both {first} and {second}; its MKI would be counted twice.",
        "Give one of them: impacts per category or the published MKI for an element; elements or the building MKI for the building.");
}
