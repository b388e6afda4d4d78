using System.Collections.Frozen;
using System.Collections.Immutable;
using Tbgo.Indicators.Loading;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Units;

namespace Tbgo.Indicators;

/// <summary>
/// An immutable, versioned set of indicators with the frameworks, factor sets, sources and
/// vocabularies they refer to. Load one with <see cref="CatalogueLoader"/>, or use <see cref="Default"/>,
/// the catalogue embedded in this assembly.
/// </summary>
public sealed partial class Catalogue
{
#if TBGO_CATALOGUE_COMPILER
    // The catalogue compiler (eng/Tbgo.Indicators.CatalogueCompiler) builds these sources before a compiled form exists.
    private static readonly Lazy<Catalogue> DefaultLazy = new(() => CatalogueLoader.LoadEmbedded().GetCatalogueOrThrow());
#else
    // Compiled at build from indicators/ (the library's TbgoCompileCatalogue target): no YAML is read.
    private static readonly Lazy<Catalogue> DefaultLazy = new(CompiledCatalogue.Create);
#endif

    private readonly FrozenDictionary<string, Indicator> _indicators;
    private readonly FrozenDictionary<string, Framework> _frameworks;
    private readonly FrozenDictionary<string, FactorSet> _factorSets;
    private readonly FrozenDictionary<string, Source> _sources;
    private readonly FrozenDictionary<string, Theme> _themes;
    private readonly FrozenDictionary<string, BuildingType> _buildingTypes;

