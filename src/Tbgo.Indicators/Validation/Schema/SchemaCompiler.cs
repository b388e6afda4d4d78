using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>
/// Compiles a draft-07 schema in the subset that NJsonSchema 11.6 also handles correctly
/// (reference/dependencies.md), so the published schemas and the library enforce the same rules.
/// Anything outside the subset is a compile error, never silently ignored.
/// </summary>
internal static class SchemaCompiler
{
    private static readonly FrozenSet<string> Annotations = FrozenSet.Create(StringComparer.Ordinal,
        "$schema", "$id", "$comment", "title", "description", "default", "examples");

    private static readonly FrozenSet<string> Supported = FrozenSet.Create(StringComparer.Ordinal,
        "type", "properties", "required", "additionalProperties", "enum", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "pattern", "minLength", "maxLength", "items", "minItems", "maxItems",
        "allOf", "anyOf", "oneOf", "not", "format", "$ref", "definitions");

    /// <summary>The validation keywords the engine executes (annotations aside).</summary>
    public static IReadOnlySet<string> SupportedKeywords => Supported;

    public static SchemaNode Compile(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Compile(doc.RootElement);
    }

    public static SchemaNode Compile(JsonElement root)
    {
        var definitions = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        var pending = new List<SchemaNode>();
        var node = new SchemaNode { Path = "#" };
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("definitions", out var defs))
        {
            if (defs.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaCompileException("#/definitions: 'definitions' must be an object.");
            }

            foreach (var d in defs.EnumerateObject())
            {
                definitions[d.Name] = new SchemaNode();
            }

            foreach (var d in defs.EnumerateObject())
            {
                Fill(definitions[d.Name], d.Value, "#/definitions/" + Pointer(d.Name), pending, isRoot: false);
            }
        }

        Fill(node, root, "#", pending, isRoot: true);
        foreach (var p in pending)
        {
            if (p.RefText == "#")
            {
                p.Ref = node;
                continue;
            }

            var name = Unpointer(p.RefText!["#/definitions/".Length..]);
            p.Ref = definitions.TryGetValue(name, out var target)
                ? target
                : throw new SchemaCompileException($"{p.Path}/$ref: '$ref' points at '{p.RefText}', which is not defined.");
        }

