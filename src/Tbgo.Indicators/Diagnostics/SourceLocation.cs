using System.Globalization;
using System.Text;

namespace Tbgo.Indicators.Diagnostics;

/// <summary>
/// Where a diagnostic points: a file with a 1-based line and column, and/or a record number
/// with a JSON pointer into the record or document.
/// </summary>
/// <param name="File">The file or stream name, as the caller gave it; <see langword="null"/> when unknown.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Record">1-based record number in an export, or 0 when not about a record.</param>
/// <param name="Pointer">JSON pointer (RFC 6901) of the value within the document or record; <see langword="null"/> when not known.</param>
public sealed record SourceLocation(string? File, int Line, int Column, long Record = 0, string? Pointer = null)
{
    /// <summary>A location that points nowhere in particular.</summary>
    public static SourceLocation None { get; } = new(null, 0, 0);

    /// <summary>A location in a file.</summary>
    public static SourceLocation InFile(string? file, int line = 0, int column = 0, string? pointer = null) => new(file, line, column, 0, pointer);

    /// <summary>Returns this location with another JSON pointer.</summary>
    public SourceLocation WithPointer(string? pointer) => this with { Pointer = pointer };

    /// <summary>
    /// Formats the location the way compilers do: <c>file:line:column</c> when the line is known;
    /// otherwise the file, the record number and the JSON pointer.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(File ?? "<input>");
        if (Line > 0)
        {
            sb.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
            if (Column > 0)
            {
                sb.Append(':').Append(Column.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Line > 0)
        {
            return sb.ToString();
        }

        if (Record > 0)
        {
            sb.Append(" record ").Append(Record.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Pointer))
        {
            sb.Append(' ').Append(Pointer);
        }

        return sb.ToString();
    }
}
