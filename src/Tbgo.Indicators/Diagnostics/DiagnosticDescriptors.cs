using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tbgo.Indicators.Diagnostics;

/// <summary>
/// Every diagnostic code the library can report, in one place. Codes are stable and never reused:
/// TBGO1xxx files and YAML, TBGO2xxx schema, TBGO3xxx catalogue meaning, TBGO4xxx units,
/// TBGO5xxx export validation, TBGO6xxx calculator input. <c>docs/diagnostics.md</c> is generated from this list.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private const string Yaml = "yaml";
    private const string Schema = "schema";
    private const string Cat = "catalogue";
    private const string UnitsCategory = "units";

    // ---- TBGO1xxx: files and YAML ----

    /// <summary>TBGO1001: the YAML is not well-formed.</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = new("TBGO1001", DiagnosticSeverity.Error, Yaml,
        "YAML syntax error", "The YAML is not well-formed: {reason}.",
        "Fix the syntax at the location given. Indent with spaces, never tabs; quote values that contain ': ' or start with a special character.");

    /// <summary>TBGO1002: the bytes are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("TBGO1002", DiagnosticSeverity.Error, Yaml,
        "Invalid UTF-8", "The file is not valid UTF-8: the byte 0x{byte} at offset {offset} does not start or continue a UTF-8 character.",
        "Save the file as UTF-8 (with or without a byte order mark).");

    /// <summary>TBGO1003: the input is larger than the configured limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("TBGO1003", DiagnosticSeverity.Error, Yaml,
        "File too large", "The file is larger than the limit of {limit} bytes; it was not read.",
        "Definition files are small; split the content or raise LoadOptions.MaxFileBytes if this is intended.");

    /// <summary>TBGO1004: YAML anchors and aliases are not allowed.</summary>
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("TBGO1004", DiagnosticSeverity.Error, Yaml,
        "Anchor or alias", "YAML anchors and aliases are not allowed in definition files ('{name}').",
        "Write the value out in full; aliases hide repeated content and can be used to blow up memory.");

    /// <summary>TBGO1005: explicit YAML tags are not allowed.</summary>
    public static readonly DiagnosticDescriptor TagNotAllowed = new("TBGO1005", DiagnosticSeverity.Error, Yaml,
        "YAML tag", "The YAML tag '{tag}' is not allowed; values are plain text whose type the schema decides.",
        "Remove the tag.");

    /// <summary>TBGO1006: nesting deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor TooDeep = new("TBGO1006", DiagnosticSeverity.Error, Yaml,
        "Nesting too deep", "The document nests deeper than {limit} levels; reading stopped here.",
        "Definition files are shallow; this is almost certainly a mistake or a hostile file.");

    /// <summary>TBGO1007: more nodes than the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyNodes = new("TBGO1007", DiagnosticSeverity.Error, Yaml,
        "Too many nodes", "The document has more than {limit} nodes; reading stopped here.",
        "Split the content or raise LoadOptions.MaxNodes if this is intended.");

    /// <summary>TBGO1008: a key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("TBGO1008", DiagnosticSeverity.Error, Yaml,
        "Duplicate key", "The key '{key}' appears twice in one mapping; it was first given at line {line}, column {column}.",
        "Keep one of the two; YAML does not say which would win.");

    /// <summary>TBGO1009: more than one YAML document in a file.</summary>
    public static readonly DiagnosticDescriptor MultipleDocuments = new("TBGO1009", DiagnosticSeverity.Error, Yaml,
        "More than one document", "A definition file holds exactly one YAML document, but another one starts here.",
        "Remove the '---' separator, or put the second document in a file of its own.");

    /// <summary>TBGO1010: the file has no content.</summary>
    public static readonly DiagnosticDescriptor EmptyDocument = new("TBGO1010", DiagnosticSeverity.Error, Yaml,
        "Empty file", "The file is empty; a definition file holds one YAML mapping.", null);

    /// <summary>TBGO1011: the file or stream could not be read.</summary>
    public static readonly DiagnosticDescriptor ReadFailed = new("TBGO1011", DiagnosticSeverity.Error, Yaml,
        "Read failed", "The input could not be read: {reason}.", null);

    /// <summary>TBGO1012: a complex (non-scalar) mapping key.</summary>
    public static readonly DiagnosticDescriptor NonScalarKey = new("TBGO1012", DiagnosticSeverity.Error, Yaml,
        "Non-text key", "Mapping keys must be plain text, not a sequence or mapping.", null);

    // ---- TBGO2xxx: schema ----

    /// <summary>TBGO2001: a key the schema does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("TBGO2001", DiagnosticSeverity.Error, Schema,
        "Unknown key", "The key '{key}' is not allowed in {context}.",
        "Check the spelling against the schema; unknown keys are errors so that typos cannot pass silently.");

    /// <summary>TBGO2002: a required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new("TBGO2002", DiagnosticSeverity.Error, Schema,
        "Missing key", "The required key '{key}' is missing from {context}.", null);

    /// <summary>TBGO2003: a value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new("TBGO2003", DiagnosticSeverity.Error, Schema,
        "Wrong type", "Expected {expected} at {path}, but found {actual}.",
        "Numbers use a decimal point and no thousands separator (0.8, not 0,8).");

    /// <summary>TBGO2004: a value that is not one of the allowed values.</summary>
    public static readonly DiagnosticDescriptor NotInEnum = new("TBGO2004", DiagnosticSeverity.Error, Schema,
        "Value not allowed", "The value '{value}' at {path} is not one of the allowed values: {allowed}.", null);

    /// <summary>TBGO2005: a text that does not match the required form.</summary>
    public static readonly DiagnosticDescriptor PatternMismatch = new("TBGO2005", DiagnosticSeverity.Error, Schema,
        "Wrong form", "The value '{value}' at {path} is not a valid {what}.", null);

    /// <summary>TBGO2006: a number outside its allowed bounds.</summary>
    public static readonly DiagnosticDescriptor OutOfBounds = new("TBGO2006", DiagnosticSeverity.Error, Schema,
        "Number out of bounds", "The value {value} at {path} must be {bound}.", null);

    /// <summary>TBGO2007: a text or list of the wrong length.</summary>
    public static readonly DiagnosticDescriptor WrongLength = new("TBGO2007", DiagnosticSeverity.Error, Schema,
        "Wrong length", "The {what} at {path} has {actual}, but must have {bound}.", null);

    /// <summary>TBGO2008: a date that is not a real calendar date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("TBGO2008", DiagnosticSeverity.Error, Schema,
        "Invalid date", "The value '{value}' at {path} is not a calendar date in the form YYYY-MM-DD.", null);

    /// <summary>TBGO2009: a value that matches none (or more than one) of the alternatives.</summary>
    public static readonly DiagnosticDescriptor NoAlternativeMatches = new("TBGO2009", DiagnosticSeverity.Error, Schema,
        "No alternative matches", "The value at {path} matches {count} of the allowed forms ({forms}); it must match {required}.", null);

    /// <summary>TBGO2010: a value that the schema forbids by a 'not' rule.</summary>
    public static readonly DiagnosticDescriptor ForbiddenForm = new("TBGO2010", DiagnosticSeverity.Error, Schema,
        "Forbidden form", "The value at {path} has a form that is not allowed here.", null);

    /// <summary>TBGO2011: a number that is not a multiple of the required step.</summary>
    public static readonly DiagnosticDescriptor NotMultipleOf = new("TBGO2011", DiagnosticSeverity.Error, Schema,
        "Not a multiple", "The value {value} at {path} must be a multiple of {step}.", null);

    /// <summary>TBGO2012: a value nested deeper than the schema validator follows.</summary>
    public static readonly DiagnosticDescriptor ValueTooDeep = new("TBGO2012", DiagnosticSeverity.Error, Schema,
        "Value nested too deep", "The value at {path} nests deeper than {limit} levels; it was not validated further.",
        "Definition and input files are shallow; this is almost certainly a mistake or a hostile file.");

    // ---- TBGO3xxx: catalogue meaning ----

    /// <summary>TBGO3001: two definitions share one id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("TBGO3001", DiagnosticSeverity.Error, Cat,
        "Duplicate id", "The {kind} id '{id}' is already defined in {other}.", "Ids are unique and never reused; pick a new id.");

    /// <summary>TBGO3002: an indicator file whose name or folder does not match its id.</summary>
    public static readonly DiagnosticDescriptor IdPathMismatch = new("TBGO3002", DiagnosticSeverity.Error, Cat,
        "Id does not match file", "The indicator id '{id}' does not match its file path; expected the file at '{expected}'.",
        "One indicator per file: <pillar>/<theme>/<id>.yaml.");

    /// <summary>TBGO3003: a reference to something that is not defined.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = new("TBGO3003", DiagnosticSeverity.Error, Cat,
        "Unknown reference", "The {kind} '{id}' is not defined in this catalogue.", null);

    /// <summary>TBGO3004: a unit that does not fit the quantity or unit it must match.</summary>
    public static readonly DiagnosticDescriptor UnitMismatch = new("TBGO3004", DiagnosticSeverity.Error, Cat,
        "Unit does not fit", "The unit '{unit}' ({dimension}) does not fit {what} '{expected}' ({expectedDimension}).", null);

    /// <summary>TBGO3005: two limit values for one scope whose validity overlaps.</summary>
    public static readonly DiagnosticDescriptor OverlappingValidity = new("TBGO3005", DiagnosticSeverity.Error, Cat,
        "Overlapping limit values", "This limit value ({from} to {to}) overlaps the one at line {line} ({otherFrom} to {otherTo}) for the same scope, kind and basis.",
        "End the earlier one (validTo) the day before the later one starts.");

    /// <summary>TBGO3006: an interval that ends before it starts.</summary>
    public static readonly DiagnosticDescriptor InvertedInterval = new("TBGO3006", DiagnosticSeverity.Error, Cat,
        "Interval ends before it starts", "The {what} ends ({to}) before it starts ({from}).", null);

    /// <summary>TBGO3007: a deprecation without a (valid) replacement, or a replacement on a live indicator.</summary>
    public static readonly DiagnosticDescriptor DeprecationInconsistent = new("TBGO3007", DiagnosticSeverity.Error, Cat,
        "Deprecation inconsistent", "{reason}", null);

    /// <summary>TBGO3008: a worked example whose result differs from the expected one.</summary>
    public static readonly DiagnosticDescriptor ExampleFailed = new("TBGO3008", DiagnosticSeverity.Error, Cat,
        "Worked example fails", "The worked example '{title}' expects {expected}, but the library computes {actual}.", null);

    /// <summary>TBGO3009: a formula that cannot be read or evaluated.</summary>
    public static readonly DiagnosticDescriptor InvalidFormula = new("TBGO3009", DiagnosticSeverity.Error, Cat,
        "Invalid formula", "The formula cannot be used: {reason}.", null);

    /// <summary>TBGO3010: a plausible range whose minimum exceeds its maximum.</summary>
    public static readonly DiagnosticDescriptor InvalidRange = new("TBGO3010", DiagnosticSeverity.Error, Cat,
        "Invalid range", "The range minimum {min} is larger than its maximum {max}.", null);

    /// <summary>TBGO3011: the catalogue file is missing.</summary>
    public static readonly DiagnosticDescriptor CatalogueFileMissing = new("TBGO3011", DiagnosticSeverity.Error, Cat,
        "catalogue.yaml missing", "The folder has no catalogue.yaml, so it is not a catalogue.", "Run lint on the folder that holds catalogue.yaml.");

    /// <summary>TBGO3012: a file in the catalogue folder that is not of a known kind.</summary>
    public static readonly DiagnosticDescriptor UnexpectedFile = new("TBGO3012", DiagnosticSeverity.Warning, Cat,
        "Unexpected file", "The file is not part of the catalogue layout and was not read.", "Indicators live at <pillar>/<theme>/<id>.yaml; frameworks, factor sets and sources in their own folders.");

    /// <summary>TBGO3013: a phase and scale listed twice in an indicator's applicability.</summary>
    public static readonly DiagnosticDescriptor DuplicateApplicability = new("TBGO3013", DiagnosticSeverity.Error, Cat,
        "Duplicate applicability", "The phase '{phase}' and scale '{scale}' are listed more than once.", null);

    /// <summary>TBGO3014: the value type and categories disagree.</summary>
    public static readonly DiagnosticDescriptor CategoriesInconsistent = new("TBGO3014", DiagnosticSeverity.Error, Cat,
        "Categories inconsistent", "{reason}", null);

    /// <summary>TBGO3015: a version later than the catalogue's own.</summary>
    public static readonly DiagnosticDescriptor VersionAfterCatalogue = new("TBGO3015", DiagnosticSeverity.Error, Cat,
        "Version after catalogue", "The version '{version}' is later than the catalogue version '{catalogue}'.", null);

    /// <summary>TBGO3016: reference measurement values that are not consistent.</summary>
    public static readonly DiagnosticDescriptor InconsistentDistribution = new("TBGO3016", DiagnosticSeverity.Error, Cat,
        "Inconsistent distribution", "{reason}", null);

    /// <summary>TBGO3017: a factor whose unit does not match its impact unit.</summary>
    public static readonly DiagnosticDescriptor FactorUnitMismatch = new("TBGO3017", DiagnosticSeverity.Error, Cat,
        "Factor unit does not fit", "The factor '{id}' has unit '{unit}', which is not {expected}.", null);

    /// <summary>TBGO3018: a value whose source is not confirmed (information).</summary>
    public static readonly DiagnosticDescriptor UnconfirmedValue = new("TBGO3018", DiagnosticSeverity.Info, Cat,
        "Unconfirmed value", "The {what} rests on a source marked '{confidence}'; check it against the primary document before relying on it.", null);

    /// <summary>TBGO3019: a value outside the indicator's declared plausible range.</summary>
    public static readonly DiagnosticDescriptor OutsideRange = new("TBGO3019", DiagnosticSeverity.Error, Cat,
        "Outside plausible range", "The value {value} is outside the plausible range of '{indicator}' ({range}).", null);

    /// <summary>TBGO3020: a worked example that is not well-formed.</summary>
    public static readonly DiagnosticDescriptor InvalidExample = new("TBGO3020", DiagnosticSeverity.Error, Cat,
        "Invalid worked example", "The worked example '{title}' cannot be run: {reason}.", null);

    /// <summary>TBGO3021: a numeric indicator without a plausible range, or a categorical one with a range.</summary>
    public static readonly DiagnosticDescriptor RangeRequired = new("TBGO3021", DiagnosticSeverity.Error, Cat,
        "Plausible range", "{reason}", "Export validation rejects values outside the range; give the widest values that can really occur.");

    /// <summary>TBGO3022: an indicator with aggregation share-of-objects but no shareOfObjects rule.</summary>
    public static readonly DiagnosticDescriptor ShareOfObjectsRuleMissing = new("TBGO3022", DiagnosticSeverity.Error, Cat,
        "Share-of-objects rule missing", "The indicator '{indicator}' has aggregation share-of-objects but no shareOfObjects rule (the test an object's value must pass, the weight and the source).",
        "Add shareOfObjects with test (comparator, value, unit), weight (objects, floorArea, dwellings or residents) and source; see indicators/README.md.");

    /// <summary>TBGO3023: a shareOfObjects rule on an indicator whose aggregation is not share-of-objects.</summary>
    public static readonly DiagnosticDescriptor ShareOfObjectsRuleNotAllowed = new("TBGO3023", DiagnosticSeverity.Error, Cat,
        "Share-of-objects rule without its aggregation", "A shareOfObjects rule is used only by aggregation share-of-objects, but '{indicator}' has aggregation '{aggregation}'.",
        "Set aggregation to share-of-objects, or remove shareOfObjects.");

    /// <summary>TBGO3050: a placeholder (TODO) left in a definition, as written by <c>tbgo new indicator</c>.</summary>
    public static readonly DiagnosticDescriptor Placeholder = new("TBGO3050", DiagnosticSeverity.Warning, Cat,
        "Placeholder left in definition", "The value at {pointer} is still a placeholder: '{text}'.", "Replace every TODO with the real value and its source before the definition leaves draft.");

    // ---- TBGO4xxx: units ----

    /// <summary>TBGO4001: unit text that cannot be parsed.</summary>
    public static readonly DiagnosticDescriptor InvalidUnit = new("TBGO4001", DiagnosticSeverity.Error, UnitsCategory,
        "Unknown or malformed unit", "The unit '{unit}' cannot be read: {reason}.", "See units.yaml for the symbols and aliases the parser knows.");

    /// <summary>TBGO4002: a conversion between units of different dimensions.</summary>
    public static readonly DiagnosticDescriptor IncompatibleUnits = new("TBGO4002", DiagnosticSeverity.Error, UnitsCategory,
        "Incompatible units", "The unit '{from}' ({fromDimension}) cannot be converted to '{to}' ({toDimension}).", null);

    /// <summary>TBGO4003: text that is not an invariant-culture number.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = new("TBGO4003", DiagnosticSeverity.Error, UnitsCategory,
        "Not a number", "'{text}' is not a finite number in invariant notation (digits, a decimal point, an optional exponent).", null);

    /// <summary>TBGO4005: a definition in units.yaml that cannot be resolved.</summary>
    public static readonly DiagnosticDescriptor InvalidUnitDefinition = new("TBGO4005", DiagnosticSeverity.Error, UnitsCategory,
        "Invalid unit definition", "The unit definition cannot be used: {reason}.", "Define units in order, each as 'base <dimension>' or in terms of units defined above it.");

    /// <summary>TBGO4004: text that is not a quantity (a number and a unit).</summary>
    public static readonly DiagnosticDescriptor InvalidQuantity = new("TBGO4004", DiagnosticSeverity.Error, UnitsCategory,
        "Not a quantity", "'{text}' is not a quantity: {reason}", "Write a number with a decimal point, a space and a unit: 7200 EUR, 0.8 EUR/(m2.a).");

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllLazy = new(CollectAll);
    private static readonly Lazy<FrozenDictionary<string, DiagnosticDescriptor>> ByCodeLazy =
        new(() => AllLazy.Value.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal));

    /// <summary>All descriptors, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => AllLazy.Value;

    /// <summary>Finds a descriptor by its code, or returns <see langword="null"/>.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCodeLazy.Value.GetValueOrDefault(code);

    private static ImmutableArray<DiagnosticDescriptor> CollectAll()
    {
        var list = new List<DiagnosticDescriptor>();
        Collect(typeof(DiagnosticDescriptors), list);
        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return [.. list];
    }

    private static void Collect([System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)] Type type, List<DiagnosticDescriptor> list)
    {
        foreach (var field in type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor d)
            {
                list.Add(d);
            }
        }
    }
}
