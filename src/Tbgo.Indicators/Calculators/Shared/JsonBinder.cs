using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;
using Tbgo.Indicators.Validation.Schema;

namespace Tbgo.Indicators.Calculators;

/// <summary>
/// Reads a calculator's JSON input: strict parsing (no comments, no trailing commas, no duplicate keys,
/// limited depth), validation against the embedded schema <c>schemas/calculators/&lt;name&gt;.input.schema.json</c>
/// (TBGO2xxx with JSON pointers), then binding to the typed input with unit parsing (TBGO4xxx). The calculator's own checks
/// (TBGO6xxx, same pointers) run in <c>Calculate</c>, which throws <see cref="CalculationException"/>. Binding runs only on schema-valid input, so it may trust the shape.
/// </summary>
internal sealed class JsonBinder
{
    public const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<string, SchemaNode> Schemas = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly string? _file;

    private JsonBinder(Catalogue catalogue, string? file)
    {
        Catalogue = catalogue;
        _file = file;
    }

    public Catalogue Catalogue { get; }

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public static SchemaNode InputSchema(string calculator) =>
        Schemas.GetOrAdd(calculator, name => SchemaCompiler.Compile(EmbeddedData.ReadSchema($"calculators/{name}.input.schema.json")));

    /// <summary>Parses, validates, binds and checks one input document.</summary>
    public static CalculatorInputResult<T> Read<T>(ReadOnlySpan<byte> utf8, string calculator, Catalogue catalogue, string? file, Func<JsonBinder, JsonElement, T> bind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var binder = new JsonBinder(catalogue, file);
        if (!StrictJson.TryParse(utf8, out var document, out var reason, out var pointer))
        {
            binder.Error(DiagnosticDescriptors.InvalidCalculatorJson, pointer, reason);
            return new CalculatorInputResult<T>(null, [.. binder._diagnostics]);
        }

        using (document)
        {
            var root = document.RootElement;
            foreach (var e in SchemaValidator.Validate(InputSchema(calculator), new JsonInstance(root, string.Empty)))
            {
                binder._diagnostics.Add(e.ToDiagnostic(file));
            }

            if (binder.HasErrors)
            {
                return new CalculatorInputResult<T>(null, [.. binder._diagnostics]);
            }

            var input = bind(binder, root);
            return new CalculatorInputResult<T>(binder.HasErrors ? null : input, [.. binder._diagnostics]);
        }
    }

    public void Error(DiagnosticDescriptor descriptor, string pointer, params ReadOnlySpan<object?> args) =>
        _diagnostics.Add(descriptor.Create(SourceLocation.InFile(_file, pointer: pointer.Length == 0 ? "/" : pointer), args));

    public static string Child(string pointer, string name) => pointer + "/" + JsonInstance.Escape(name);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quantity object <c>{"value": 12.5, "unit": "kg CO2-eq"}</c>.</summary>
    public Quantity Quantity(JsonElement e, string pointer)
    {
        var value = Number(e.GetProperty("value"), Child(pointer, "value"));
        var text = e.GetProperty("unit").GetString()!;
        if (!Catalogue.Units.TryParse(text, out var unit, out var error))
        {
            Error(DiagnosticDescriptors.InvalidUnit, Child(pointer, "unit"), text, error);
            return new Quantity(value, Catalogue.Units.One);
        }

        return new Quantity(value, unit);
    }

    public Quantity Quantity(JsonElement parent, string name, string pointer) => Quantity(parent.GetProperty(name), Child(pointer, name));

    public Quantity? OptQuantity(JsonElement parent, string name, string pointer) =>
        parent.TryGetProperty(name, out var e) ? Quantity(e, Child(pointer, name)) : null;

    /// <summary>A unit given as text.</summary>
    public Unit Unit(JsonElement parent, string name, string pointer)
    {
        var text = parent.GetProperty(name).GetString()!;
        if (Catalogue.Units.TryParse(text, out var unit, out var error))
        {
            return unit;
        }

        Error(DiagnosticDescriptors.InvalidUnit, Child(pointer, name), text, error);
        return Catalogue.Units.One;
    }

    public double Number(JsonElement e, string pointer)
    {
        if (e.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        Error(DiagnosticDescriptors.InvalidNumber, pointer, e.GetRawText());
        return 0;
    }

    public double? OptNumber(JsonElement parent, string name, string pointer) =>
        parent.TryGetProperty(name, out var e) ? Number(e, Child(pointer, name)) : null;

    public static string Str(JsonElement parent, string name) => parent.GetProperty(name).GetString()!;

    public static string? OptStr(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) ? e.GetString() : null;

    public static bool? OptBool(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) ? e.GetBoolean() : null;

    public static int Int(JsonElement parent, string name) => parent.GetProperty(name).GetInt32();

    public static int? OptInt(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) ? e.GetInt32() : null;

    /// <summary>A date <c>YYYY-MM-DD</c> (the schema has checked the format and the calendar).</summary>
    public static DateOnly Date(JsonElement parent, string name) =>
        DateOnly.ParseExact(parent.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptDate(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out _) ? Date(parent, name) : null;

    public ImmutableArray<T> List<T>(JsonElement parent, string name, string pointer, Func<JsonElement, string, T> item)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return [];
        }

        var listPointer = Child(pointer, name);
        var builder = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            builder.Add(item(e, Child(listPointer, i)));
            i++;
        }

        return builder.MoveToImmutable();
    }

    /// <summary>A limit scope object <c>{"scale": ..., "buildingType": ..., "variant": ...}</c>.</summary>
    public LimitScope Scope(JsonElement parent, string name, string pointer)
    {
        if (!parent.TryGetProperty(name, out var e))
        {
            return LimitScope.Any;
        }

        Scale? scale = null;
        if (OptStr(e, "scale") is { } s && Codes.TryParse(s, out Scale parsed))
        {
            scale = parsed; // the schema admits only the scale codes
        }

        var buildingType = OptStr(e, "buildingType");
        if (buildingType is not null && Catalogue.FindBuildingType(buildingType) is null)
        {
            Error(DiagnosticDescriptors.UnknownCalculatorReference, Child(Child(pointer, name), "buildingType"), "building type", buildingType, Catalogue.Info.Label);
        }

        return new LimitScope(scale, buildingType, OptStr(e, "variant"));
    }
}
