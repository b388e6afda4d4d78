using System.Runtime.CompilerServices;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Reads NDJSON: one record per line, each parsed with its own <see cref="Utf8JsonReader"/>. A broken
/// line costs only that record; a line longer than the limit is skipped without being held in memory.
/// </summary>
internal sealed class NdjsonExportReader : ExportReader, IRecordLocator
{
    private readonly RecordBuilder _rec;
    private readonly List<(long Offset, string Literal)> _patched = [];
    private long _records;
    private int _line;
    private bool _skipping;
    private int _lineStart;
    private int _lineLength;
    private long _lineOffset;

    public NdjsonExportReader(ExportSession session, ByteSource source)
        : base(session, source) => _rec = new RecordBuilder(session.Rules.Fields.Length);

    public override bool Process(List<Diagnostic> sink, bool windowFull)
    {
        var consumed = 0;
        var data = Source.WritableData;
        var max = Session.Options.MaxRecordBytes;
        try
        {
            while (true)
            {
                var rest = data[consumed..];
                var newline = rest.IndexOf((byte)'\n');
                if (_skipping)
                {
                    if (newline < 0)
                    {
                        consumed = data.Length;
                        return Source.IsEof;
                    }

                    consumed += newline + 1;
                    _skipping = false;
                    continue;
                }

                if (newline < 0)
                {
                    if (rest.Length > max || (windowFull && rest.Length > 0))
                    {
                        _line++;
                        _records++;
                        Session.FailRecord(DiagnosticDescriptors.RecordTooLarge.Create(FileLocation(_line, 1, _records, string.Empty), "line", max, "the line was skipped"), sink);
                        _skipping = true;
                        consumed = data.Length;
                        return Source.IsEof;
                    }

                    if (!Source.IsEof)
                    {
                        return false;
                    }

                    if (rest.Length > 0)
                    {
                        _line++;
                        Line(rest, 0, consumed, sink);
                        consumed = data.Length;
                    }

                    if (_records == 0)
                    {
                        var empty = _line == 0 || AllBlank;
                        Session.Report(empty
                            ? DiagnosticDescriptors.EmptyExport.Create(FileLocation(1, 1), "one JSON record per line")
                            : DiagnosticDescriptors.NoRecords.Create(FileLocation(1, 1)), null, sink);
                    }

                    return true;
                }

                _line++;
                if (newline > max)
                {
                    _records++;
                    Session.FailRecord(DiagnosticDescriptors.RecordTooLarge.Create(FileLocation(_line, 1, _records, string.Empty), "line", max, "the line was skipped"), sink);
                }
                else
                {
                    Line(rest[..newline], 0, consumed, sink);
                }

                consumed += newline + 1;
            }
        }
        finally
        {
            Source.Consume(consumed);
        }
    }

    private bool AllBlank { get; set; } = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private void Line(Span<byte> line, int _, int startInData, List<Diagnostic> sink)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        var first = line.IndexOfAnyExcept(" \t"u8);
        if (first < 0)
        {
            return; // blank lines are allowed and skipped
        }

        AllBlank = false;
        _records++;
        _rec.Reset(_records);
        _rec.Line = _line;
        _rec.Column = first + 1;
        _lineStart = startInData;
        _lineLength = line.Length;
        _lineOffset = Source.DataOffset + startInData;
        _patched.Clear();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var r = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = JsonExportReader.MaxDepth });
                r.Read();
                if (r.TokenType != JsonTokenType.StartObject)
                {
                    var what = r.TokenType switch
                    {
                        JsonTokenType.StartArray => "an array",
                        JsonTokenType.String => "text",
                        JsonTokenType.Number => "a number",
                        JsonTokenType.Null => "null",
                        _ => "true or false",
                    };
                    r.Skip();
                    r.Read(); // throws on anything after the value
                    Session.FailRecord(DiagnosticDescriptors.RecordNotObject.Create(FileLocation(_line, first + 1, _records, string.Empty), _records, what), sink);
                    return;
                }

                _rec.Reset(_records);
                _rec.Line = _line;
                _rec.Column = first + 1;
                JsonRecordReader.TryRead(ref r, _rec, Session.Rules, _lineOffset, _patched);
                r.Read(); // throws on anything after the record
                Session.CheckRecord(_rec, this, sink);
                return;
            }
            catch (JsonException ex)
            {
                if (attempt < 100)
                {
                    var (index, literal) = JsonRecordReader.PatchNonFinite(line);
                    if (index >= 0)
                    {
                        _patched.Add((_lineOffset + index, literal!));
                        continue;
                    }
                }

                var position = (int)Math.Clamp(ex.BytePositionInLine ?? 0, 0, line.Length);
                var reason = JsonErrorText.Reason(ex, $"the line nests deeper than {JsonExportReader.MaxDepth} levels (a record is flat)", "the line ends before the record is complete (is it cut off, or spread over several lines?)");

                Session.FailRecord(DiagnosticDescriptors.ExportSyntaxError.Create(FileLocation(_line, 1 + PositionTracker.CharCount(line[..position]), _records, string.Empty), reason), sink);
                return;
            }
        }
    }

    public (int Line, int Column) Locate(RecordBuilder record, long offset)
    {
        var within = (int)Math.Clamp(offset - _lineOffset, 0, _lineLength);
        return (_line, 1 + PositionTracker.CharCount(Source.Data.Slice(_lineStart, within)));
    }

    public string RecordPointer(long record) => string.Empty;
}
