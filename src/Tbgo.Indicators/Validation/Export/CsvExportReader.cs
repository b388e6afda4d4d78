using System.Text;
using System.Text.Unicode;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Text;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields with doubled quotes, separators and line breaks inside
/// quotes, <c>,</c> or <c>;</c> separators (given or detected from the header), CRLF or LF. The header
/// names the record fields; each row becomes one record.
/// </summary>
internal sealed class CsvExportReader : ExportReader, IRecordLocator
{
    private readonly RecordBuilder _rec;
    private readonly List<CsvField> _fields = [];
    private byte[] _scratch = new byte[4096];
    private char[] _chars = new char[1024];
    private int[]? _columns;
    private byte _separator;
    private long _records;
    private int _line = 1;
    private bool _header = true;

    public CsvExportReader(ExportSession session, ByteSource source)
        : base(session, source)
    {
        _rec = new RecordBuilder(session.Rules.Fields.Length);
        _separator = session.Options.CsvSeparator is { } s ? (byte)s : (byte)0;
    }

    private enum RowResult
    {
        Complete,
        Incomplete,
        UnclosedQuote,
    }

    public override bool Process(List<Diagnostic> sink, bool windowFull)
    {
        var consumed = 0;
        try
        {
            while (true)
            {
                var data = Source.Data[consumed..];
                if (data.IsEmpty && Source.IsEof)
                {
                    Finish(sink);
                    return true;
                }

                if (_separator == 0)
                {
                    var end = data.IndexOf((byte)'\n');
                    if (end < 0 && !Source.IsEof && !windowFull)
                    {
                        return false;
                    }

                    _separator = Detect(end < 0 ? data : data[..end]);
                }

                var result = ParseRow(data, Source.IsEof, out var length, out var newlines);
                if (result == RowResult.Incomplete)
                {
                    if (windowFull || data.Length > Session.Options.MaxRecordBytes)
                    {
                        _records++;
                        Session.FailRecord(DiagnosticDescriptors.RecordTooLarge.Create(FileLocation(_line, 1, _records, string.Empty), "CSV row", Session.Options.MaxRecordBytes, "reading stopped"), sink);
                        Session.Completed = false;
                        return true;
                    }

                    return false;
                }

                if (result == RowResult.UnclosedQuote)
                {
                    var at = _fields.Count > 0 ? _fields[^1] : default;
                    Session.Report(DiagnosticDescriptors.CsvUnclosedQuote.Create(FileLocation(at.Line, at.Column, _header ? 0 : _records + 1, string.Empty)), null, sink);
                    Session.Completed = false;
                    return true;
                }

                Row(sink);
                _line += newlines;
                consumed += length;
            }
        }
        finally
        {
            Source.Consume(consumed);
        }
    }

    private void Finish(List<Diagnostic> sink)
    {
        if (_header)
        {
            Session.Report(DiagnosticDescriptors.EmptyExport.Create(FileLocation(1, 1), "a header row with the field names"), null, sink);
        }
        else if (_records == 0)
        {
            Session.Report(DiagnosticDescriptors.NoRecords.Create(FileLocation(2, 1)), null, sink);
        }
    }

