using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Loading.Yaml;

namespace Tbgo.Indicators.Validation.Schema;

/// <summary>The JSON kind of an instance value.</summary>
internal enum InstanceKind
{
    Null,
    Boolean,
    Integer,
    Number,
    NonFiniteNumber,
    String,
    Array,
    Object,
}

/// <summary>A read-only view of a JSON-like value (from YAML or JSON) for schema validation.</summary>
internal abstract class InstanceNode
{
    public abstract InstanceKind Kind { get; }

    /// <summary>The scalar's text as written (numbers keep their digits).</summary>
    public abstract string Text { get; }

    public abstract string Pointer { get; }

    public abstract int Line { get; }

    public abstract int Column { get; }

    /// <summary>True for a YAML flow mapping (<c>{ ... }</c>), where a comma in unquoted text splits entries.</summary>
    public virtual bool IsFlowMapping => false;

    public abstract IEnumerable<KeyValuePair<string, InstanceNode>> Properties { get; }

    public abstract IReadOnlyList<InstanceNode> Items { get; }

    /// <summary>Where the key of a property is written, for diagnostics about the key itself.</summary>
    public virtual (int Line, int Column) KeyPosition(string key) => (Line, Column);
}

/// <summary>A YAML node as an instance; scalars resolve by the YAML 1.2 core schema.</summary>
internal sealed class YamlInstance(YNode node) : InstanceNode
{
    public override InstanceKind Kind => node switch
    {
        YMapping => InstanceKind.Object,
        YSequence => InstanceKind.Array,
        YScalar s => s.Kind switch
        {
            ScalarKind.Null => InstanceKind.Null,
            ScalarKind.Boolean => InstanceKind.Boolean,
            ScalarKind.Integer => InstanceKind.Integer,
            ScalarKind.Float => JsonInstance.IsIntegral(s.Value) ? InstanceKind.Integer : InstanceKind.Number,
            ScalarKind.NonFinite => InstanceKind.NonFiniteNumber,
            _ => InstanceKind.String,
        },
        _ => InstanceKind.Null,
    };

    public override string Text => node is YScalar s ? s.Value : string.Empty;

    public override string Pointer => node.Pointer;

    public override int Line => node.Line;

    public override int Column => node.Column;

    public override bool IsFlowMapping => node is YMapping { IsFlow: true };

    public override IEnumerable<KeyValuePair<string, InstanceNode>> Properties =>
        node is YMapping m ? m.Entries.Select(e => new KeyValuePair<string, InstanceNode>(e.Key.Value, new YamlInstance(e.Value))) : [];

    public override IReadOnlyList<InstanceNode> Items =>
        node is YSequence s ? s.Items.Select(i => (InstanceNode)new YamlInstance(i)).ToList() : [];

    public override (int Line, int Column) KeyPosition(string key) =>
        node is YMapping m && m.KeyNode(key) is { } k ? (k.Line, k.Column) : (Line, Column);
}

/// <summary>A System.Text.Json element as an instance (no line information; located by JSON pointer).</summary>
internal sealed class JsonInstance(JsonElement element, string pointer) : InstanceNode
{
    public override InstanceKind Kind => element.ValueKind switch
    {
        JsonValueKind.Object => InstanceKind.Object,
        JsonValueKind.Array => InstanceKind.Array,
        JsonValueKind.String => InstanceKind.String,
        JsonValueKind.True or JsonValueKind.False => InstanceKind.Boolean,
        JsonValueKind.Number => IsInteger(element.GetRawText()) ? InstanceKind.Integer : InstanceKind.Number,
        _ => InstanceKind.Null,
    };

    public override string Text => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => string.Empty,
    };

    public override string Pointer => pointer;

    public override int Line => 0;

    public override int Column => 0;

    public override IEnumerable<KeyValuePair<string, InstanceNode>> Properties =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Select(p => new KeyValuePair<string, InstanceNode>(p.Name, new JsonInstance(p.Value, pointer + "/" + Escape(p.Name))))
            : [];

    public override IReadOnlyList<InstanceNode> Items =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select((x, i) => (InstanceNode)new JsonInstance(x, pointer + "/" + i.ToString(CultureInfo.InvariantCulture))).ToList()
            : [];

    internal static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static bool IsInteger(string raw) =>
        (!raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.Ordinal) && !raw.Contains('E', StringComparison.Ordinal)) || IsIntegral(raw);

    /// <summary>
    /// True when a number written with a fraction or exponent has an integer value (<c>1.0</c>, <c>1e3</c>):
    /// draft-07 6.1.1 counts it as an integer, whatever its spelling.
    /// </summary>
    internal static bool IsIntegral(string number)
    {
        if (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d == decimal.Truncate(d);
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && Math.Floor(x) == x;
    }
}
