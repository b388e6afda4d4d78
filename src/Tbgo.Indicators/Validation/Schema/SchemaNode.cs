using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>JSON types a schema admits, as flags.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    String = 16,
    Array = 32,
    Object = 64,
    Any = Null | Boolean | Integer | Number | String | Array | Object,
}

/// <summary>One compiled schema (or subschema) of the supported draft-07 subset.</summary>
internal sealed class SchemaNode
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The admitted types; <see cref="JsonTypes.Any"/> when the schema says nothing.</summary>
    public JsonTypes Types { get; set; } = JsonTypes.Any;

    public FrozenDictionary<string, SchemaNode>? Properties { get; set; }

    public ImmutableArray<string> PropertyNames { get; set; } = [];

    public ImmutableArray<string> Required { get; set; } = [];

    public bool AdditionalPropertiesAllowed { get; set; } = true;

    public SchemaNode? AdditionalProperties { get; set; }

    public ImmutableArray<string>? Enum { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public decimal? ExclusiveMinimum { get; set; }

    public decimal? ExclusiveMaximum { get; set; }

    public decimal? MultipleOf { get; set; }

    private Lazy<Regex>? _pattern;

    /// <summary>
    /// The compiled pattern, built on first use. NonBacktracking matches in linear time whatever the input,
    /// so a hostile value cannot make validation hang; building it is costly, so unused patterns are never built.
    /// The compiler has already refused every construct NonBacktracking cannot run (<see cref="EcmaPattern"/>).
    /// </summary>
    public Regex? Pattern => _pattern?.Value;

    /// <summary>The pattern as the schema writes it (ECMA-262), for messages.</summary>
    public string? PatternText { get; private set; }

    /// <summary>The .NET translation of <see cref="PatternText"/> with its ECMA-262 meaning.</summary>
    public string? PatternDotNet { get; private set; }

    public void SetPattern(string ecma, string dotNet)
    {
        PatternText = ecma;
        PatternDotNet = dotNet;
        _pattern = new Lazy<Regex>(() => new Regex(dotNet, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
    }

    /// <summary>The boolean schema <c>false</c>: no value is valid.</summary>
    public bool AlwaysFalse { get; set; }

    /// <summary>The JSON pointer of this schema in its document (compile-time messages only).</summary>
    public string Path { get; set; } = "#";

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public SchemaNode? Items { get; set; }

    public ImmutableArray<SchemaNode> AllOf { get; set; } = [];

    public ImmutableArray<SchemaNode> AnyOf { get; set; } = [];

    public ImmutableArray<SchemaNode> OneOf { get; set; } = [];

    public SchemaNode? Not { get; set; }

    public string? Format { get; set; }

    /// <summary>The target of a <c>$ref</c>, resolved after compilation; other keywords beside it are ignored, as draft-07 says.</summary>
    public SchemaNode? Ref { get; set; }

    public string? RefText { get; set; }
}