    private static byte Detect(ReadOnlySpan<byte> headerLine)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in headerLine)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? (byte)';' : (byte)',';
    }

    /// <summary>Parses one row into <see cref="_fields"/> (text in the scratch buffer).</summary>
    private RowResult ParseRow(ReadOnlySpan<byte> data, bool final, out int length, out int newlines)
    {
        _fields.Clear();
        newlines = 0;
        length = 0;
        var used = 0;
        var i = 0;
        var line = _line;
        var column = 1;
        var sep = _separator;
        while (true)
        {
            var fieldLine = line;
            var fieldColumn = column;
            var start = used;
            if (i < data.Length && data[i] == (byte)'"')
            {
                i++;
                column++;
                while (true)
                {
                    if (i >= data.Length)
                    {
                        _fields.Add(new CsvField(start, used - start, fieldLine, fieldColumn));
                        return final ? RowResult.UnclosedQuote : RowResult.Incomplete;
                    }

                    var q = data[i..].IndexOf((byte)'"');
                    var chunk = q < 0 ? data[i..] : data.Slice(i, q);
                    Append(ref used, chunk);
                    var nl = chunk.Count((byte)'\n');
                    if (nl > 0)
                    {
                        line += nl;
                        column = 1 + PositionTracker.CharCount(chunk[(chunk.LastIndexOf((byte)'\n') + 1)..]);
                    }
                    else
                    {
                        column += PositionTracker.CharCount(chunk);
                    }

                    i += chunk.Length;
                    if (q < 0)
                    {
                        continue;
                    }

                    if (i + 1 < data.Length && data[i + 1] == (byte)'"')
                    {
                        Append(ref used, "\""u8);
                        i += 2;
                        column += 2;
                        continue;
                    }

                    if (i + 1 >= data.Length && !final)
                    {
                        return RowResult.Incomplete;
                    }

                    i++;
                    column++;
                    break;
                }

                // After the closing quote: anything up to the separator is kept (lenient, as most readers are).
                var stop = data[i..].IndexOfAny(sep, (byte)'\n');
                var tail = stop < 0 ? data[i..] : data.Slice(i, stop);
                if (!tail.IsEmpty && !(tail.Length == 1 && tail[0] == (byte)'\r'))
                {
                    Append(ref used, tail.TrimEnd((byte)'\r'));
                }

                column += PositionTracker.CharCount(tail);
                i += tail.Length;
            }
            else
            {
                var stop = data[i..].IndexOfAny(sep, (byte)'\n');
                if (stop < 0 && !final)
                {
                    return RowResult.Incomplete;
                }

                var chunk = stop < 0 ? data[i..] : data.Slice(i, stop);
                var text = chunk.Length > 0 && chunk[^1] == (byte)'\r' && (stop < 0 || data[i + stop] == (byte)'\n') ? chunk[..^1] : chunk;
                Append(ref used, text);
                column += PositionTracker.CharCount(chunk);
                i += chunk.Length;
            }

            _fields.Add(new CsvField(start, used - start, fieldLine, fieldColumn));
            if (i >= data.Length)
            {
                if (!final)
                {
                    return RowResult.Incomplete;
                }

                length = i;
                return RowResult.Complete;
            }

            if (data[i] == (byte)'\n')
            {
                length = i + 1;
                newlines = line - _line + 1;
                return RowResult.Complete;
            }

            i++; // the separator
            column++;
        }
    }

    private void Append(ref int used, ReadOnlySpan<byte> bytes)
    {
        if (used + bytes.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, used + bytes.Length));
        }

        bytes.CopyTo(_scratch.AsSpan(used));
        used += bytes.Length;
    }

    private ReadOnlySpan<byte> Bytes(CsvField f) => _scratch.AsSpan(f.Start, f.Length);

    private void Row(List<Diagnostic> sink)
    {
        if (_fields.Count == 1 && _fields[0].Length == 0)
        {
            return; // a blank line
        }

        if (_header)
        {
            _header = false;
            Header(sink);
            return;
        }

        _records++;
        var rowLine = _fields[0].Line;
        if (_fields.Count != _columns!.Length)
        {
            Session.FailRecord(DiagnosticDescriptors.CsvFieldCount.Create(FileLocation(rowLine, 1, _records, string.Empty), _fields.Count, _columns.Length), sink);
            return;
        }

        _rec.Reset(_records);
        _rec.Line = rowLine;
        _rec.Column = 1;
        var rules = Session.Rules;
        for (var c = 0; c < _fields.Count; c++)
        {
            var field = _columns[c];
            var f = _fields[c];
            if (field < 0 || f.Length == 0)
            {
                continue; // unknown column (reported in the header) or an empty cell (absent)
            }

            ref var slot = ref _rec.Slots[field];
            slot.Offset = -1;
            slot.NameOffset = -1;
            slot.Line = f.Line;
            slot.Column = f.Column;
            var bytes = Bytes(f);
            if (!Utf8.IsValid(bytes))
            {
                slot.Kind = FieldKind.BadText;
                _rec.Problems.Add(new PendingProblem(ProblemKind.InvalidUtf8, field, $"value of '{rules.Fields[field].Name}'", -1, f.Line, f.Column));
                continue;
            }

            if (_chars.Length < bytes.Length)
            {
                _chars = new char[bytes.Length];
            }

            var n = Encoding.UTF8.GetChars(bytes, _chars);
            var text = _chars.AsSpan(0, n);
            _rec.Store(ref slot, text);
            slot.Kind = (rules.Fields[field].Types & (JsonTypes.Number | JsonTypes.Integer)) != 0 ? NumberKind(text, out slot.Number) : FieldKind.String; // value, floorArea, dwellings, residents
        }

        Session.CheckRecord(_rec, this, sink);
    }

    private FieldKind NumberKind(ReadOnlySpan<char> text, out double number)
    {
        var separator = Session.Options.DecimalComma ? ',' : '.';
        if (InvariantNumber.TryParse(text, separator, out number))
        {
            return FieldKind.Number;
        }

        if (InvariantNumber.IsWellFormed(text, separator))
        {
            return FieldKind.NonFinite; // 1e400
        }

        var t = text.TrimStart("+-");
        return t.Equals("NaN", StringComparison.OrdinalIgnoreCase) || t.Equals("Infinity", StringComparison.OrdinalIgnoreCase) || t.Equals("inf", StringComparison.OrdinalIgnoreCase)
            ? FieldKind.NonFinite
            : FieldKind.String;
    }

    private void Header(List<Diagnostic> sink)
    {
        var rules = Session.Rules;
        _columns = new int[_fields.Count];
        var seen = new bool[rules.Fields.Length];
        for (var c = 0; c < _fields.Count; c++)
        {
            var f = _fields[c];
            var name = Utf8.IsValid(Bytes(f)) ? Encoding.UTF8.GetString(Bytes(f)).Trim() : "?";
            var field = rules.Find(name);
            _columns[c] = field;
            if (field < 0)
            {
                var near = EditDistance.Closest(name, rules.Names);
                Session.Report(DiagnosticDescriptors.CsvHeaderInvalid.CreateWithHint(FileLocation(f.Line, f.Column, 0, "/" + name), near is null ? "Fields: " + string.Join(", ", rules.Names) + "." : $"Did you mean '{near}'?", $"has the column '{ExportSession.Quote(name)}', which is not a field of a measurement record; its values are not checked"), null, sink);
            }
            else if (seen[field])
            {
                _columns[c] = -1;
                Session.Report(DiagnosticDescriptors.CsvHeaderInvalid.Create(FileLocation(f.Line, f.Column, 0, "/" + name), $"names the column '{name}' twice; the second one is not checked"), null, sink);
            }
            else
            {
                seen[field] = true;
            }
        }

        foreach (var rule in rules.Fields)
        {
            if (!seen[rule.Index] && rule.Required)
            {
                Session.SuppressMissing(rule.Index);
                Session.Report(DiagnosticDescriptors.CsvHeaderInvalid.Create(FileLocation(_line, 1, 0, "/" + rule.Name), $"has no column '{rule.Name}', which every record needs"), null, sink);
            }
        }

        if (!seen[rules.Unit])
        {
            Session.SuppressMissing(rules.Unit);
            Session.Report(DiagnosticDescriptors.CsvHeaderInvalid.Create(FileLocation(_line, 1, 0, "/" + rules.Fields[rules.Unit].Name), $"has no column '{rules.Fields[rules.Unit].Name}', which every record with a number needs"), null, sink);
        }
    }

    public (int Line, int Column) Locate(RecordBuilder record, long offset) => (record.Line, record.Column);

    public string RecordPointer(long record) => string.Empty;

    private readonly record struct CsvField(int Start, int Length, int Line, int Column);
}
