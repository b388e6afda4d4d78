using System.Reflection;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.CatalogueCompiler;

/// <summary>What both compiled forms agree on: how a model record is built, and that a unit survives its text.</summary>
internal static class ModelShape
{
    private static readonly Dictionary<Type, (ConstructorInfo, List<PropertyInfo>, List<PropertyInfo>)> Shapes = [];

    /// <summary>
    /// The constructor (the primary one: the most parameters, not the copy constructor), the property behind each of
    /// its parameters, in order, and the init properties it leaves. Worked out once per type.
    /// </summary>
    public static (ConstructorInfo Constructor, List<PropertyInfo> Arguments, List<PropertyInfo> Inits) Of(Type type)
    {
        if (Shapes.TryGetValue(type, out var known))
        {
            return known;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        var arguments = constructor.GetParameters()
            .Select(parameter => properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new NotSupportedException($"{type}: the constructor parameter '{parameter.Name}' has no property of its name"))
            .ToList();
        var shape = (constructor, arguments, properties.Where(p => !arguments.Contains(p) && p.SetMethod is { IsPublic: true }).ToList());
        Shapes[type] = shape;
        return shape;
    }

    /// <summary>The compiled catalogue parses each unit's text with the default registry: it must come out the same.</summary>
    public static void EnsureRoundTrips(UnitRegistry registry, Unit unit)
    {
        var again = registry.Parse(unit.Text);
        if (!again.Equals(unit) || !string.Equals(again.Text, unit.Text, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"the unit '{unit.Text}' does not parse back to itself");
        }
    }
}

/// <summary>Texts numbered in the order first seen (the string and unit tables of both compiled forms).</summary>
internal sealed class TextTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public List<string> Items { get; } = [];

    /// <summary>The text's number, adding it (after <paramref name="check"/>, when given) if it is new.</summary>
    public int Add(string text, Action? check = null)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            check?.Invoke();
            index = Items.Count;
            Items.Add(text);
            _index[text] = index;
        }

        return index;
    }

    public int this[string text] => _index[text];
}
