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

    public static SchemaNode Compile(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Compile(doc.RootElement);
    }

    public static SchemaNode Compile(JsonElement root)
    {
        var definitions = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        var pending = new List<SchemaNode>();
        if (root.TryGetProperty("definitions", out var defs))
        {
            if (defs.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaCompileException("'definitions' must be an object.");
            }

            foreach (var d in defs.EnumerateObject())
            {
                definitions[d.Name] = new SchemaNode();
            }

            foreach (var d in defs.EnumerateObject())
            {
                Fill(definitions[d.Name], d.Value, "#/definitions/" + d.Name, definitions, pending, isRoot: false);
            }
        }

        var node = new SchemaNode();
        Fill(node, root, "#", definitions, pending, isRoot: true);
        foreach (var p in pending)
        {
            var name = p.RefText!["#/definitions/".Length..];
            p.Ref = definitions.TryGetValue(name, out var target)
                ? target
                : throw new SchemaCompileException($"'$ref' points at '{p.RefText}', which is not defined.");
        }

        return node;
    }

    private static void Fill(SchemaNode node, JsonElement e, string path, Dictionary<string, SchemaNode> defs, List<SchemaNode> pending, bool isRoot)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaCompileException($"{path}: boolean schemas are not supported (NJsonSchema cannot load them); write an object.");
        }

        foreach (var p in e.EnumerateObject())
        {
            if (Annotations.Contains(p.Name))
            {
                continue;
            }

            if (!Supported.Contains(p.Name))
            {
                throw new SchemaCompileException($"{path}: the keyword '{p.Name}' is outside the supported subset (see reference/dependencies.md).");
            }

            if (p.Name == "definitions" && !isRoot)
            {
                throw new SchemaCompileException($"{path}: 'definitions' is only supported at the root.");
            }
        }

        node.Title = e.TryGetProperty("title", out var t) ? Str(t, "title", path) : null;
        node.Description = e.TryGetProperty("description", out var desc) ? Str(desc, "description", path) : null;

        if (e.TryGetProperty("$ref", out var r))
        {
            var text = Str(r, "$ref", path);
            if (!text.StartsWith("#/definitions/", StringComparison.Ordinal) || text.IndexOf('/', "#/definitions/".Length) >= 0)
            {
                throw new SchemaCompileException($"{path}: only local '#/definitions/<name>' references are supported, not '{text}'.");
            }

            node.RefText = text;
            pending.Add(node);
            return;
        }

        if (e.TryGetProperty("type", out var type))
        {
            node.Types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Aggregate(JsonTypes.None, (acc, x) => acc | ParseType(Str(x, "type", path), path))
                : ParseType(Str(type, "type", path), path);
        }

        if (e.TryGetProperty("properties", out var props))
        {
            var dict = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var p in Of(props, JsonValueKind.Object, "properties", path).EnumerateObject())
            {
                var child = new SchemaNode();
                Fill(child, p.Value, path + "/properties/" + p.Name, defs, pending, false);
                dict[p.Name] = child;
                names.Add(p.Name);
            }

            node.Properties = dict.ToFrozenDictionary(StringComparer.Ordinal);
            node.PropertyNames = names.ToImmutable();
        }

        if (e.TryGetProperty("required", out var req))
        {
            node.Required = [.. Of(req, JsonValueKind.Array, "required", path).EnumerateArray().Select(x => Str(x, "required", path))];
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
                Fill(node.AdditionalProperties, ap, path + "/additionalProperties", defs, pending, false);
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
                throw new SchemaCompileException($"{path}: only string enums with \"type\": \"string\" are supported (NJsonSchema compares mixed enums as text).");
            }

            node.Enum = [.. en.EnumerateArray().Select(x => x.GetString()!)];
        }

        node.Minimum = Dec(e, "minimum", path);
        node.Maximum = Dec(e, "maximum", path);
        node.ExclusiveMinimum = Dec(e, "exclusiveMinimum", path);
        node.ExclusiveMaximum = Dec(e, "exclusiveMaximum", path);
        node.MultipleOf = Dec(e, "multipleOf", path);
        node.MinLength = Int(e, "minLength", path);
        node.MaxLength = Int(e, "maxLength", path);
        node.MinItems = Int(e, "minItems", path);
        node.MaxItems = Int(e, "maxItems", path);

        if (e.TryGetProperty("pattern", out var pat))
        {
            var text = Str(pat, "pattern", path);
            if (!text.StartsWith('^') || !text.EndsWith('$') || text.Contains("\\d", StringComparison.Ordinal) || text.Contains("\\p", StringComparison.Ordinal) || text.Contains("\\w", StringComparison.Ordinal))
            {
                throw new SchemaCompileException($"{path}: patterns must be anchored (^...$) and use explicit ASCII classes, not \\d, \\w or \\p{{}}: '{text}'.");
            }

            try
            {
                _ = new Regex(text, RegexOptions.CultureInvariant); // syntax check now; the matcher is built on first use
            }
            catch (ArgumentException ex)
            {
                throw new SchemaCompileException($"{path}: the pattern '{text}' is not a valid regular expression: {ex.Message}");
            }

            node.PatternText = text;
        }

        if (e.TryGetProperty("format", out var fmt))
        {
            node.Format = Str(fmt, "format", path);
            if (node.Format != "date")
            {
                throw new SchemaCompileException($"{path}: only format 'date' is supported (NJsonSchema does not check other formats correctly).");
            }
        }

        if (e.TryGetProperty("items", out var items))
        {
            if (items.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaCompileException($"{path}: 'items' must be a single schema (tuple forms are not supported).");
            }

            node.Items = new SchemaNode();
            Fill(node.Items, items, path + "/items", defs, pending, false);
        }

        node.AllOf = List(e, "allOf", path, defs, pending);
        node.AnyOf = List(e, "anyOf", path, defs, pending);
        node.OneOf = List(e, "oneOf", path, defs, pending);
        if (e.TryGetProperty("not", out var not))
        {
            node.Not = new SchemaNode();
            Fill(node.Not, not, path + "/not", defs, pending, false);
        }
    }

    private static ImmutableArray<SchemaNode> List(JsonElement e, string name, string path, Dictionary<string, SchemaNode> defs, List<SchemaNode> pending)
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
            Fill(child, x, path + "/" + name + "/" + i.ToString(CultureInfo.InvariantCulture), defs, pending, false);
            builder.Add(child);
            i++;
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
            throw new SchemaCompileException($"{path}: '{name}' must be a number (draft-07 numeric form).");
        }

        return v.TryGetDecimal(out var d) ? d : throw new SchemaCompileException($"{path}: '{name}' is out of range: {v.GetRawText()}.");
    }

    private static int? Int(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new SchemaCompileException($"{path}: '{name}' must be a non-negative integer, not {v.GetRawText()}.");
    }

    private static string Str(JsonElement v, string name, string path) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new SchemaCompileException($"{path}: '{name}' must be a string, not {v.ValueKind.ToString().ToLowerInvariant()}.");

    private static JsonElement Of(JsonElement v, JsonValueKind kind, string name, string path) =>
        v.ValueKind == kind ? v : throw new SchemaCompileException($"{path}: '{name}' must be {(kind == JsonValueKind.Array ? "an array" : "an object")}, not {v.ValueKind.ToString().ToLowerInvariant()}.");
}
