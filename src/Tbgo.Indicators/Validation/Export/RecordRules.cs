using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>The rule for one field of a measurement record, taken from the compiled record schema.</summary>
internal sealed class FieldRule
{
    public required int Index { get; init; }

    public required string Name { get; init; }

    public required byte[] Utf8Name { get; init; }

    public required JsonTypes Types { get; init; }

    public required bool Required { get; init; }

    public ImmutableArray<string> Enum { get; init; }

    public Regex? Pattern { get; init; }

    /// <summary>The pattern as the schema writes it (ECMA-262), for messages.</summary>
    public string? PatternText { get; init; }

    public string? Title { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The inclusive minimum of a number field (<c>minimum</c>), or <see langword="null"/>.</summary>
    public double? Minimum { get; init; }
}

/// <summary>One alternative of the record's <c>anyOf</c>: type constraints on some fields plus required fields.</summary>
internal sealed class RecordAlternative
{
    public required string Title { get; init; }

    public required ImmutableArray<(int Field, JsonTypes Types)> TypeConstraints { get; init; }

    public required ImmutableArray<int> Required { get; init; }
}

/// <summary>
/// The streaming validator's rule table, derived from <c>schemas/measurement-record.schema.json</c> by
/// compiling it with <see cref="SchemaCompiler"/>: field names, required set, types, enums, patterns,
/// maximum lengths and the <c>anyOf</c> alternatives. The schema is the single source of these rules;
/// a schema change the table cannot express is a startup error, not a silent difference.
/// </summary>
internal sealed class RecordRules
{
    public const string RecordSchemaName = "measurement-record.schema.json";
    public const string ExportSchemaName = "measurement-export.schema.json";

    private static readonly Lazy<RecordRules> DefaultLazy = new(() => FromSchema(EmbeddedData.ReadSchema(RecordSchemaName)));

    private RecordRules(ImmutableArray<FieldRule> fields, ImmutableArray<RecordAlternative> alternatives)
    {
        Fields = fields;
        Alternatives = alternatives;
        Project = IndexOf("project");
        Object = IndexOf("object");
        Indicator = IndexOf("indicator");
        Scale = IndexOf("scale");
        Phase = IndexOf("phase");
        Value = IndexOf("value");
        Unit = IndexOf("unit");
        Period = IndexOf("period");
        Method = IndexOf("method");
        Source = IndexOf("source");
        BuildingType = Find("buildingType".AsSpan()); // -1 in a record schema before exchange format 1.2
    }

    public static RecordRules Default => DefaultLazy.Value;

    public ImmutableArray<FieldRule> Fields { get; }

    public ImmutableArray<RecordAlternative> Alternatives { get; }

    public int Project { get; }

    public int Object { get; }

    public int Indicator { get; }

    public int Scale { get; }

    public int Phase { get; }

    public int Value { get; }

    public int Unit { get; }

    public int Period { get; }

    public int Method { get; }

    public int Source { get; }

    /// <summary>The index of <c>buildingType</c>, or -1 when the record schema has none.</summary>
    public int BuildingType { get; }

    public IEnumerable<string> Names => Fields.Select(f => f.Name);

    /// <summary>The field with this UTF-8 name, or -1; <paramref name="guess"/> is tried first (fields usually come in schema order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    public int Find(ReadOnlySpan<byte> utf8Name, int guess)
    {
        var fields = Fields;
        if ((uint)guess < (uint)fields.Length && utf8Name.SequenceEqual(fields[guess].Utf8Name))
        {
            return guess;
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (utf8Name.SequenceEqual(fields[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The field with this name, or -1.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (name.SequenceEqual(Fields[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    public static RecordRules FromSchema(string json)
    {
        var root = SchemaCompiler.Compile(json);
        if (root.Types != JsonTypes.Object || root.Properties is null || root.AdditionalPropertiesAllowed || root.AdditionalProperties is not null)
        {
            throw new SchemaCompileException("The record schema must be a closed object (type object, properties, additionalProperties false).");
        }

        if (!root.AllOf.IsEmpty || !root.OneOf.IsEmpty || root.Not is not null)
        {
            throw new SchemaCompileException("The record schema may combine alternatives only with 'anyOf'.");
        }

        var fields = ImmutableArray.CreateBuilder<FieldRule>();
        foreach (var name in root.PropertyNames)
        {
            var p = Resolve(root.Properties[name]);
            if ((p.Types & (JsonTypes.Object | JsonTypes.Array)) != 0 || p.Properties is not null || p.Items is not null || !p.AnyOf.IsEmpty || !p.AllOf.IsEmpty || !p.OneOf.IsEmpty || p.Not is not null
                || (p.Minimum is not null && (p.Types & ~(JsonTypes.Number | JsonTypes.Integer)) != 0) || p.Maximum is not null || p.ExclusiveMinimum is not null || p.ExclusiveMaximum is not null || p.MultipleOf is not null || p.MinLength is not null || p.Format is not null
                || p.AlwaysFalse)
            {
                throw new SchemaCompileException($"The record field '{name}' uses a rule the streaming validator does not execute; extend RecordRules first.");
            }

            fields.Add(new FieldRule
            {
                Index = fields.Count,
                Name = name,
                Utf8Name = Encoding.UTF8.GetBytes(name),
                Types = p.Types,
                Required = root.Required.Contains(name),
                Enum = p.Enum ?? [],
                Pattern = p.Pattern,
                PatternText = p.PatternText,
                Title = p.Title,
                MaxLength = p.MaxLength,
                Minimum = p.Minimum is { } min ? (double)min : null,
            });
        }

        var names = root.PropertyNames;
        var alternatives = ImmutableArray.CreateBuilder<RecordAlternative>();
        foreach (var alt in root.AnyOf.Select(Resolve))
        {
            if (alt.AlwaysFalse || alt.Types != JsonTypes.Object || !alt.AnyOf.IsEmpty || !alt.AllOf.IsEmpty || !alt.OneOf.IsEmpty || alt.Not is not null || !alt.AdditionalPropertiesAllowed)
            {
                throw new SchemaCompileException("Each 'anyOf' alternative of the record schema is an object schema with 'properties' (types only) and 'required'.");
            }

            var constraints = ImmutableArray.CreateBuilder<(int, JsonTypes)>();
            foreach (var (name, sub) in alt.Properties ?? System.Collections.Frozen.FrozenDictionary<string, SchemaNode>.Empty)
            {
                var index = names.IndexOf(name);
                var s = Resolve(sub);
                if (index < 0 || s.AlwaysFalse || s.Enum is not null || s.Pattern is not null || s.MaxLength is not null)
                {
                    throw new SchemaCompileException($"The 'anyOf' alternative '{alt.Title}' constrains '{name}' beyond its type.");
                }

                constraints.Add((index, s.Types));
            }

            alternatives.Add(new RecordAlternative
            {
                Title = alt.Title ?? "form " + (alternatives.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                TypeConstraints = constraints.ToImmutable(),
                Required = [.. alt.Required.Select(r => names.IndexOf(r) is var i and >= 0 ? i : throw new SchemaCompileException($"'anyOf' requires the unknown field '{r}'."))],
            });
        }

        return new RecordRules(fields.ToImmutable(), alternatives.ToImmutable());
    }

    private static SchemaNode Resolve(SchemaNode s)
    {
        while (s.Ref is not null)
        {
            s = s.Ref;
        }

        return s;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        throw new SchemaCompileException($"The record schema has no field '{name}', which the exchange format requires.");
    }
}
