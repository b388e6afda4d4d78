using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Text;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// The state of one validation run: the catalogue's rules, caches for repeating values, the duplicate
/// table, the counters of the summary and the normalised output. Checks one record at a time; all
/// structural rules come from <see cref="RecordRules"/> (the record schema), the semantic ones from the catalogue.
/// </summary>
internal sealed class ExportSession
{
    private const int MaxIndicatorKeys = 1000;
    private const int MaxCachedUnits = 10_000;

    private readonly Dictionary<string, IndicatorRules> _indicators;
    private readonly SpanLookup<IndicatorRules> _indicatorLookup;
    private readonly Dictionary<string, (Unit? Unit, string? Error)> _units = new(StringComparer.Ordinal);
    private readonly SpanLookup<(Unit? Unit, string? Error)> _unitLookup;
    private readonly Dictionary<string, string?> _suggestions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _buildingTypes;
    private readonly SpanLookup<bool> _buildingTypeLookup;
    private readonly TextMemo<bool>[] _patternMemo;
    private readonly TextMemo<string?> _periodMemo = new();
    private readonly DuplicateTable? _duplicates;
    private readonly SortedDictionary<string, long> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byIndicator = new(StringComparer.Ordinal);
    private readonly SpanLookup<long> _byIndicatorLookup;
    private readonly ArrayBufferWriter<byte>? _normalised;
    private readonly Utf8JsonWriter? _normalisedWriter;
    private readonly bool[] _suppressMissing;
    private readonly bool[] _ok;

    /// <summary>
    /// The export's size in bytes when known before reading (a file, a memory stream): sizes the duplicate table for
    /// about one key per 256 bytes (the records of real and generated exports take 250-300 bytes), so it need not grow.
    /// </summary>
    public void ExpectInputBytes(long bytes) => _duplicates?.Reserve(bytes / 256);