        RefuseCyclesWithoutProgress(node, definitions.Values);
        return node;
    }

    /// <summary>
    /// A schema that reaches itself through <c>$ref</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> or <c>not</c>
    /// without descending into the instance (through <c>properties</c>, <c>additionalProperties</c> or
    /// <c>items</c>) would validate forever: refused here, with the pointer where the cycle closes. Cycles that
    /// descend (a recursive tree) are legal; the validator bounds them by the instance depth.
    /// </summary>
    private static void RefuseCyclesWithoutProgress(SchemaNode root, IEnumerable<SchemaNode> definitions)
    {
        var all = new List<SchemaNode>();
        var seen = new HashSet<SchemaNode>(ReferenceEqualityComparer.Instance);
        Collect(root, all, seen);
        foreach (var d in definitions)
        {
            Collect(d, all, seen);
        }

        // Iterative depth-first search over the in-place edges; state false = on the current path, true = finished.
        var state = new Dictionary<SchemaNode, bool>(ReferenceEqualityComparer.Instance);
        foreach (var start in all)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(SchemaNode Node, IEnumerator<SchemaNode> Next)>();
            state[start] = false;
            stack.Push((start, InPlace(start).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (n, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[n] = true;
                    stack.Pop();
                    continue;
                }

                var c = next.Current;
                if (state.TryGetValue(c, out var done))
                {
                    if (!done)
                    {
                        throw new SchemaCompileException($"{n.Path}: this schema leads back to {c.Path} through $ref/allOf/anyOf/oneOf/not without descending into the value (through properties, additionalProperties or items), so validation could never finish.");
                    }

                    continue;
                }

                state[c] = false;
                stack.Push((c, InPlace(c).GetEnumerator()));
            }
        }
    }

    /// <summary>The subschemas that apply to the same instance as <paramref name="n"/>.</summary>
    private static IEnumerable<SchemaNode> InPlace(SchemaNode n)
    {
        if (n.Ref is not null)
        {
            yield return n.Ref;
        }

        foreach (var s in n.AllOf)
        {
            yield return s;
        }

        foreach (var s in n.AnyOf)
        {
            yield return s;
        }

        foreach (var s in n.OneOf)
        {
            yield return s;
        }

        if (n.Not is not null)
        {
            yield return n.Not;
        }
    }

    private static void Collect(SchemaNode n, List<SchemaNode> all, HashSet<SchemaNode> seen)
    {
        var stack = new Stack<SchemaNode>();
        stack.Push(n);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (!seen.Add(x))
            {
                continue;
            }

            all.Add(x);
            foreach (var c in InPlace(x))
            {
                stack.Push(c);
            }

            foreach (var c in x.Properties?.Values ?? Enumerable.Empty<SchemaNode>())
            {
                stack.Push(c);
            }

            if (x.AdditionalProperties is not null)
            {
                stack.Push(x.AdditionalProperties);
            }

            if (x.Items is not null)
            {
                stack.Push(x.Items);
            }
        }
    }

    private static string Pointer(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unpointer(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static void Fill(SchemaNode node, JsonElement e, string path, List<SchemaNode> pending, bool isRoot)
    {
        node.Path = path;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            // draft-07 section 4.3.2: true accepts every value (like an empty schema), false accepts none.
            node.AlwaysFalse = e.ValueKind == JsonValueKind.False;
            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCompileException($"{path}: a schema must be an object or a boolean, not {e.ValueKind.ToString().ToLowerInvariant()}.");
        }

        foreach (var p in e.EnumerateObject())
        {
            if (Annotations.Contains(p.Name))
            {
                continue;
            }

            if (!Supported.Contains(p.Name))
            {
                throw new SchemaCompileException($"{path}/{Pointer(p.Name)}: the keyword '{p.Name}' is outside the supported subset (see docs/validation.md).");
            }

            if (p.Name == "definitions" && !isRoot)
            {
                throw new SchemaCompileException($"{path}/definitions: 'definitions' is only supported at the root.");
            }
        }

        node.Title = e.TryGetProperty("title", out var t) ? Str(t, "title", path + "/title") : null;
        node.Description = e.TryGetProperty("description", out var desc) ? Str(desc, "description", path + "/description") : null;

        if (e.TryGetProperty("$ref", out var r))
        {
            var text = Str(r, "$ref", path + "/$ref");
            if (text != "#" && (!text.StartsWith("#/definitions/", StringComparison.Ordinal) || text.IndexOf('/', "#/definitions/".Length) >= 0))
            {
                throw new SchemaCompileException($"{path}/$ref: only local '#' and '#/definitions/<name>' references are supported, not '{text}'.");
            }

            node.RefText = text;
            pending.Add(node);
            return;
        }

        if (e.TryGetProperty("type", out var type))
        {
            node.Types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Aggregate(JsonTypes.None, (acc, x) => acc | ParseType(Str(x, "type", path + "/type"), path + "/type"))
                : ParseType(Str(type, "type", path + "/type"), path + "/type");
        }

        if (e.TryGetProperty("properties", out var props))
        {
            var dict = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var p in Of(props, JsonValueKind.Object, "properties", path).EnumerateObject())
            {
                var child = new SchemaNode();
                Fill(child, p.Value, path + "/properties/" + Pointer(p.Name), pending, false);
                dict[p.Name] = child;
                names.Add(p.Name);
            }

            node.Properties = dict.ToFrozenDictionary(StringComparer.Ordinal);
            node.PropertyNames = names.ToImmutable();
        }

        if (e.TryGetProperty("required", out var req))
        {
            node.Required = [.. Of(req, JsonValueKind.Array, "required", path).EnumerateArray().Select(x => Str(x, "required", path + "/required"))];
        }

        if (e.TryGetProperty("additionalProperties", out var ap))
        {
            if (ap.ValueKind == JsonValueKind.False)
            {
                node.AdditionalPropertiesAllowed = false;
            }
            else if (ap.ValueKind == JsonValueKind.Object)
            {
                node.AdditionalProperties = new SchemaNode();
                Fill(node.AdditionalProperties, ap, path + "/additionalProperties", pending, false);
            }
            else if (ap.ValueKind != JsonValueKind.True)
            {
                throw new SchemaCompileException($"{path}/additionalProperties: 'additionalProperties' must be a schema (an object or a boolean), not {ap.ValueKind.ToString().ToLowerInvariant()}.");
            }
        }

        if ((node.Properties is not null || !node.AdditionalPropertiesAllowed || !node.Required.IsEmpty) && node.Types != JsonTypes.Object)
        {
            throw new SchemaCompileException($"{path}: 'properties', 'required' and 'additionalProperties' need \"type\": \"object\" beside them (NJsonSchema convention).");
        }

        if (e.TryGetProperty("enum", out var en))
        {
            if (node.Types != JsonTypes.String || Of(en, JsonValueKind.Array, "enum", path).EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                throw new SchemaCompileException($"{path}/enum: only string enums with \"type\": \"string\" are supported (NJsonSchema compares mixed enums as text).");
            }

            node.Enum = [.. en.EnumerateArray().Select(x => x.GetString()!)];
        }

        node.Minimum = Dec(e, "minimum", path);
        node.Maximum = Dec(e, "maximum", path);
        node.ExclusiveMinimum = Dec(e, "exclusiveMinimum", path);
        node.ExclusiveMaximum = Dec(e, "exclusiveMaximum", path);
        node.MultipleOf = Dec(e, "multipleOf", path);
        if (node.MultipleOf is <= 0)
        {
            throw new SchemaCompileException($"{path}/multipleOf: 'multipleOf' must be greater than 0 (draft-07 6.2.1), not {node.MultipleOf.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        node.MinLength = Int(e, "minLength", path);
        node.MaxLength = Int(e, "maxLength", path);
        node.MinItems = Int(e, "minItems", path);
        node.MaxItems = Int(e, "maxItems", path);

        if (e.TryGetProperty("pattern", out var pat))
        {
            var text = Str(pat, "pattern", path + "/pattern");
            if (!text.StartsWith('^') || !text.EndsWith('$') || text.EndsWith("\\$", StringComparison.Ordinal))
            {
                throw new SchemaCompileException($"{path}/pattern: patterns must be anchored (^...$): '{text}'.");
            }

            var dotNet = EcmaPattern.Translate(text, out var refusal);
            if (refusal is not null)
            {
                throw new SchemaCompileException(refusal.StartsWith("syntax: ", StringComparison.Ordinal)
                    ? $"{path}/pattern: the pattern '{text}' is not a valid regular expression: {refusal["syntax: ".Length..]}."
                    : $"{path}/pattern: the pattern '{text}' is outside the supported ECMA-262 subset: {refusal}.");
            }

            try
            {
                _ = new Regex(dotNet, RegexOptions.CultureInvariant); // syntax check now; the matcher is built on first use
            }
            catch (ArgumentException ex)
            {
                throw new SchemaCompileException($"{path}/pattern: the pattern '{text}' is not a valid regular expression: {ex.Message}");
            }

            node.SetPattern(text, dotNet);
        }

        if (e.TryGetProperty("format", out var fmt))
        {
            node.Format = Str(fmt, "format", path + "/format");
            if (node.Format != "date")
            {
                throw new SchemaCompileException($"{path}/format: only format 'date' is supported (NJsonSchema does not check other formats correctly).");
            }
        }

        if (e.TryGetProperty("items", out var items))
        {
            if (items.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                throw new SchemaCompileException($"{path}/items: 'items' must be a single schema (tuple forms are not supported).");
            }

            node.Items = new SchemaNode();
            Fill(node.Items, items, path + "/items", pending, false);
        }

        node.AllOf = List(e, "allOf", path, pending);
        node.AnyOf = List(e, "anyOf", path, pending);
        node.OneOf = List(e, "oneOf", path, pending);
        if (e.TryGetProperty("not", out var not))
        {
            node.Not = new SchemaNode();
            Fill(node.Not, not, path + "/not", pending, false);
        }
    }

    private static ImmutableArray<SchemaNode> List(JsonElement e, string name, string path, List<SchemaNode> pending)
    {
        if (!e.TryGetProperty(name, out var arr))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<SchemaNode>();
        var i = 0;
        foreach (var x in Of(arr, JsonValueKind.Array, name, path).EnumerateArray())
        {
            var child = new SchemaNode();
            Fill(child, x, path + "/" + name + "/" + i.ToString(CultureInfo.InvariantCulture), pending, false);
            builder.Add(child);
            i++;
        }

        if (builder.Count == 0)
        {
            throw new SchemaCompileException($"{path}/{name}: '{name}' must be a non-empty array (draft-07 6.7).");
        }

        return builder.ToImmutable();
    }

    private static JsonTypes ParseType(string? name, string path) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "integer" => JsonTypes.Integer,
        "number" => JsonTypes.Number | JsonTypes.Integer,
        "string" => JsonTypes.String,
        "array" => JsonTypes.Array,
        "object" => JsonTypes.Object,
        _ => throw new SchemaCompileException($"{path}: unknown type '{name}'."),
    };

    private static decimal? Dec(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            throw new SchemaCompileException($"{path}/{name}: '{name}' must be a number (draft-07 numeric form), not {v.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return v.TryGetDecimal(out var d) ? d : throw new SchemaCompileException($"{path}/{name}: '{name}' is out of range (the engine supports about ±7.9e28): {Clip(v.GetRawText())}.");
    }

    /// <summary>A non-negative integer keyword; draft-07 allows the integer written as a number with a zero fraction (2.0).</summary>
    private static int? Int(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && d >= 0 && d == decimal.Truncate(d) && d <= int.MaxValue
            ? (int)d
            : throw new SchemaCompileException($"{path}/{name}: '{name}' must be a non-negative integer (at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)}), not {Clip(v.GetRawText())}.");
    }

    private static string Clip(string s) => s.Length > 40 ? s[..37] + "..." : s;

    private static string Str(JsonElement v, string name, string path) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new SchemaCompileException($"{path}: '{name}' must be a string, not {v.ValueKind.ToString().ToLowerInvariant()}.");

    private static JsonElement Of(JsonElement v, JsonValueKind kind, string name, string path) =>
        v.ValueKind == kind ? v : throw new SchemaCompileException($"{path}/{name}: '{name}' must be {(kind == JsonValueKind.Array ? "an array" : "an object")}, not {v.ValueKind.ToString().ToLowerInvariant()}.");
}
