using System.Reflection;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators.CatalogueCompiler;

/// <summary>What both compiled forms agree on: how a model record is built, and that a unit survives its text.</summary>
internal static class ModelShape
{
    /// <summary>The constructor (the primary one: the most parameters, not the copy constructor) and the init properties it leaves.</summary>
    public static (ConstructorInfo Constructor, List<PropertyInfo> Inits) Of(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        var names = new HashSet<string>(constructor.GetParameters().Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in constructor.GetParameters())
        {
            if (!properties.Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new NotSupportedException($"{type}: the constructor parameter '{parameter.Name}' has no property of its name");
            }
        }

        return (constructor, [.. properties.Where(p => !names.Contains(p.Name) && p.SetMethod is { IsPublic: true })]);
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