    public ExportSession(Catalogue catalogue, ExportValidationOptions options, RecordRules rules)
    {
        Catalogue = catalogue;
        Options = options;
        Rules = rules;
        File = options.FileName;
        CatalogueName = catalogue.Info.Label;
        _indicators = catalogue.Indicators.ToDictionary(i => i.Id, i => new IndicatorRules(i), StringComparer.Ordinal);
        _indicatorLookup = new(_indicators);
        var buildingTypes = catalogue.BuildingTypes.ToDictionary(b => b.Id, _ => true, StringComparer.Ordinal);
        _buildingTypes = [.. buildingTypes.Keys];
        _buildingTypeLookup = new(buildingTypes);
        _unitLookup = new(_units);
        _byIndicatorLookup = new(_byIndicator);
        _patternMemo = [.. rules.Fields.Select(_ => new TextMemo<bool>())];
        _suppressMissing = new bool[rules.Fields.Length];
        _ok = new bool[rules.Fields.Length];
        _duplicates = options.DetectDuplicates ? new DuplicateTable() : null;
        if (options.NormaliseTo is not null)
        {
            _normalised = new ArrayBufferWriter<byte>(64 * 1024);
            _normalisedWriter = new Utf8JsonWriter(_normalised, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        }
    }

    public Catalogue Catalogue { get; }

    public ExportValidationOptions Options { get; }

    public RecordRules Rules { get; }

    public string? File { get; }

    public string CatalogueName { get; }

    public long RecordsRead { get; private set; }

    public long InvalidRecords { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public long Normalised { get; private set; }

    public bool Completed { get; set; } = true;

    /// <summary>Bytes of normalised output waiting to be written.</summary>
    public ArrayBufferWriter<byte>? NormalisedOutput => _normalised;

    /// <summary>Fields whose absence is reported once for the whole file (a CSV header without the column), not per record.</summary>
    public void SuppressMissing(int field) => _suppressMissing[field] = true;

    /// <summary>Checks the catalogue version the export names against the catalogue in use.</summary>
    public Diagnostic? CatalogueVersionProblem(string? id, string version, SourceLocation location)
    {
        var idMismatch = id is not null && !string.Equals(id, Catalogue.Info.Id, StringComparison.Ordinal);
        return idMismatch || !string.Equals(version, Catalogue.Info.Version, StringComparison.Ordinal)
            ? DiagnosticDescriptors.CatalogueVersionMismatch.Create(location, (id ?? Catalogue.Info.Id) + " " + version, CatalogueName)
            : null;
    }

    /// <summary>Reports a diagnostic that is not about one record's fields (file, container, header).</summary>
    public void Report(Diagnostic d, string? indicator, List<Diagnostic> sink)
    {
        Count(d, indicator is null ? default : indicator.AsSpan(), indicator is not null);
        sink.Add(d);
    }

    /// <summary>Counts a record that could not be read as a record at all (not an object, malformed line, too large).</summary>
    public void FailRecord(Diagnostic d, List<Diagnostic> sink)
    {
        RecordsRead++;
        InvalidRecords++;
        Count(d, "(none)", true);
        sink.Add(d);
    }

    public void FinishNormalised() => _normalisedWriter?.Flush();

    public ExportSummary Summary() => new(
        Options.EffectiveFormat,
        CatalogueName,
        RecordsRead,
        RecordsRead - InvalidRecords,
        InvalidRecords,
        Errors,
        Warnings,
        _byCode.ToImmutableSortedDictionary(StringComparer.Ordinal),
        _byIndicator.ToImmutableSortedDictionary(StringComparer.Ordinal),
        Normalised,
        Completed);

    /// <summary>Checks one complete record: structure (from the schema), then meaning (from the catalogue).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    public void CheckRecord(RecordBuilder rec, IRecordLocator locator, List<Diagnostic> sink)
    {
        RecordsRead++;
        var ctx = new Ctx(this, rec, locator, sink);
        var rules = Rules;
        var ok = _ok;

        foreach (var p in rec.Problems)
        {
            var at = p.Offset >= 0 ? ctx.At(p.Offset, p.Field < 0 ? null : rules.Fields[p.Field].Name) : ctx.AtLine(p.Line, p.Column, p.Field < 0 ? null : rules.Fields[p.Field].Name);
            switch (p.Kind)
            {
                case ProblemKind.UnknownField:
                    var near = EditDistance.Closest(p.Text, rules.Names);
                    ctx.Add(DiagnosticDescriptors.UnknownField.CreateWithHint(at with { Pointer = ctx.Pointer(p.Text) }, near is null ? "Allowed fields: " + string.Join(", ", rules.Names) + "." : $"Did you mean '{near}'?", Quote(p.Text)));
                    break;
                case ProblemKind.DuplicateField:
                    ctx.Add(DiagnosticDescriptors.DuplicateField.Create(at, p.Text));
                    break;
                default:
                    ctx.Add(DiagnosticDescriptors.ExportInvalidUtf8.Create(at, p.Text));
                    break;
            }
        }

        for (var i = 0; i < rules.Fields.Length; i++)
        {
            ok[i] = CheckField(ref ctx, rules.Fields[i]);
        }

        CheckAlternatives(ref ctx);
        CheckMeaning(ref ctx, ok);

        if (ctx.Errors > 0)
        {
            InvalidRecords++;
        }
        else if (_normalisedWriter is not null)
        {
            Normalise(rec, ctx.Converted, ctx.ConvertedUnit);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private bool CheckField(ref Ctx ctx, FieldRule rule)
    {
        ref var slot = ref ctx.Rec.Slots[rule.Index];
        if (slot.Kind == FieldKind.Absent)
        {
            if (rule.Required && !_suppressMissing[rule.Index])
            {
                ctx.Add(DiagnosticDescriptors.MissingField.Create(ctx.AtRecord(), rule.Name));
            }

            return false;
        }

        if (slot.Kind == FieldKind.BadText)
        {
            return false;
        }

        if (!TypeMatches(rule.Types, slot.Kind))
        {
            ctx.Add(DiagnosticDescriptors.FieldWrongType.CreateWithHint(ctx.AtField(rule.Index), TypeHint(rule.Types, slot.Kind, ctx.Rec.Text(slot)), rule.Name, Expected(rule.Types), Actual(slot.Kind, ctx.Rec.Text(slot))));
            return false;
        }

        if (slot.Kind == FieldKind.Number && rule.Minimum is { } minimum && double.IsFinite(slot.Number) && slot.Number < minimum)
        {
            ctx.Add(DiagnosticDescriptors.FieldBelowMinimum.Create(ctx.AtField(rule.Index), rule.Name, ctx.Rec.Text(slot).ToString(), InvariantNumber.Format(minimum)));
            return false;
        }

        if (slot.Kind != FieldKind.String)
        {
            return true;
        }

        var text = ctx.Rec.Text(slot);
        if (rule.MaxLength is { } max && slot.FullLength > max && CodePoints(text, slot) is var length && length > max)
        {
            ctx.Add(DiagnosticDescriptors.FieldTooLong.Create(ctx.AtField(rule.Index), rule.Name, length, max, Quote(text)));
            return false;
        }

        if (!rule.Enum.IsDefaultOrEmpty && !InEnum(rule.Enum, text))
        {
            var near = EditDistance.Closest(new string(text), rule.Enum);
            ctx.Add(DiagnosticDescriptors.FieldNotAllowed.CreateWithHint(ctx.AtField(rule.Index), near is null ? null : $"Did you mean '{near}'?", rule.Name, Quote(text), string.Join(", ", rule.Enum)));
            return false;
        }

        if (rule.Pattern is { } pattern)
        {
            var memo = _patternMemo[rule.Index];
            if (!memo.TryGet(text, out var matches, out var memoSlot))
            {
                matches = pattern.IsMatch(text);
                memo.Set(memoSlot, text, matches);
            }

            if (!matches)
            {
                ctx.Add(DiagnosticDescriptors.FieldWrongForm.Create(ctx.AtField(rule.Index), rule.Name, Quote(text), rule.Title ?? "text of the form " + rule.PatternText));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The length in code points, as JSON Schema's maxLength counts (draft-07 6.3.1); only called when the UTF-16
    /// length already exceeds the limit. Text too long to keep whole carries its count from the reader.
    /// </summary>
    private const int MaxUnitLength = 64; // schemas/measurement-record.schema.json, properties/unit/maxLength

    private static int CodePoints(ReadOnlySpan<char> kept, in FieldSlot slot) =>
        kept.Length == slot.FullLength ? SchemaValidator.CodePoints(kept) : slot.FullCodePoints;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private void CheckAlternatives(ref Ctx ctx)
    {
        var alternatives = Rules.Alternatives;
        if (alternatives.IsEmpty)
        {
            return;
        }

        RecordAlternative? typeMatch = null;
        foreach (var alt in alternatives)
        {
            var typesMatch = true;
            foreach (var (field, types) in alt.TypeConstraints)
            {
                var kind = ctx.Rec.Slots[field].Kind;
                if (kind != FieldKind.Absent && !TypeMatches(types, kind))
                {
                    typesMatch = false;
                    break;
                }
            }

            if (!typesMatch)
            {
                continue;
            }

            var allPresent = true;
            foreach (var r in alt.Required)
            {
                allPresent &= ctx.Rec.Slots[r].Kind != FieldKind.Absent;
            }

            if (allPresent)
            {
                return;
            }

            typeMatch ??= alt;
        }

        if (typeMatch is null)
        {
            return; // the field types themselves are wrong and already reported
        }

        foreach (var r in typeMatch.Required)
        {
            if (ctx.Rec.Slots[r].Kind == FieldKind.Absent && !_suppressMissing[r])
            {
                ctx.Add(DiagnosticDescriptors.MissingField.CreateWithHint(ctx.AtRecord(), $"A record with {typeMatch.Title} needs '{Rules.Fields[r].Name}'.", Rules.Fields[r].Name));
            }
        }
    }

    /// <summary>
    /// The catalogue's rules, one named step each: the indicator is known (and not deprecated), it applies to the
    /// phase and scale, the value fits it (category, or number in a convertible unit within the range), the period
    /// reads, and the record is not a second value for the same key. Every step reports what it finds and the
    /// record goes on to the next, so one record gets all of its problems.
    /// </summary>
    private void CheckMeaning(ref Ctx ctx, bool[] ok)
    {
        var r = Rules;
        var rec = ctx.Rec;
        var indicator = ok[r.Indicator] ? CheckIndicatorKnown(ref ctx) : null;
        Phase phase = default;
        Scale scale = default;
        var phaseOk = ok[r.Phase] && TryCode(Phases, rec.Text(r.Phase), out phase);
        var scaleOk = ok[r.Scale] && TryCode(Scales, rec.Text(r.Scale), out scale);
        if (indicator is not null && phaseOk && scaleOk)
        {
            CheckApplicable(ref ctx, indicator, phase, scale);
        }

        uint fingerprint = 0;
        var valueOk = indicator is not null && CheckValue(ref ctx, indicator, out fingerprint);
        if (indicator is null && rec.Slots[r.Value].Kind == FieldKind.NonFinite)
        {
            ReportNonFinite(ref ctx);
        }

        if (r.BuildingType >= 0 && ok[r.BuildingType] && rec.Slots[r.BuildingType].Kind == FieldKind.String)
        {
            CheckBuildingTypeKnown(ref ctx);
        }

        var periodOk = ok[r.Period] && CheckPeriod(ref ctx);
        if (_duplicates is not null && valueOk && periodOk && phaseOk && scaleOk && ok[r.Project] && (rec.Slots[r.Object].Kind == FieldKind.Absent || ok[r.Object]))
        {
            CheckNotDuplicate(ref ctx, indicator!, phase, scale, fingerprint);
        }
    }

    /// <summary>Rule: the indicator id is in the catalogue (with a did-you-mean), and a deprecated one is flagged.</summary>
    private IndicatorRules? CheckIndicatorKnown(ref Ctx ctx)
    {
        var r = Rules;
        var id = ctx.Rec.Text(r.Indicator);
        if (!_indicatorLookup.TryGetValue(id, out var indicator))
        {
            var idText = new string(id);
            if (!_suggestions.TryGetValue(idText, out var near))
            {
                near = Catalogue.SuggestIndicatorId(idText);
                if (_suggestions.Count < 10_000)
                {
                    _suggestions[idText] = near;
                }
            }

            ctx.Add(DiagnosticDescriptors.UnknownIndicator.CreateWithHint(ctx.AtField(r.Indicator), near is null ? "'tbgo list' shows the indicator ids of the catalogue." : $"Did you mean '{near}'?", Quote(id), CatalogueName));
            return null;
        }

        if (indicator.Indicator.Status == IndicatorStatus.Deprecated)
        {
            ctx.Add(DiagnosticDescriptors.DeprecatedIndicator.CreateWithHint(ctx.AtField(r.Indicator), "Report the replacement indicator from now on.", indicator.Indicator.Id, CatalogueName, indicator.Indicator.ReplacedBy ?? "(none given)"));
        }

        return indicator;
    }

    /// <summary>Rule: a building type is one of the catalogue's (with a did-you-mean): a misspelt one would select no limit value.</summary>
    private void CheckBuildingTypeKnown(ref Ctx ctx)
    {
        var text = ctx.Rec.Text(Rules.BuildingType);
        if (_buildingTypeLookup.TryGetValue(text, out _))
        {
            return;
        }

        var type = new string(text);
        var near = EditDistance.DidYouMean(type, _buildingTypes.Order(StringComparer.Ordinal));
        ctx.Add(DiagnosticDescriptors.UnknownBuildingType.CreateWithHint(ctx.AtField(Rules.BuildingType), near ?? "The building types are the Bbl use functions under 'buildingTypes' in indicators/catalogue.yaml.", Quote(text), CatalogueName));
    }

    /// <summary>Rule: the indicator is specified for the record's phase x scale cell.</summary>
    private void CheckApplicable(ref Ctx ctx, IndicatorRules indicator, Phase phase, Scale scale)
    {
        if (!indicator.AppliesTo(phase, scale))
        {
            ctx.Add(DiagnosticDescriptors.NotApplicable.Create(ctx.AtField(Rules.Phase), indicator.Indicator.Id, phase.ToCode(), scale.ToCode(), indicator.Applicable));
        }
    }

    /// <summary>Rule: the period is a year, half-year, quarter or month that exists (memoised per text).</summary>
    private bool CheckPeriod(ref Ctx ctx)
    {
        var period = ctx.Rec.Text(Rules.Period);
        if (!_periodMemo.TryGet(period, out var reason, out var memoSlot))
        {
            reason = PeriodParser.Check(period);
            _periodMemo.Set(memoSlot, period, reason);
        }

        if (reason is not null)
        {
            ctx.Add(DiagnosticDescriptors.InvalidPeriod.Create(ctx.AtField(Rules.Period), new string(period), reason));
            return false;
        }

        return true;
    }

    /// <summary>Rule: no earlier record has the same project, object, indicator, phase, scale and period with another value.</summary>
    private void CheckNotDuplicate(ref Ctx ctx, IndicatorRules indicator, Phase phase, Scale scale, uint fingerprint)
    {
        var r = Rules;
        var rec = ctx.Rec;
        var key = new KeyHash(0x7462676F);
        key.Add(rec.Text(r.Project));
        key.Add(rec.Slots[r.Object].Kind == FieldKind.Absent ? "\u0000" : rec.Text(r.Object));
        key.Add(indicator.Indicator.Id);
        key.Add((ulong)IndicatorRules.Bit(phase, scale));
        key.Add(rec.Text(r.Period));
        var first = _duplicates!.AddOrConflict(key.Finish(), (uint)Math.Min(rec.Record, uint.MaxValue), fingerprint);
        if (first != 0)
        {
            ctx.Add(DiagnosticDescriptors.DuplicateRecord.Create(ctx.AtField(r.Value), rec.Record, first, ValueText(ref ctx)));
        }
    }

    /// <summary>The value rules: a category of a categorical indicator, else a finite number in a unit that converts, within the range.</summary>
    private bool CheckValue(ref Ctx ctx, IndicatorRules indicator, out uint fingerprint)
    {
        fingerprint = 0;
        if (indicator.IsCategorical)
        {
            return CheckCategory(ref ctx, indicator, out fingerprint);
        }

        return CheckIsNumber(ref ctx, indicator)
            && ResolveUnit(ref ctx, indicator, out var unit)
            && CheckConvertedInRange(ref ctx, indicator, unit, out fingerprint);
    }

    /// <summary>Rule: the value of a categorical indicator is one of its categories.</summary>
    private bool CheckCategory(ref Ctx ctx, IndicatorRules indicator, out uint fingerprint)
    {
        ref var slot = ref ctx.Rec.Slots[Rules.Value];
        fingerprint = 0;
        var text = ctx.Rec.Text(slot);
        if (slot.Kind is FieldKind.String or FieldKind.Number or FieldKind.NonFinite && !indicator.IsCategory(text))
        {
            ctx.Add(DiagnosticDescriptors.UnknownCategory.CreateWithHint(ctx.AtField(Rules.Value), EditDistance.Closest(new string(text), indicator.Categories) is { } near ? $"Did you mean '{near}'?" : null, Quote(text), indicator.Indicator.Id, indicator.CategoriesText));
            return false;
        }

        if (slot.Kind != FieldKind.String)
        {
            return false;
        }

        var h = new KeyHash(17);
        h.Add(text);
        fingerprint = (uint)h.Finish();
        return true;
    }

    /// <summary>Rule: the value of a numeric indicator is a finite number (a short text gets a hint, e.g. for a decimal comma).</summary>
    private bool CheckIsNumber(ref Ctx ctx, IndicatorRules indicator)
    {
        ref var slot = ref ctx.Rec.Slots[Rules.Value];
        switch (slot.Kind)
        {
            case FieldKind.String when slot.FullLength <= 100:
                var text = ctx.Rec.Text(slot);
                ctx.Add(DiagnosticDescriptors.ValueNotNumber.CreateWithHint(ctx.AtField(Rules.Value), NumberTextHint(text), indicator.Indicator.Id, Quote(text)));
                return false;
            case FieldKind.NonFinite:
                ReportNonFinite(ref ctx);
                return false;
            case FieldKind.Number:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Rule: the unit reads (memoised per text) and converts to the indicator's unit.</summary>
    private bool ResolveUnit(ref Ctx ctx, IndicatorRules indicator, out Unit unit)
    {
        var r = Rules;
        var rec = ctx.Rec;
        unit = null!;
        var unitSlot = rec.Slots[r.Unit];
        if (unitSlot.Kind != FieldKind.String || (unitSlot.FullLength > MaxUnitLength && CodePoints(rec.Text(unitSlot), unitSlot) > MaxUnitLength))
        {
            return false; // missing, mistyped or too long (in code points, as maxLength counts): reported by the schema rules
        }

        var unitText = rec.Text(r.Unit);
        if (!_unitLookup.TryGetValue(unitText, out var entry))
        {
            var s = new string(unitText);
            entry = Catalogue.Units.TryParse(s, out var u, out var error) ? (u, null) : (null, error);
            if (_units.Count < MaxCachedUnits)
            {
                _units[s] = entry;
            }
        }

        if (entry.Unit is not { } parsed)
        {
            ctx.Add(DiagnosticDescriptors.ExportInvalidUnit.CreateWithHint(ctx.AtField(r.Unit), $"The unit of '{indicator.Indicator.Id}' is '{indicator.Indicator.Unit.Text}'.", Quote(unitText), entry.Error));
            return false;
        }

        unit = parsed;
        return true;
    }

    /// <summary>Rule: the value converts to the indicator's unit, stays finite, and lies in the indicator's range.</summary>
    private bool CheckConvertedInRange(ref Ctx ctx, IndicatorRules indicator, Unit unit, out uint fingerprint)
    {
        var r = Rules;
        var rec = ctx.Rec;
        fingerprint = 0;
        var unitText = rec.Text(r.Unit);
        if (!indicator.TryGetConversion(unit, out var conversion))
        {
            var units = Catalogue.Units;
            ctx.Add(DiagnosticDescriptors.ExportIncompatibleUnit.Create(ctx.AtField(r.Unit), new string(unitText), units.DescribeDimension(unit.Dimension), indicator.Indicator.Unit.Text, units.DescribeDimension(indicator.Indicator.Unit.Dimension), indicator.Indicator.Id));
            return false;
        }

        ref var slot = ref rec.Slots[r.Value];
        var text = rec.Text(slot);
        var canonical = conversion.Apply(slot.Number);
        if (canonical == 0)
        {
            canonical = 0; // -0 and 0 are one value
        }

        if (!double.IsFinite(canonical))
        {
            ctx.Add(DiagnosticDescriptors.ValueNotFinite.Create(ctx.AtField(r.Value), new string(text), $"converted to {indicator.Indicator.Unit.Text} it is beyond the range of a 64-bit floating-point number"));
            return false;
        }

        if (indicator.Indicator.Range is { } range && !(double.IsFinite(canonical) && range.Contains(canonical)))
        {
            var shown = conversion.IsIdentity
                ? $"{new string(text)} {new string(unitText)}"
                : $"{new string(text)} {new string(unitText)} (= {InvariantNumber.Format(canonical)} {indicator.Indicator.Unit.Text})";
            ctx.Add(DiagnosticDescriptors.ValueOutOfRange.Create(ctx.AtField(r.Value), shown, indicator.Indicator.Id, range + " " + indicator.Indicator.Unit.Text));
            return false;
        }

        ctx.Converted = canonical;
        ctx.ConvertedUnit = ReferenceEquals(unit, indicator.Indicator.Unit) || (conversion.IsIdentity && unitText.SequenceEqual(indicator.Indicator.Unit.Text)) ? null : indicator.Indicator.Unit;
        var bits = BitConverter.DoubleToInt64Bits(canonical);
        fingerprint = (uint)(bits ^ (bits >> 32)) * 0x9E3779B1u;
        return true;
    }

    private void ReportNonFinite(ref Ctx ctx)
    {
        var text = ctx.Rec.Text(Rules.Value);
        var reason = text.Length > 0 && (text[0] is 'N' or 'n' || text.Contains("nf", StringComparison.OrdinalIgnoreCase))
            ? "NaN and Infinity are not numbers a measurement can have (and not valid JSON)"
            : "it is beyond the range of a 64-bit floating-point number (about 1.8e308)";
        ctx.Add(DiagnosticDescriptors.ValueNotFinite.Create(ctx.AtField(Rules.Value), new string(text), reason));
    }

    private string ValueText(ref Ctx ctx)
    {
        var text = new string(ctx.Rec.Text(Rules.Value));
        return ctx.Rec.Slots[Rules.Value].Kind == FieldKind.String ? $"'{text}'" : $"{text} {new string(ctx.Rec.Text(Rules.Unit))}";
    }

    private string? NumberTextHint(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (InvariantNumber.LooksLikeDecimalComma(t))
        {
            return Options.EffectiveFormat == ExportFormat.Csv
                ? $"This CSV is read with a decimal point; declare the decimal comma (--decimal-comma), or write {t.ToString().Replace(',', '.')}."
                : $"Write the number without quotes and with a decimal point: {t.ToString().Replace(',', '.')}.";
        }

        if (Options.EffectiveFormat == ExportFormat.Csv && Options.DecimalComma && InvariantNumber.IsWellFormed(t))
        {
            return $"This CSV is declared to use a decimal comma: write {t.ToString().Replace('.', ',')}.";
        }

        if (InvariantNumber.IsWellFormed(t))
        {
            return "Remove the quotes: a quoted number is text.";
        }

        return t.Contains(' ') ? "Give the unit in the 'unit' field, not with the value." : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private void Normalise(RecordBuilder rec, double converted, Unit? canonicalUnit)
    {
        var w = _normalisedWriter!;
        var r = Rules;
        w.WriteStartObject();
        for (var i = 0; i < r.Fields.Length; i++)
        {
            ref var slot = ref rec.Slots[i];
            if (slot.Kind == FieldKind.Absent)
            {
                continue;
            }

            var name = r.Fields[i].Utf8Name;
            if (i == r.Value && slot.Kind == FieldKind.Number)
            {
                w.WriteNumber(name, canonicalUnit is null ? slot.Number : converted);
            }
            else if (i == r.Unit && canonicalUnit is not null && rec.Slots[r.Value].Kind == FieldKind.Number)
            {
                w.WriteString(name, canonicalUnit.Text);
            }
            else if (slot.Kind == FieldKind.Number)
            {
                w.WriteNumber(name, slot.Number);
            }
            else
            {
                w.WriteString(name, rec.Text(slot));
            }
        }

        if (canonicalUnit is not null)
        {
            w.WriteNumber("originalValue"u8, rec.Slots[r.Value].Number);
            w.WriteString("originalUnit"u8, rec.Text(r.Unit));
        }

        w.WriteEndObject();
        w.Flush();
        _normalised!.Write("\n"u8);
        w.Reset();
        Normalised++;
    }

    private void Count(Diagnostic d, ReadOnlySpan<char> indicator, bool countIndicator)
    {
        switch (d.Severity)
        {
            case DiagnosticSeverity.Error: Errors++; break;
            case DiagnosticSeverity.Warning: Warnings++; break;
        }

        _byCode[d.Code] = _byCode.GetValueOrDefault(d.Code) + 1;
        if (!countIndicator)
        {
            return;
        }

        if (_byIndicatorLookup.TryGetValue(indicator, out var n))
        {
            _byIndicatorLookup[indicator] = n + 1;
        }
        else if (_byIndicator.Count < MaxIndicatorKeys)
        {
            _byIndicator[new string(indicator)] = 1;
        }
        else
        {
            _byIndicator["(other)"] = _byIndicator.GetValueOrDefault("(other)") + 1;
        }
    }

    private static readonly (string Code, Phase Value)[] Phases = [.. Enum.GetValues<Phase>().Select(p => (p.ToCode(), p))];
    private static readonly (string Code, Scale Value)[] Scales = [.. Enum.GetValues<Scale>().Select(s => (s.ToCode(), s))];

    /// <summary>Parses a code without allocating (Codes.TryParse takes a string).</summary>
    private static bool TryCode<T>((string Code, T Value)[] table, ReadOnlySpan<char> text, out T value)
    {
        foreach (var (code, v) in table)
        {
            if (text.SequenceEqual(code))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    internal static bool TypeMatches(JsonTypes types, FieldKind kind) => kind switch
    {
        FieldKind.String or FieldKind.BadText => (types & JsonTypes.String) != 0,
        FieldKind.Number or FieldKind.NonFinite => (types & JsonTypes.Number) != 0,
        FieldKind.True or FieldKind.False => (types & JsonTypes.Boolean) != 0,
        FieldKind.Null => (types & JsonTypes.Null) != 0,
        FieldKind.Object => (types & JsonTypes.Object) != 0,
        FieldKind.Array => (types & JsonTypes.Array) != 0,
        _ => true,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    private static bool InEnum(ImmutableArray<string> values, ReadOnlySpan<char> text)
    {
        foreach (var v in values)
        {
            if (text.SequenceEqual(v))
            {
                return true;
            }
        }

        return false;
    }

    private static string Expected(JsonTypes types)
    {
        var names = new List<string>();
        if ((types & JsonTypes.Number) != 0)
        {
            names.Add("a number");
        }

        if ((types & JsonTypes.String) != 0)
        {
            names.Add("text");
        }

        if ((types & JsonTypes.Boolean) != 0)
        {
            names.Add("true or false");
        }

        return names.Count == 0 ? "something else" : string.Join(" or ", names);
    }

    private static string Actual(FieldKind kind, ReadOnlySpan<char> text) => kind switch
    {
        FieldKind.String => "the text " + Quote(text),
        FieldKind.Number or FieldKind.NonFinite => "the number " + text.ToString(),
        FieldKind.True => "true",
        FieldKind.False => "false",
        FieldKind.Null => "null",
        FieldKind.Object => "an object",
        FieldKind.Array => "an array",
        _ => "something else",
    };

    private static string? TypeHint(JsonTypes types, FieldKind kind, ReadOnlySpan<char> text) => kind switch
    {
        FieldKind.Number or FieldKind.True or FieldKind.False when (types & JsonTypes.String) != 0 => $"Quote it to make it text: \"{text.ToString()}\".",
        FieldKind.Null => "Leave an optional field out instead of writing null.",
        FieldKind.Object or FieldKind.Array => "A record is flat: each field holds one number or text.",
        _ => null,
    };

    internal static string Quote(ReadOnlySpan<char> s) => s.Length > 80 ? string.Concat(s[..77], "...") : s.ToString();

    /// <summary>Per-record context: where to report, and what the record produced.</summary>
    private ref struct Ctx(ExportSession session, RecordBuilder rec, IRecordLocator locator, List<Diagnostic> sink)
    {
        private string? _pointer;

        public readonly RecordBuilder Rec = rec;

        public int Errors;

        public double Converted;

        public Unit? ConvertedUnit;

        public void Add(Diagnostic d)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                Errors++;
            }

            var r = session.Rules;
            var slot = Rec.Slots[r.Indicator];
            if (slot.Kind == FieldKind.String)
            {
                session.Count(d, Rec.Text(slot), true);
            }
            else
            {
                session.Count(d, "(none)", true);
            }

            sink.Add(d);
        }

        public string Pointer(string? field)
        {
            _pointer ??= locator.RecordPointer(Rec.Record);
            return field is null ? _pointer : _pointer + "/" + field.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        }

        public SourceLocation AtRecord() => Rec.Offset >= 0 ? At(Rec.Offset, null) : AtLine(Rec.Line, Rec.Column, null);

        public SourceLocation AtField(int field)
        {
            var slot = Rec.Slots[field];
            var name = session.Rules.Fields[field].Name;
            return slot.Offset >= 0 ? At(slot.Offset, name) : AtLine(slot.Line, slot.Column, name);
        }

        public SourceLocation At(long offset, string? field)
        {
            var (line, column) = locator.Locate(Rec, offset);
            return new SourceLocation(session.File, line, column, Rec.Record, Pointer(field));
        }

        public SourceLocation AtLine(int line, int column, string? field) => new(session.File, line, column, Rec.Record, Pointer(field));
    }
}