    internal Catalogue(CatalogueInfo info, IEnumerable<Indicator> indicators, IEnumerable<Framework> frameworks, IEnumerable<FactorSet> factorSets, IEnumerable<Source> sources, IEnumerable<PillarDefinition> pillars, IEnumerable<Theme> themes, IEnumerable<BuildingType> buildingTypes, UnitRegistry units)
    {
        Info = info;
        Units = units;
        Indicators = [.. indicators.OrderBy(i => i.Id, StringComparer.Ordinal)];
        Frameworks = [.. frameworks.OrderBy(f => f.Id, StringComparer.Ordinal)];
        FactorSets = [.. factorSets.OrderBy(f => f.Id, StringComparer.Ordinal)];
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Pillars = [.. pillars];
        Themes = [.. themes];
        BuildingTypes = [.. buildingTypes];
        _indicators = Indicators.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        _frameworks = Frameworks.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _factorSets = FactorSets.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _sources = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _themes = Themes.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _buildingTypes = BuildingTypes.ToFrozenDictionary(b => b.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The catalogue embedded in this assembly (the shipped <c>indicators/</c> folder), built once on first use from
    /// the form compiled at build, which reads no YAML. The build lints the catalogue first, so it never fails here;
    /// <see cref="CatalogueLoader.LoadEmbedded"/> loads the embedded YAML itself, with its diagnostics.
    /// </summary>
    public static Catalogue Default => DefaultLazy.Value;

    /// <summary>Identity, version, status and changelog.</summary>
    public CatalogueInfo Info { get; }

    /// <summary>The unit registry the catalogue's units were parsed with.</summary>
    public UnitRegistry Units { get; }

    /// <summary>All indicators, ordered by id.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>All frameworks, ordered by id.</summary>
    public ImmutableArray<Framework> Frameworks { get; }

    /// <summary>All factor sets, ordered by id.</summary>
    public ImmutableArray<FactorSet> FactorSets { get; }

    /// <summary>The bibliography, ordered by id.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The pillars with their names, in definition order.</summary>
    public ImmutableArray<PillarDefinition> Pillars { get; }

    /// <summary>The themes, in definition order.</summary>
    public ImmutableArray<Theme> Themes { get; }

    /// <summary>The building types, in definition order.</summary>
    public ImmutableArray<BuildingType> BuildingTypes { get; }

    /// <summary>Finds an indicator by id, or returns <see langword="null"/>.</summary>
    public Indicator? FindIndicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>Gets an indicator by id.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has this id.</exception>
    public Indicator GetIndicator(string id) =>
        FindIndicator(id) ?? throw new KeyNotFoundException($"The catalogue {Info.Id} {Info.Version} has no indicator '{id}'.");

    /// <summary>
    /// The indicator id closest to a mistyped one, for "did you mean" hints: an id with the same last
    /// segment wins, else the nearest by edit distance; <see langword="null"/> when nothing is close.
    /// </summary>
    public string? SuggestIndicatorId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var last = id[(id.LastIndexOf('.') + 1)..];
        var sameName = Indicators.Where(i => i.Id.EndsWith("." + last, StringComparison.Ordinal)).Select(i => i.Id).ToList();
        if (sameName.Count > 0)
        {
            return Text.EditDistance.Closest(id, sameName) ?? sameName[0];
        }

        var best = Indicators.Select(i => i.Id).OrderBy(x => Text.EditDistance.Compute(x, id, 12)).ThenBy(x => x, StringComparer.Ordinal).FirstOrDefault();
        return best is not null && Text.EditDistance.Compute(best, id, 12) <= Math.Max(3, id.Length / 4) ? best : null;
    }

    /// <summary>The indicators that pass the query, ordered by id.</summary>
    public IEnumerable<Indicator> Query(IndicatorQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Indicators.Where(query.Matches);
    }

    /// <summary>Finds a framework by id, or returns <see langword="null"/>.</summary>
    public Framework? FindFramework(string id) => _frameworks.GetValueOrDefault(id);

    /// <summary>Finds a framework item, or returns <see langword="null"/>.</summary>
    public FrameworkItem? FindFrameworkItem(FrameworkItemRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return FindFramework(reference.FrameworkId)?.FindItem(reference.ItemId);
    }

    /// <summary>Finds a factor set by id, or returns <see langword="null"/>.</summary>
    public FactorSet? FindFactorSet(string id) => _factorSets.GetValueOrDefault(id);

    /// <summary>Finds a source by id, or returns <see langword="null"/>.</summary>
    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    /// <summary>Finds a theme by id, or returns <see langword="null"/>.</summary>
    public Theme? FindTheme(string id) => _themes.GetValueOrDefault(id);

    /// <summary>Finds a building type by id, or returns <see langword="null"/>.</summary>
    public BuildingType? FindBuildingType(string id) => _buildingTypes.GetValueOrDefault(id);

    /// <summary>
    /// The limit value of an indicator in force on <paramref name="date"/> for <paramref name="scope"/>:
    /// among the limits of that kind (and basis, when given) that are in force and whose scope covers
    /// the query, the most specific wins (variant, then deeper building type, then scale); a tie goes to
    /// the one that came into force last. <see langword="null"/> when none applies.
    /// </summary>
    public LimitValue? FindLimit(Indicator indicator, DateOnly date, LimitScope scope, LimitKind kind = LimitKind.Binding, string? basis = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(scope);
        LimitValue? best = null;
        var bestScore = -1;
        foreach (var limit in indicator.LimitValues)
        {
            if (limit.Kind != kind || !limit.IsInForceOn(date) || (basis is not null && !string.Equals(limit.Basis, basis, StringComparison.Ordinal)))
            {
                continue;
            }

            var score = Specificity(limit.Scope, scope);
            if (score > bestScore || (score == bestScore && best is not null && limit.ValidFrom > best.ValidFrom))
            {
                best = limit;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The limit value in force for an indicator id; see <see cref="FindLimit(Indicator, DateOnly, LimitScope, LimitKind, string?)"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has this id.</exception>
    public LimitValue? FindLimit(string indicatorId, DateOnly date, LimitScope scope, LimitKind kind = LimitKind.Binding, string? basis = null) =>
        FindLimit(GetIndicator(indicatorId), date, scope, kind, basis);

    /// <summary>How specifically a limit's scope covers a query scope: -1 when it does not cover it.</summary>
    internal static int Specificity(LimitScope limit, LimitScope query)
    {
        var score = 0;
        if (limit.Scale is { } s)
        {
            if (query.Scale != s)
            {
                return -1;
            }

            score += 1;
        }

        if (limit.BuildingType is { } bt)
        {
            if (query.BuildingType is not { } q || !(string.Equals(q, bt, StringComparison.Ordinal) || q.StartsWith(bt + "/", StringComparison.Ordinal)))
            {
                return -1;
            }

            score += 2 * (1 + bt.Count(c => c == '/'));
        }

        if (limit.Variant is { } v)
        {
            if (!string.Equals(query.Variant, v, StringComparison.Ordinal))
            {
                return -1;
            }

            score += 100;
        }

        return score;
    }
}
