namespace Tbgo.Indicators.Diagnostics;

/// <summary>TBGO11xx: the catalogue as a spreadsheet workbook (<c>tbgo sheet export|import</c>); located by sheet and cell.</summary>
public static partial class DiagnosticDescriptors
{
    private const string Sheet = "sheet";

    /// <summary>TBGO1101: the workbook cannot be read.</summary>
    public static readonly DiagnosticDescriptor SheetUnreadable = new("TBGO1101", DiagnosticSeverity.Error, Sheet,
        "Workbook cannot be read", "The workbook cannot be read: {reason}.",
        "Save it as an Excel workbook (.xlsx), e.g. from Excel or LibreOffice with 'Save as', and import again.");

    /// <summary>TBGO1102: the workbook is over a size limit (file, unpacked parts, sheets, rows or columns).</summary>
    public static readonly DiagnosticDescriptor SheetTooLarge = new("TBGO1102", DiagnosticSeverity.Error, Sheet,
        "Workbook too large", "The workbook is over a limit: {reason}; it was not read.",
        "A catalogue workbook is small; this is a different file, a damaged one or a hostile one.");

    /// <summary>TBGO1103: a sheet of the layout is missing.</summary>
    public static readonly DiagnosticDescriptor SheetMissing = new("TBGO1103", DiagnosticSeverity.Error, Sheet,
        "Sheet missing", "The sheet '{sheet}' is missing; its rows would be lost.",
        "Do not delete or rename sheets. Export a fresh workbook with 'tbgo sheet export' and copy your changes into it.");

    /// <summary>TBGO1104: a sheet that is not part of the layout (not read).</summary>
    public static readonly DiagnosticDescriptor SheetUnknown = new("TBGO1104", DiagnosticSeverity.Warning, Sheet,
        "Sheet not read", "The sheet '{sheet}' is not part of the catalogue layout and was not read.", null);

    /// <summary>TBGO1105: a column header that is not part of the sheet.</summary>
    public static readonly DiagnosticDescriptor SheetColumnUnknown = new("TBGO1105", DiagnosticSeverity.Error, Sheet,
        "Unknown column", "The column '{column}' is not part of the sheet '{sheet}'; its cells would be lost.",
        "Column headers are the property names of the schema (name.nl, source.ref); keep them as exported.");

    /// <summary>TBGO1106: a column of the layout is missing from its sheet.</summary>
    public static readonly DiagnosticDescriptor SheetColumnMissing = new("TBGO1106", DiagnosticSeverity.Error, Sheet,
        "Column missing", "The column '{column}' is missing from the sheet '{sheet}'.",
        "Do not delete or rename columns; leave a cell empty to leave a property out.");

    /// <summary>TBGO1107: a column header that appears twice.</summary>
    public static readonly DiagnosticDescriptor SheetColumnDuplicate = new("TBGO1107", DiagnosticSeverity.Error, Sheet,
        "Column twice", "The column '{column}' appears twice in the sheet '{sheet}' (first in column {first}).", null);

    /// <summary>TBGO1108: a cell whose content does not fit its column.</summary>
    public static readonly DiagnosticDescriptor SheetCellType = new("TBGO1108", DiagnosticSeverity.Error, Sheet,
        "Wrong cell content", "The column '{column}' takes {expected}, but the cell holds '{value}'.", null);

    /// <summary>TBGO1109: a row that names a document or parent row that no row defines.</summary>
    public static readonly DiagnosticDescriptor SheetParentMissing = new("TBGO1109", DiagnosticSeverity.Error, Sheet,
        "Row without parent", "The row belongs to {what} '{key}', which no row of the sheet '{sheet}' defines.",
        "Add that row to the sheet named, or correct the key in this row.");

    /// <summary>TBGO1110: a row that leaves its key cell empty.</summary>
    public static readonly DiagnosticDescriptor SheetKeyMissing = new("TBGO1110", DiagnosticSeverity.Error, Sheet,
        "Key missing", "The row has no '{column}'; every row of this sheet names the {what} it belongs to.", null);

    /// <summary>TBGO1111: a key that two rows define.</summary>
    public static readonly DiagnosticDescriptor SheetKeyDuplicate = new("TBGO1111", DiagnosticSeverity.Error, Sheet,
        "Key twice", "'{key}' is defined twice in the sheet '{sheet}' (also in row {row}).", null);

    /// <summary>TBGO1112: a file path that cannot be written.</summary>
    public static readonly DiagnosticDescriptor SheetFilePath = new("TBGO1112", DiagnosticSeverity.Error, Sheet,
        "Unusable file path", "The file path '{path}' cannot be used: {reason}.",
        "Leave 'file' empty to use the usual place (pillar/theme/id.yaml, frameworks/id.yaml, factor-sets/id.yaml).");

    /// <summary>TBGO1113: a number typed into a text column (read as its digits, which may drop trailing zeros).</summary>
    public static readonly DiagnosticDescriptor SheetNumberAsText = new("TBGO1113", DiagnosticSeverity.Warning, Sheet,
        "Number in a text column", "The column '{column}' holds text, but the cell holds the number {value}; it was read as '{value}'.",
        "Format the cell as text where the digits matter: a spreadsheet keeps 2026.10 as the number 2026.1.");

    /// <summary>TBGO1114: a cell holding an error value or a formula without a computed value.</summary>
    public static readonly DiagnosticDescriptor SheetCellError = new("TBGO1114", DiagnosticSeverity.Error, Sheet,
        "Cell error", "The cell holds an error or a formula without a value ('{value}').",
        "Type the value itself; formulas are read by their last computed value only.");

    /// <summary>TBGO1115: a value of the catalogue that a workbook cannot carry (export refuses rather than lose it).</summary>
    public static readonly DiagnosticDescriptor SheetNotRepresentable = new("TBGO1115", DiagnosticSeverity.Error, Sheet,
        "Value cannot go into a sheet", "The value at '{pointer}' cannot be carried through a workbook: {reason}.",
        "Write the value so that a cell can hold it (no empty texts or lists, no line breaks in list items); nothing was exported.");

    /// <summary>TBGO1116: a sheet for a single file (catalogue, units) with other than one row.</summary>
    public static readonly DiagnosticDescriptor SheetOneRow = new("TBGO1116", DiagnosticSeverity.Error, Sheet,
        "One row expected", "The sheet '{sheet}' describes the one file {file} and must have exactly one row; it has {count}.", null);

    /// <summary>TBGO1117: comment lines inside a YAML file, which a workbook does not carry (only the comment at the top travels).</summary>
    public static readonly DiagnosticDescriptor SheetCommentsNotCarried = new("TBGO1117", DiagnosticSeverity.Warning, Sheet,
        "Comments not carried", "Comment lines inside the file ({count}) are not carried by the workbook; an import that changes the file writes it without them.",
        "Move what the comments say into a description or note field, or into the comment at the top of the file (column 'comment').");
}
