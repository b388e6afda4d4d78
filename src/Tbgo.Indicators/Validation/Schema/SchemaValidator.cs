using System.Globalization;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Text;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>Validates an instance against a compiled schema and reports every violation, not only the first.</summary>
internal static class SchemaValidator
{
    private const int MaxErrors = 10_000;

    /// <summary>
    /// Deepest instance nesting validated. The readers stop far earlier (YAML 32, JSON 64 levels); this bounds the
    /// recursion for any other caller, so a hostile deeply nested value is a located error, never a stack overflow.
    /// </summary>
    public const int MaxDepth = 256;

    public static List<SchemaError> Validate(SchemaNode schema, InstanceNode instance)
    {
        var errors = new List<SchemaError>();
        Validate(schema, instance, errors, 0);
        return errors;
    }

    public static bool IsValid(SchemaNode schema, InstanceNode instance)
    {
        var errors = new List<SchemaError>();
        Validate(schema, instance, errors, 0);
        return errors.Count == 0;
    }

    private static void Validate(SchemaNode schema, InstanceNode x, List<SchemaError> errors, int depth)
    {
        if (errors.Count >= MaxErrors)
        {
            return;
        }

        // The compiler refuses $ref cycles that do not descend into the instance, so this loop ends.
        while (schema.Ref is not null)
        {
            schema = schema.Ref;
        }

        if (schema.AlwaysFalse)
        {
            errors.Add(Error(DiagnosticDescriptors.ForbiddenForm, x, null, Path(x)));
            return;
        }

        if (depth > MaxDepth)
        {
            errors.Add(Error(DiagnosticDescriptors.ValueTooDeep, x, null, Path(x), MaxDepth));
            return;
        }

        var kind = x.Kind;
        if (!TypeMatches(schema.Types, kind))
        {
            errors.Add(Error(DiagnosticDescriptors.WrongType, x, TypeHint(schema, x), Expected(schema.Types), Path(x), Actual(x)));
            return;
        }

        switch (kind)
        {
            case InstanceKind.Object:
                ValidateObject(schema, x, errors, depth);
                break;
            case InstanceKind.Array:
                ValidateArray(schema, x, errors, depth);
                break;
            case InstanceKind.String:
                ValidateString(schema, x, errors);
                break;
            case InstanceKind.Integer or InstanceKind.Number:
                ValidateNumber(schema, x, errors);
                break;
        }

        foreach (var s in schema.AllOf)
        {
            Validate(s, x, errors, depth);
        }

        if (!schema.AnyOf.IsEmpty)
        {
            Alternatives(schema.AnyOf, x, errors, exactlyOne: false, depth);
        }

        if (!schema.OneOf.IsEmpty)
        {
            Alternatives(schema.OneOf, x, errors, exactlyOne: true, depth);
        }

        if (schema.Not is not null && IsValidQuiet(schema.Not, x, depth))
        {
            errors.Add(Error(DiagnosticDescriptors.ForbiddenForm, x, null, Path(x)));
        }
    }

    private static bool IsValidQuiet(SchemaNode schema, InstanceNode x, int depth)
    {
        var scratch = new List<SchemaError>();
        Validate(schema, x, scratch, depth);
        return scratch.Count == 0;
    }

    private static void Alternatives(System.Collections.Immutable.ImmutableArray<SchemaNode> alternatives, InstanceNode x, List<SchemaError> errors, bool exactlyOne, int depth)
    {
        List<SchemaError>? closest = null;
        var matches = 0;
        foreach (var alt in alternatives)
        {
            var scratch = new List<SchemaError>();
            Validate(alt, x, scratch, depth);
            if (scratch.Count == 0)
            {
                matches++;
            }
            else if (closest is null || scratch.Count < closest.Count)
            {
                closest = scratch;
            }
        }

        if (matches == 1 || (!exactlyOne && matches > 1))
        {
            return;
        }

        var forms = string.Join(", ", alternatives.Select((a, i) => Resolve(a).Title ?? Describe(Resolve(a), i)));
        var hint = matches == 0 && closest is { Count: > 0 } ? closest[0].Descriptor.Format(closest[0].Args) : null;
        errors.Add(Error(DiagnosticDescriptors.NoAlternativeMatches, x, hint, Path(x), matches, forms, exactlyOne ? "exactly one" : "at least one"));
    }

    private static string Describe(SchemaNode s, int i) =>
        !s.Required.IsEmpty ? "with " + string.Join(" and ", s.Required.Select(r => $"'{r}'")) : "form " + (i + 1).ToString(CultureInfo.InvariantCulture);

    private static SchemaNode Resolve(SchemaNode s)
    {
        while (s.Ref is not null)
        {
            s = s.Ref;
        }

        return s;
    }

