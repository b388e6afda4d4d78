using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Reads a JSON export (<c>{"catalogue": ..., "records": [...]}</c>) as a resumable
/// <see cref="Utf8JsonReader"/> state machine over the byte window: records are checked as soon as
/// each is complete in the window; a record cut by the window's end is re-read once more bytes are in.
/// </summary>
internal sealed class JsonExportReader : ExportReader, IRecordLocator
{
    public const int MaxDepth = 64;

    private readonly RecordBuilder _rec;
    private readonly PositionTracker _tracker = new();
    private readonly List<(long Offset, string Literal)> _patched = [];
    private readonly List<Diagnostic> _pending = [];
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = MaxDepth });
    private Step _step = Step.Start;
    private long _records;
    private bool _trackerStarted;
    private bool _topLevelArray;
    private bool _seenCatalogue;
    private bool _seenRecords;
    private bool _seenSchema;

    public JsonExportReader(ExportSession session, ByteSource source)
        : base(session, source)
    {
        _rec = new RecordBuilder(session.Rules.Fields.Length);
        source.BeforeDiscard = (bytes, offset) =>
        {
            if (_tracker.Offset >= offset && _tracker.Offset < offset + bytes.Length)
            {
                _tracker.Advance(bytes.Span[(int)(_tracker.Offset - offset)..]);
            }
        };
    }

    private enum Step
    {
        Start,
        TopLevel,
        Records,
        AfterRoot,
        Done,
    }

    public override bool Process(List<Diagnostic> sink, bool windowFull)
    {
        if (!_trackerStarted)
        {
            _tracker.Start(Source.DataOffset);
            _trackerStarted = true;
        }

        var isFinal = Source.IsEof;
        var reader = new Utf8JsonReader(Source.Data, isFinal, _state);
        var baseOffset = Source.DataOffset;
        var retries = 0;
        while (_step != Step.Done)
        {
            var save = reader;
            bool complete;
            try
            {
                complete = Advance(ref reader, baseOffset, isFinal, sink);
            }
            catch (JsonException ex)
            {
                reader = save;
                if (_step == Step.Records && retries++ < 1000)
                {
                    var (index, literal) = JsonRecordReader.PatchNonFinite(Source.WritableData[(int)save.BytesConsumed..], isFinal);
                    if (index == -2)
                    {
                        break; // read more, then retry
                    }

                    if (index >= 0)
                    {
                        _patched.Add((baseOffset + save.BytesConsumed + index, literal!));
                        reader = save;
                        continue;
                    }
                }

                Fatal(ex, isFinal, sink);
                break;
            }

            if (!complete)
            {
                reader = save;
                break;
            }
        }

        Source.Consume((int)reader.BytesConsumed);
        _state = reader.CurrentState;
        if (_step == Step.Done)
        {
            return true;
        }

        if (isFinal)
        {
            // The reader throws on truncated input with isFinalBlock, so this is only reached for an empty window.
            _step = Step.Done;
            return true;
        }

        return false;
    }

    /// <summary>Does one unit of work; false when the bytes at hand end before it does.</summary>
    private bool Advance(ref Utf8JsonReader r, long baseOffset, bool isFinal, List<Diagnostic> sink)
    {
        switch (_step)
        {
            case Step.Start:
                if (isFinal && Source.Data.IndexOfAnyExcept(" \t\r\n"u8) < 0)
                {
                    Session.Report(DiagnosticDescriptors.EmptyExport.Create(FileLocation(1, 1), "a JSON object with 'catalogue' and 'records'"), null, sink);
                    _step = Step.Done;
                    return true;
                }

                if (!r.Read())
                {
                    if (isFinal)
                    {
                        Session.Report(DiagnosticDescriptors.EmptyExport.Create(FileLocation(1, 1), "a JSON object with 'catalogue' and 'records'"), null, sink);
                        _step = Step.Done;
                        return true;
                    }

                    return false;
                }

                if (r.TokenType == JsonTokenType.StartObject)
                {
                    _step = Step.TopLevel;
                }
                else if (r.TokenType == JsonTokenType.StartArray)
                {
                    Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(baseOffset + r.TokenStartIndex, 0, "/"), "The JSON export is an array; it must be an object {\"catalogue\": {\"id\": ..., \"version\": ...}, \"records\": [...]}. The array's elements are checked as records."), null, sink);
                    _topLevelArray = true;
                    _step = Step.Records;
                }
                else
                {
                    Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(baseOffset + r.TokenStartIndex, 0, "/"), $"The JSON export is {Describe(ref r)}; it must be an object with 'catalogue' and 'records'."), null, sink);
                    Session.Completed = false;
                    _step = Step.Done;
                }

                return true;

            case Step.TopLevel:
                return TopLevel(ref r, baseOffset, sink);

            case Step.Records:
                return Record(ref r, baseOffset, sink);

            default: // AfterRoot
                if (!r.Read())
                {
                    if (isFinal)
                    {
                        _step = Step.Done;
                        return true;
                    }

                    return false;
                }

                return true; // unreachable: a second value throws
        }
    }

    private bool TopLevel(ref Utf8JsonReader r, long baseOffset, List<Diagnostic> sink)
    {
        if (!r.Read())
        {
            return false;
        }

        if (r.TokenType == JsonTokenType.EndObject)
        {
            var at = At(baseOffset + r.TokenStartIndex, 0, "/");
            if (!_seenCatalogue)
            {
                Session.Report(DiagnosticDescriptors.ContainerInvalid.CreateWithHint(at, $"Add \"catalogue\": {{\"id\": \"{Session.Catalogue.Info.Id}\", \"version\": \"{Session.Catalogue.Info.Version}\"}}.", "The JSON export has no 'catalogue' (the catalogue id and version its values refer to)."), null, sink);
            }

            if (!_seenRecords)
            {
                Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(at, "The JSON export has no 'records' array."), null, sink);
            }
            else if (_records == 0)
            {
                Session.Report(DiagnosticDescriptors.NoRecords.Create(at), null, sink);
            }

            _step = Step.AfterRoot;
            return true;
        }

        var keyOffset = baseOffset + r.TokenStartIndex;
        var key = r.ValueTextEquals("records"u8) ? 1 : r.ValueTextEquals("catalogue"u8) ? 2 : r.ValueTextEquals("$schema"u8) ? 3 : 0;
        var keyText = key == 0 ? SafeString(ref r) : null;
        if (!r.Read())
        {
            return false;
        }

        switch (key)
        {
            case 1:
                if (r.TokenType == JsonTokenType.StartArray)
                {
                    ReportDuplicate(ref _seenRecords, "records", keyOffset, sink);
                    _step = Step.Records;
                    return true;
                }

                if (!r.TrySkip())
                {
                    return false;
                }

                ReportDuplicate(ref _seenRecords, "records", keyOffset, sink);
                Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(keyOffset, 0, "/records"), "'records' must be an array of measurement records."), null, sink);
                return true;

            case 2:
                _pending.Clear();
                if (!Catalogue(ref r, baseOffset))
                {
                    return false;
                }

                ReportDuplicate(ref _seenCatalogue, "catalogue", keyOffset, sink);
                foreach (var d in _pending)
                {
                    Session.Report(d, null, sink);
                }

                return true;

            case 3:
                var schemaOffset = baseOffset + r.TokenStartIndex;
                var isString = r.TokenType == JsonTokenType.String;
                if (!r.TrySkip())
                {
                    return false;
                }

                ReportDuplicate(ref _seenSchema, "$schema", keyOffset, sink);
                if (!isString)
                {
                    Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(schemaOffset, 0, "/$schema"), "'$schema' must be text (the URI of measurement-export.schema.json)."), null, sink);
                }

                return true;

            default:
                if (!r.TrySkip())
                {
                    return false;
                }

                Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(keyOffset, 0, "/" + keyText), $"The key '{keyText}' is not allowed at the top level of a JSON export; allowed: $schema, catalogue, records."), null, sink);
                return true;
        }
    }

    /// <summary>
    /// A top-level key seen before is an error: JSON readers disagree on which of two equal keys wins (first, last,
    /// or both), so an envelope with two <c>records</c> arrays means different data to different tools. Called once
    /// the key's value is fully read, so a resumed read never reports it twice.
    /// </summary>
    private void ReportDuplicate(ref bool seen, string key, long keyOffset, List<Diagnostic> sink)
    {
        if (seen)
        {
            Session.Report(DiagnosticDescriptors.ContainerInvalid.Create(At(keyOffset, 0, "/" + key), $"The key '{key}' appears more than once at the top level of the JSON export; keys must be unique (readers disagree on which one counts)."), null, sink);
        }

        seen = true;
    }

    private bool Catalogue(ref Utf8JsonReader r, long baseOffset)
    {
        var at = baseOffset + r.TokenStartIndex;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            var what = Describe(ref r);
            if (!r.TrySkip())
            {
                return false;
            }

            _pending.Add(DiagnosticDescriptors.ContainerInvalid.Create(At(at, 0, "/catalogue"), $"'catalogue' must be an object {{\"id\": ..., \"version\": ...}}, but is {what}."));
            return true;
        }

        string? id = null, version = null;
        long versionOffset = at;
        var rules = ContainerRules.Default;
        while (true)
        {
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var keyOffset = baseOffset + r.TokenStartIndex;
            var key = SafeString(ref r) ?? "?";
            if (!r.Read())
            {
                return false;
            }

            var valueOffset = baseOffset + r.TokenStartIndex;
            var text = r.TokenType == JsonTokenType.String ? SafeString(ref r) : null;
            var what = text is null ? Describe(ref r) : null;
            if (!r.TrySkip())
            {
                return false;
            }

            if (key is not ("id" or "version"))
            {
                _pending.Add(DiagnosticDescriptors.ContainerInvalid.Create(At(keyOffset, 0, "/catalogue/" + key), $"The key '{key}' is not allowed in 'catalogue'; allowed: id, version."));
                continue;
            }

            var pattern = key == "id" ? rules.CatalogueId : rules.CatalogueVersion;
            var maxLength = key == "id" ? rules.CatalogueIdMaxLength : rules.CatalogueVersionMaxLength;
            if (text is not null && maxLength is { } max && text.Length > max && Schema.SchemaValidator.CodePoints(text) > max)
            {
                _pending.Add(DiagnosticDescriptors.ContainerInvalid.Create(At(valueOffset, 0, "/catalogue/" + key), $"'catalogue.{key}' may have at most {max} characters, but has {Schema.SchemaValidator.CodePoints(text)}."));
                continue;
            }

            if (text is null || !pattern.IsMatch(text))
            {
                _pending.Add(DiagnosticDescriptors.ContainerInvalid.Create(At(valueOffset, 0, "/catalogue/" + key), $"'catalogue.{key}' must be text of the form {(key == "id" ? rules.CatalogueIdText : rules.CatalogueVersionText)}, but is {what ?? "'" + ExportSession.Quote(text) + "'"}."));
                continue;
            }

            if (key == "id")
            {
                id = text;
            }
            else
            {
                version = text;
                versionOffset = valueOffset;
            }
        }

        if (id is null || version is null)
        {
            _pending.Add(DiagnosticDescriptors.ContainerInvalid.Create(At(at, 0, "/catalogue"), $"'catalogue' needs both 'id' and 'version' (here: {{\"id\": \"{Session.Catalogue.Info.Id}\", \"version\": \"{Session.Catalogue.Info.Version}\"}})."));
            return true;
        }

        if (Session.CatalogueVersionProblem(id, version, At(versionOffset, 0, "/catalogue/version")) is { } mismatch)
        {
            _pending.Add(mismatch);
        }

        return true;
    }

    private bool Record(ref Utf8JsonReader r, long baseOffset, List<Diagnostic> sink)
    {
        if (!r.Read())
        {
            return false;
        }

        if (r.TokenType == JsonTokenType.EndArray)
        {
            _step = _topLevelArray ? Step.AfterRoot : Step.TopLevel;
            if (_topLevelArray && _records == 0)
            {
                Session.Report(DiagnosticDescriptors.NoRecords.Create(At(baseOffset + r.TokenStartIndex, 0, "/")), null, sink);
            }

            return true;
        }

        var number = _records + 1;
        _rec.Reset(number);
        if (r.TokenType != JsonTokenType.StartObject)
        {
            var offset = baseOffset + r.TokenStartIndex;
            var what = Describe(ref r);
            if (!r.TrySkip())
            {
                return false;
            }

            _records = number;
            _rec.Offset = offset;
            var (line, column) = Locate(_rec, offset);
            Session.FailRecord(DiagnosticDescriptors.RecordNotObject.Create(new SourceLocation(Session.File, line, column, number, RecordPointer(number)), number, what), sink);
            return true;
        }

        if (!JsonRecordReader.TryRead(ref r, _rec, Session.Rules, baseOffset, _patched))
        {
            return false;
        }

        _records = number;
        Session.CheckRecord(_rec, this, sink);
        if (_patched.Count > 0)
        {
            var end = baseOffset + r.BytesConsumed;
            _patched.RemoveAll(p => p.Offset < end);
        }

        return true;
    }

    public (int Line, int Column) Locate(RecordBuilder record, long offset)
    {
        if (record.Offset >= 0 && _tracker.Offset < record.Offset)
        {
            _tracker.Advance(Span(_tracker.Offset, record.Offset));
        }

        return offset <= _tracker.Offset ? (_tracker.Line, _tracker.Column) : _tracker.Peek(Span(_tracker.Offset, offset));
    }

    public string RecordPointer(long record) =>
        (_topLevelArray ? "/" : "/records/") + (record - 1).ToString(CultureInfo.InvariantCulture);

    private ReadOnlySpan<byte> Span(long from, long to) => Source.Retained(from, to);

    private SourceLocation At(long offset, long record, string? pointer)
    {
        if (offset > _tracker.Offset)
        {
            _tracker.Advance(Span(_tracker.Offset, offset));
        }

        return new SourceLocation(Session.File, _tracker.Line, _tracker.Column, record, pointer);
    }

    private void Fatal(JsonException ex, bool isFinal, List<Diagnostic> sink)
    {
        var reason = JsonErrorText.Reason(ex, $"it nests deeper than {MaxDepth} levels (a record is flat; the whole export needs 3 levels)", isFinal ? "the file ends before the JSON is complete (is it truncated?)" : null);
        var line = (int)Math.Min(int.MaxValue, (ex.LineNumber ?? 0) + 1);
        var column = (int)Math.Min(int.MaxValue, (ex.BytePositionInLine ?? 0) + 1);
        var record = _step == Step.Records ? _records + 1 : 0;
        Session.Report(DiagnosticDescriptors.ExportSyntaxError.Create(new SourceLocation(Session.File, line, column, record, record > 0 ? RecordPointer(record) : null), reason), null, sink);
        Session.Completed = false;
        _step = Step.Done;
    }

    /// <summary>Called by the run when the window is full and no progress is possible: one value is too large.</summary>
    public void TooLarge(List<Diagnostic> sink)
    {
        var record = _step == Step.Records ? _records + 1 : 0;
        var at = At(Source.DataOffset, record, record > 0 ? RecordPointer(record) : null);
        Session.Report(DiagnosticDescriptors.RecordTooLarge.Create(at, record > 0 ? "record" : "JSON value", Session.Options.MaxRecordBytes, "reading stopped"), null, sink);
        Session.Completed = false;
        _step = Step.Done;
    }

    private static string Describe(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "the text '" + ExportSession.Quote(SafeString(ref r) ?? "?") + "'",
        JsonTokenType.Number => "the number " + Encoding.ASCII.GetString(r.ValueSpan.Length > 40 ? r.ValueSpan[..40] : r.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "something else",
    };

    private static string? SafeString(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

/// <summary>The container rules of measurement-export.schema.json that the JSON reader executes (catalogue id and version forms).</summary>
internal sealed class ContainerRules
{
    private static readonly Lazy<ContainerRules> DefaultLazy = new(() =>
    {
        var root = Schema.SchemaCompiler.Compile(Loading.EmbeddedData.ReadSchema(RecordRules.ExportSchemaName));
        var catalogue = root.Properties!["catalogue"];
        var id = catalogue.Properties!["id"];
        var version = catalogue.Properties!["version"];
        return new ContainerRules(id.Pattern!, version.Pattern!, id.PatternText!, version.PatternText!) { CatalogueIdMaxLength = id.MaxLength, CatalogueVersionMaxLength = version.MaxLength };
    });

    private ContainerRules(Regex id, Regex version, string idText, string versionText)
    {
        CatalogueId = id;
        CatalogueVersion = version;
        CatalogueIdText = idText;
        CatalogueVersionText = versionText;
    }

    /// <summary>The catalogue id pattern as the schema writes it (ECMA-262).</summary>
    public string CatalogueIdText { get; }

    /// <summary>The catalogue version pattern as the schema writes it (ECMA-262).</summary>
    public string CatalogueVersionText { get; }

    public static ContainerRules Default => DefaultLazy.Value;

    public Regex CatalogueId { get; }

    public Regex CatalogueVersion { get; }

    /// <summary>The schema's maxLength of the catalogue id (code points).</summary>
    public int? CatalogueIdMaxLength { get; private init; }

    /// <summary>The schema's maxLength of the catalogue version (code points).</summary>
    public int? CatalogueVersionMaxLength { get; private init; }
}
