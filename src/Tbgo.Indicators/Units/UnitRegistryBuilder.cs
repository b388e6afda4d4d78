namespace Tbgo.Indicators.Units;

/// <summary>
/// Builds a <see cref="UnitRegistry"/> from definitions in order: axes, then units (each defined as
/// a base unit of an axis or in terms of units defined before it), qualifiers and quantities.
/// Used by the generated default registry and by the loader of <c>units.yaml</c>, so both resolve
/// definitions the same way.
/// </summary>
internal sealed class UnitRegistryBuilder
{
    private readonly List<DimensionAxis> _axes = [];
    private readonly Dictionary<string, DimensionAxis> _axisById = new(StringComparer.Ordinal);
    private readonly List<NamedUnit> _units = [];
    private readonly List<UnitQualifier> _qualifiers = [];
    private readonly List<(string Id, UnitName Name, string Unit)> _quantities = [];
    private readonly HashSet<string> _quantityIds = new(StringComparer.Ordinal);
    private readonly UnitSymbolTable _table = new();

    /// <summary>Where the definitions as a whole come from, as one line of text, or null.</summary>
    public string? Source { get; set; }

    /// <summary>Adds an axis of the dimension vector.</summary>
    /// <exception cref="UnitDefinitionException">The id is taken or there is no room for another axis.</exception>
    public DimensionAxis AddAxis(string id, string symbol, AxisKind kind, UnitName name)
    {
        if (_axisById.ContainsKey(id))
        {
            throw new UnitDefinitionException($"The dimension '{id}' is defined twice.");
        }

        if (_axes.Count >= Dimension.MaxAxes)
        {
            throw new UnitDefinitionException($"No more than {Dimension.MaxAxes} dimensions fit the dimension vector.");
        }

        var axis = new DimensionAxis(_axes.Count, id, symbol, kind, name);
        _axes.Add(axis);
        _axisById.Add(id, axis);
        return axis;
    }

    /// <summary>Adds a named unit: <paramref name="definition"/> is <c>base &lt;axis&gt;</c>, a number, a unit expression, or a number and a unit expression (<c>365.25 d</c>).</summary>
    /// <exception cref="UnitDefinitionException">The definition cannot be resolved or a spelling is taken.</exception>
    public NamedUnit AddUnit(string symbol, IReadOnlyList<string> aliases, UnitName name, string definition, string? source)
    {
        Dimension dimension;
        Rational factor;
        var def = definition.Trim();
        if (def.StartsWith("base ", StringComparison.Ordinal))
        {
            var axisId = def[5..].Trim();
            if (!_axisById.TryGetValue(axisId, out var axis))
            {
                throw new UnitDefinitionException($"The unit '{symbol}' is the base of dimension '{axisId}', which is not defined.");
            }

            if (axis.Kind == AxisKind.Qualifier)
            {
                throw new UnitDefinitionException($"The unit '{symbol}' cannot be the base of the qualifier dimension '{axisId}'.");
            }

            dimension = Dimension.OfAxis(axis.Index);
            factor = Rational.One;
        }
        else
        {
            (dimension, factor) = Resolve(symbol, def);
        }

        if (factor <= Rational.Zero)
        {
            throw new UnitDefinitionException($"The unit '{symbol}' must have a positive size.");
        }

        var unit = new NamedUnit(symbol, [.. aliases], name, dimension, factor, def, source);
        Register(symbol, aliases, s => _table.Add(s, unit));
        _units.Add(unit);
        return unit;
    }

    /// <summary>Adds an equivalence qualifier on its own axis.</summary>
    /// <exception cref="UnitDefinitionException">The axis is unknown or not a qualifier axis, or a spelling is taken.</exception>
    public UnitQualifier AddQualifier(string symbol, IReadOnlyList<string> aliases, UnitName name, string axisId, string? source)
    {
        if (!_axisById.TryGetValue(axisId, out var axis) || axis.Kind != AxisKind.Qualifier)
        {
            throw new UnitDefinitionException($"The qualifier '{symbol}' needs a dimension of kind qualifier; '{axisId}' is not one.");
        }

        var qualifier = new UnitQualifier(symbol, [.. aliases], name, axis.Index, source);
        Register(symbol, aliases, s => _table.Add(s, qualifier));
        _qualifiers.Add(qualifier);
        return qualifier;
    }

    /// <summary>Adds a quantity kind with its canonical unit.</summary>
    /// <exception cref="UnitDefinitionException">The id is taken or the unit cannot be read.</exception>
    public void AddQuantity(string id, UnitName name, string unit)
    {
        if (!_quantityIds.Add(id))
        {
            throw new UnitDefinitionException($"The quantity '{id}' is defined twice.");
        }

        if (!UnitParser.TryParse(_table, unit, out _, out _, out var error))
        {
            throw new UnitDefinitionException($"The unit '{unit}' of quantity '{id}' cannot be read: {error}.");
        }

        _quantities.Add((id, name, unit));
    }

    /// <summary>Freezes the definitions into a registry.</summary>
    public UnitRegistry Build()
    {
        return new UnitRegistry(_table, [.. _axes], [.. _units], [.. _qualifiers], _quantities) { Source = Source };
    }

    private (Dimension Dimension, Rational Factor) Resolve(string symbol, string definition)
    {
        // "<number> <expression>", "<number>", or "<expression>".
        var space = definition.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? definition : definition[..space];
        var number = Rational.One;
        var expression = definition;
        if (Rational.TryParse(head, out var n))
        {
            number = n;
            expression = space < 0 ? string.Empty : definition[(space + 1)..].Trim();
        }

        var dimension = Dimension.None;
        var factor = Rational.One;
        if (expression.Length > 0)
        {
            if (!UnitParser.TryParse(_table, expression, out var num, out var den, out var error))
            {
                throw new UnitDefinitionException($"The definition '{definition}' of unit '{symbol}' cannot be read: {error}.");
            }

            try
            {
                UnitRegistry.Accumulate(num, den, ref dimension, ref factor);
            }
            catch (OverflowException)
            {
                throw new UnitDefinitionException($"The definition '{definition}' of unit '{symbol}' is too large to represent exactly.");
            }
        }

        if (!Rational.TryMultiply(number, factor, out var total))
        {
            throw new UnitDefinitionException($"The definition '{definition}' of unit '{symbol}' is too large to represent exactly.");
        }

        return (dimension, total);
    }

    private void Register(string symbol, IReadOnlyList<string> aliases, Action<string> add)
    {
        foreach (var spelling in aliases.Prepend(symbol))
        {
            if (string.IsNullOrWhiteSpace(spelling) || spelling != spelling.Trim())
            {
                throw new UnitDefinitionException($"The spelling '{spelling}' of '{symbol}' is empty or has surrounding spaces.");
            }

            // The parser maps typographic forms (CO₂, m², ·) onto ASCII before lookup, so register the ASCII form.
            var key = UnitParser.Normalize(spelling);
            if (_table.Contains(key) || key is "1" or "-")
            {
                throw new UnitDefinitionException($"The spelling '{spelling}' of '{symbol}' is already taken.");
            }

            add(key);
        }
    }
}