    private static void ValidateObject(SchemaNode schema, InstanceNode x, List<SchemaError> errors, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in x.Properties)
        {
            seen.Add(key);
            if (schema.Properties is not null && schema.Properties.TryGetValue(key, out var propSchema))
            {
                Validate(propSchema, value, errors, depth + 1);
            }
            else if (schema.AdditionalProperties is not null)
            {
                Validate(schema.AdditionalProperties, value, errors, depth + 1);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                var (line, column) = x.KeyPosition(key);
                var hint = UnknownKeyHint(schema, x, key, value);
                errors.Add(new SchemaError(DiagnosticDescriptors.UnknownKey, value.Pointer, line, column, [key, Context(schema, x)], hint));
            }
        }

        foreach (var r in schema.Required)
        {
            if (!seen.Contains(r))
            {
                errors.Add(Error(DiagnosticDescriptors.MissingKey, x, null, r, Context(schema, x)));
            }
        }
    }

    private static string? UnknownKeyHint(SchemaNode schema, InstanceNode x, string key, InstanceNode value)
    {
        // "{en: Not enacted, see 2026}" splits into a key "see 2026" without a value.
        if (x.IsFlowMapping && (key.Contains(' ', StringComparison.Ordinal) || value.Kind == InstanceKind.Null))
        {
            return "In a flow mapping { ... } a comma separates entries: quote text that contains a comma.";
        }

        if (schema.PropertyNames.IsEmpty)
        {
            return "No keys are allowed here.";
        }

        return EditDistance.Closest(key, schema.PropertyNames) is { } best
            ? $"Did you mean '{best}'?"
            : "Allowed keys: " + string.Join(", ", schema.PropertyNames) + ".";
    }

    private static void ValidateArray(SchemaNode schema, InstanceNode x, List<SchemaError> errors, int depth)
    {
        var items = x.Items;
        if (schema.MinItems is { } min && items.Count < min)
        {
            errors.Add(Error(DiagnosticDescriptors.WrongLength, x, null, "list", Path(x), Count(items.Count, "item"), "at least " + Count(min, "item")));
        }

        if (schema.MaxItems is { } max && items.Count > max)
        {
            errors.Add(Error(DiagnosticDescriptors.WrongLength, x, null, "list", Path(x), Count(items.Count, "item"), "at most " + Count(max, "item")));
        }

        if (schema.Items is not null)
        {
            foreach (var item in items)
            {
                Validate(schema.Items, item, errors, depth + 1);
            }
        }
    }

    private static void ValidateString(SchemaNode schema, InstanceNode x, List<SchemaError> errors)
    {
        var s = x.Text;

        // draft-07 6.3.1: lengths count code points, not UTF-16 units. A string has at most as many code points
        // as units, so the count is needed only when the unit count alone does not decide.
        if (schema.MinLength is { } min && s.Length < 2 * (long)min && CodePoints(s) is var shortBy && shortBy < min)
        {
            errors.Add(Error(DiagnosticDescriptors.WrongLength, x, null, "text", Path(x), Count(shortBy, "character"), "at least " + Count(min, "character")));
        }

        if (schema.MaxLength is { } max && s.Length > max && CodePoints(s) is var longBy && longBy > max)
        {
            errors.Add(Error(DiagnosticDescriptors.WrongLength, x, null, "text", Path(x), Count(longBy, "character"), "at most " + Count(max, "character")));
            return;
        }

        if (schema.Enum is { } allowed && !allowed.Contains(s, StringComparer.Ordinal))
        {
            errors.Add(Error(DiagnosticDescriptors.NotInEnum, x, EditDistance.DidYouMean(s, allowed), Clip(s), Path(x), string.Join(", ", allowed)));
            return;
        }

        if (schema.Pattern is not null && !schema.Pattern.IsMatch(s))
        {
            errors.Add(Error(DiagnosticDescriptors.PatternMismatch, x, null, Clip(s), Path(x), schema.Title ?? $"text of the form {schema.PatternText}"));
            return;
        }

        if (schema.Format == "date" && !DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(Error(DiagnosticDescriptors.InvalidDate, x, null, Clip(s), Path(x)));
        }
    }

    /// <summary>The number of Unicode code points in <paramref name="s"/> (a surrogate pair counts once, a lone surrogate once).</summary>
    internal static int CodePoints(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    private static void ValidateNumber(SchemaNode schema, InstanceNode x, List<SchemaError> errors)
    {
        if (!decimal.TryParse(x.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            // Beyond decimal range: compare as double so that 1e40 still meets its bounds.
            if (!double.TryParse(x.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
            {
                errors.Add(Error(DiagnosticDescriptors.WrongType, x, null, "a finite number", Path(x), Actual(x)));
                return;
            }

            v = d > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        var text = x.Text;
        if (schema.Minimum is { } min && v < min)
        {
            errors.Add(Error(DiagnosticDescriptors.OutOfBounds, x, null, text, Path(x), "at least " + Fmt(min)));
        }

        if (schema.Maximum is { } max && v > max)
        {
            errors.Add(Error(DiagnosticDescriptors.OutOfBounds, x, null, text, Path(x), "at most " + Fmt(max)));
        }

        if (schema.ExclusiveMinimum is { } emin && v <= emin)
        {
            errors.Add(Error(DiagnosticDescriptors.OutOfBounds, x, null, text, Path(x), "more than " + Fmt(emin)));
        }

        if (schema.ExclusiveMaximum is { } emax && v >= emax)
        {
            errors.Add(Error(DiagnosticDescriptors.OutOfBounds, x, null, text, Path(x), "less than " + Fmt(emax)));
        }

        if (schema.MultipleOf is { } step && v % step != 0)
        {
            errors.Add(Error(DiagnosticDescriptors.NotMultipleOf, x, null, text, Path(x), Fmt(step)));
        }
    }

    private static bool TypeMatches(JsonTypes types, InstanceKind kind) => kind switch
    {
        InstanceKind.Null => types.HasFlag(JsonTypes.Null),
        InstanceKind.Boolean => types.HasFlag(JsonTypes.Boolean),
        InstanceKind.Integer => types.HasFlag(JsonTypes.Integer) || types.HasFlag(JsonTypes.Number),
        InstanceKind.Number => types.HasFlag(JsonTypes.Number),
        InstanceKind.NonFiniteNumber => false,
        InstanceKind.String => types.HasFlag(JsonTypes.String),
        InstanceKind.Array => types.HasFlag(JsonTypes.Array),
        InstanceKind.Object => types.HasFlag(JsonTypes.Object),
        _ => false,
    };

    private static string Expected(JsonTypes types)
    {
        var names = new List<string>();
        if (types.HasFlag(JsonTypes.Object))
        {
            names.Add("a mapping (key: value pairs)");
        }

        if (types.HasFlag(JsonTypes.Array))
        {
            names.Add("a list");
        }

        if (types.HasFlag(JsonTypes.String))
        {
            names.Add("text");
        }

        if (types.HasFlag(JsonTypes.Number))
        {
            names.Add("a number");
        }
        else if (types.HasFlag(JsonTypes.Integer))
        {
            names.Add("a whole number");
        }

        if (types.HasFlag(JsonTypes.Boolean))
        {
            names.Add("true or false");
        }

        if (types.HasFlag(JsonTypes.Null))
        {
            names.Add("nothing (null)");
        }

        return names.Count == 0 ? "nothing" : string.Join(" or ", names);
    }

    private static string Actual(InstanceNode x) => x.Kind switch
    {
        InstanceKind.Null => "nothing (an empty or null value)",
        InstanceKind.Boolean => $"the boolean {x.Text}",
        InstanceKind.Integer or InstanceKind.Number => $"the number {x.Text}",
        InstanceKind.NonFiniteNumber => $"the non-finite number {x.Text}",
        InstanceKind.String => $"the text {Quote(x.Text)}",
        InstanceKind.Array => "a list",
        InstanceKind.Object => "a mapping",
        _ => "something else",
    };

    private static string? TypeHint(SchemaNode schema, InstanceNode x)
    {
        if (x.Kind == InstanceKind.String && (schema.Types.HasFlag(JsonTypes.Number) || schema.Types.HasFlag(JsonTypes.Integer)))
        {
            if (InvariantNumber.LooksLikeDecimalComma(x.Text))
            {
                return $"Write numbers with a decimal point: {x.Text.Replace(',', '.')}.";
            }

            if (InvariantNumber.IsWellFormed(x.Text))
            {
                return "Remove the quotes: a quoted number is text.";
            }
        }

        if (x.Kind is InstanceKind.Integer or InstanceKind.Number or InstanceKind.Boolean && schema.Types.HasFlag(JsonTypes.String))
        {
            return $"Quote it to make it text: \"{x.Text}\".";
        }

        if (x.Kind == InstanceKind.Integer && schema.Types == JsonTypes.Integer)
        {
            return null;
        }

        if (x.Kind == InstanceKind.Number && schema.Types == JsonTypes.Integer)
        {
            return "Write a whole number without a decimal point.";
        }

        return x.Kind == InstanceKind.NonFiniteNumber ? "NaN and infinity are not numbers a definition can use." : null;
    }

    private static string Context(SchemaNode schema, InstanceNode x)
    {
        var name = schema.Title ?? "object";
        return x.Pointer.Length == 0 ? $"the {name}" : $"the {name} at {x.Pointer}";
    }

    private static string Path(InstanceNode x) => x.Pointer.Length == 0 ? "the top level" : x.Pointer;

    private static string Quote(string s) => $"'{Clip(s)}'";

    /// <summary>Long values are shortened in messages (a 10 MB string is quoted by its first 77 characters).</summary>
    private static string Clip(string s) => s.Length > 80 ? s[..77] + "..." : s;

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Fmt(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static SchemaError Error(DiagnosticDescriptor d, InstanceNode x, string? hint, params object?[] args) =>
        new(d, x.Pointer, x.Line, x.Column, args, hint);
}
