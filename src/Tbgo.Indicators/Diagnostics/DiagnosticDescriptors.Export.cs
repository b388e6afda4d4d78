namespace Tbgo.Indicators.Diagnostics;

/// <summary>TBGO5xxx: export validation (measurement records in JSON, NDJSON or CSV).</summary>
public static partial class DiagnosticDescriptors
{
    private const string Export = "export";

    /// <summary>TBGO5001: the export is not well-formed JSON; reading stopped (JSON) or the line was skipped (NDJSON).</summary>
    public static readonly DiagnosticDescriptor ExportSyntaxError = new("TBGO5001", DiagnosticSeverity.Error, Export,
        "Not well-formed JSON", "The export is not well-formed JSON: {reason}.",
        "In a JSON export nothing after this point can be read; fix the syntax and validate again. In NDJSON only this line is skipped.");

    /// <summary>TBGO5002: bytes that are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor ExportInvalidUtf8 = new("TBGO5002", DiagnosticSeverity.Error, Export,
        "Invalid UTF-8", "The {what} is not valid UTF-8 text.",
        "Save the export as UTF-8 (with or without a byte order mark), not as Latin-1 or Windows-1252.");

    /// <summary>TBGO5003: a record that is not a JSON object.</summary>
    public static readonly DiagnosticDescriptor RecordNotObject = new("TBGO5003", DiagnosticSeverity.Error, Export,
        "Record is not an object", "Record {record} is {actual}, but a measurement record is an object with named fields.",
        "Write each record as {\"project\": ..., \"indicator\": ..., ...}.");

    /// <summary>TBGO5004: a field that is not part of a measurement record.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("TBGO5004", DiagnosticSeverity.Error, Export,
        "Unknown field", "The field '{field}' is not part of a measurement record.",
        "A record is closed: only the fields of measurement-record.schema.json are allowed.");

    /// <summary>TBGO5005: a required field that is missing.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("TBGO5005", DiagnosticSeverity.Error, Export,
        "Missing field", "The required field '{field}' is missing.", null);

    /// <summary>TBGO5006: a field value of the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor FieldWrongType = new("TBGO5006", DiagnosticSeverity.Error, Export,
        "Wrong type", "The field '{field}' must be {expected}, but is {actual}.", null);

    /// <summary>TBGO5007: a field value that is not one of the allowed codes.</summary>
    public static readonly DiagnosticDescriptor FieldNotAllowed = new("TBGO5007", DiagnosticSeverity.Error, Export,
        "Value not allowed", "The {field} '{value}' is not one of the allowed values: {allowed}.", null);

    /// <summary>TBGO5008: a text that does not have the required form.</summary>
    public static readonly DiagnosticDescriptor FieldWrongForm = new("TBGO5008", DiagnosticSeverity.Error, Export,
        "Wrong form", "The {field} '{value}' is not a valid {what}.", null);

    /// <summary>TBGO5009: a text longer than allowed.</summary>
    public static readonly DiagnosticDescriptor FieldTooLong = new("TBGO5009", DiagnosticSeverity.Error, Export,
        "Text too long", "The {field} has {length} characters, more than the {max} allowed: '{value}'.", null);

    /// <summary>TBGO5010: a number that is not finite (NaN, Infinity, or beyond the range of a double such as 1e400).</summary>
    public static readonly DiagnosticDescriptor ValueNotFinite = new("TBGO5010", DiagnosticSeverity.Error, Export,
        "Not a finite number", "The value '{value}' is not a finite number: {reason}.",
        "Leave the record out, or give a real measured or calculated number.");

    /// <summary>TBGO5011: a number given as text.</summary>
    public static readonly DiagnosticDescriptor ValueNotNumber = new("TBGO5011", DiagnosticSeverity.Error, Export,
        "Number given as text", "The value of '{indicator}' must be a number, but is the text '{value}'.", null);

    /// <summary>TBGO5012: an indicator id that the catalogue does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownIndicator = new("TBGO5012", DiagnosticSeverity.Error, Export,
        "Unknown indicator", "The indicator '{indicator}' is not in catalogue {catalogue}.",
        "'tbgo list' shows the indicator ids of the catalogue.");

    /// <summary>TBGO5013: a deprecated indicator (warning).</summary>
    public static readonly DiagnosticDescriptor DeprecatedIndicator = new("TBGO5013", DiagnosticSeverity.Warning, Export,
        "Deprecated indicator", "The indicator '{indicator}' is deprecated in catalogue {catalogue}; it is replaced by '{replacement}'.",
        "Report the replacement indicator from now on.");

    /// <summary>TBGO5014: an indicator used in a phase and scale where it does not apply.</summary>
    public static readonly DiagnosticDescriptor NotApplicable = new("TBGO5014", DiagnosticSeverity.Error, Export,
        "Not applicable here", "The indicator '{indicator}' does not apply in phase '{phase}' at scale '{scale}'; it applies to {applicable}.", null);

    /// <summary>TBGO5015: a category code that the indicator does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownCategory = new("TBGO5015", DiagnosticSeverity.Error, Export,
        "Unknown category", "The value '{value}' is not a category of '{indicator}'; allowed: {allowed}.", null);

    /// <summary>TBGO5016: unit text that cannot be read.</summary>
    public static readonly DiagnosticDescriptor ExportInvalidUnit = new("TBGO5016", DiagnosticSeverity.Error, Export,
        "Unknown or malformed unit", "The unit '{unit}' cannot be read: {reason}.",
        "See indicators/units.yaml for the symbols and aliases the parser knows.");

    /// <summary>TBGO5017: a unit that does not convert to the indicator's unit.</summary>
    public static readonly DiagnosticDescriptor ExportIncompatibleUnit = new("TBGO5017", DiagnosticSeverity.Error, Export,
        "Unit does not fit the indicator", "The unit '{unit}' ({dimension}) cannot be converted to '{expected}' ({expectedDimension}), the unit of '{indicator}'.", null);

    /// <summary>TBGO5018: a value outside the indicator's plausible range.</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = new("TBGO5018", DiagnosticSeverity.Error, Export,
        "Outside plausible range", "The value {value} is outside the plausible range of '{indicator}' ({range}).",
        "Check the unit and the order of magnitude; the range is declared in the indicator's YAML.");

    /// <summary>TBGO5019: a period that is not a real date or interval.</summary>
    public static readonly DiagnosticDescriptor InvalidPeriod = new("TBGO5019", DiagnosticSeverity.Error, Export,
        "Invalid period", "The period '{value}' is not valid: {reason}.",
        "Write YYYY, YYYY-MM, YYYY-MM-DD, or an interval start/end with start not after end.");

    /// <summary>TBGO5020: two records with one key (project, object, indicator, scale, phase, period) and different values.</summary>
    public static readonly DiagnosticDescriptor DuplicateRecord = new("TBGO5020", DiagnosticSeverity.Error, Export,
        "Conflicting duplicate", "Record {record} has the same project, object, indicator, scale, phase and period as record {first}, but a different value ({value}).",
        "Keep one value per key; if both are right, they differ in object or period.");

    /// <summary>TBGO5021: the export refers to another catalogue version than the one loaded.</summary>
    public static readonly DiagnosticDescriptor CatalogueVersionMismatch = new("TBGO5021", DiagnosticSeverity.Error, Export,
        "Catalogue version mismatch", "The export refers to catalogue {expected}, but the catalogue used for validation is {actual}.",
        "Validate against the catalogue version the export was made for (--catalogue PATH), or re-export for this one.");

    /// <summary>TBGO5022: a problem in the JSON container around the records.</summary>
    public static readonly DiagnosticDescriptor ContainerInvalid = new("TBGO5022", DiagnosticSeverity.Error, Export,
        "Export container", "{reason}", "See measurement-export.schema.json for the shape of a JSON export.");

    /// <summary>TBGO5023: a problem in the CSV header row.</summary>
    public static readonly DiagnosticDescriptor CsvHeaderInvalid = new("TBGO5023", DiagnosticSeverity.Error, Export,
        "CSV header", "The CSV header {problem}.", null);

    /// <summary>TBGO5024: a CSV row with more or fewer fields than the header.</summary>
    public static readonly DiagnosticDescriptor CsvFieldCount = new("TBGO5024", DiagnosticSeverity.Error, Export,
        "Wrong number of CSV fields", "The row has {actual} fields, but the header has {expected}; the row was not checked further.",
        "Quote fields that contain the separator, a quote or a line break: \"a;b\". Double a quote inside a quoted field: \"\"");

    /// <summary>TBGO5025: a record, line or value larger than the limit.</summary>
    public static readonly DiagnosticDescriptor RecordTooLarge = new("TBGO5025", DiagnosticSeverity.Error, Export,
        "Record too large", "The {what} is larger than the limit of {limit} bytes; {consequence}.",
        "A measurement record is small; this is almost certainly a broken or hostile file.");

    /// <summary>TBGO5026: an export with no records (warning).</summary>
    public static readonly DiagnosticDescriptor NoRecords = new("TBGO5026", DiagnosticSeverity.Warning, Export,
        "No records", "The export holds no records.", null);

    /// <summary>TBGO5027: an empty file.</summary>
    public static readonly DiagnosticDescriptor EmptyExport = new("TBGO5027", DiagnosticSeverity.Error, Export,
        "Empty file", "The file is empty; expected {expected}.", null);

    /// <summary>TBGO5028: a quoted CSV field that is not closed.</summary>
    public static readonly DiagnosticDescriptor CsvUnclosedQuote = new("TBGO5028", DiagnosticSeverity.Error, Export,
        "Unclosed quote", "A quoted CSV field that starts here is never closed; reading stopped.",
        "Close the quote, and double any quote inside a quoted field: \"\".");

    /// <summary>TBGO5029: a field given twice in one record.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = new("TBGO5029", DiagnosticSeverity.Error, Export,
        "Field given twice", "The field '{field}' appears twice in the record; the first value was checked.",
        "Give each field once: JSON readers disagree on which of two values wins.");

    /// <summary>TBGO5030: a number below the minimum its field allows (a negative floor area or count of dwellings).</summary>
    public static readonly DiagnosticDescriptor FieldBelowMinimum = new("TBGO5030", DiagnosticSeverity.Error, Export,
        "Number below minimum", "The {field} is {value}, less than the minimum {minimum}.",
        "A weight (floor area, dwellings, residents) cannot be negative; leave the field out when it is unknown.");

    /// <summary>TBGO5031: a building type (exchange format 1.2) that is not among the catalogue's building types.</summary>
    public static readonly DiagnosticDescriptor UnknownBuildingType = new("TBGO5031", DiagnosticSeverity.Error, Export,
        "Unknown building type", "The building type {buildingType} is not in catalogue {catalogue}.",
        "The building types are the Bbl use functions and sub-types under 'buildingTypes' in indicators/catalogue.yaml; a misspelt type would select no limit value.");
}
