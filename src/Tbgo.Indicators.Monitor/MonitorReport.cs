using System.Collections.Immutable;
using System.Globalization;
using Tbgo.Indicators.Calculators;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

/// <summary>
/// The monitor's report for one half-year: per project, indicator, scale, phase and object the values of every
/// half-year up to that one against the limit in force, the roadmap of those limits to 2050, and the roll-ups of
/// object values to area level (per project and for the whole programme) by each indicator's declared aggregation.
/// </summary>
/// <param name="Catalogue">The catalogue the limits and aggregations come from (<c>tbgo 2026.1</c>).</param>
/// <param name="Period">The half-year reported (<c>2026H1</c>).</param>
/// <param name="Project">The one project reported, or <see langword="null"/> for all.</param>
/// <param name="Halves">Every half-year from the first one with a record to <paramref name="Period"/>, in order (gaps included).</param>
/// <param name="Series">The value series, ordered by project, indicator, scale, phase, object.</param>
/// <param name="Roadmaps">The limit roadmaps the series refer to (<see cref="MonitorSeries.Roadmap"/>).</param>
/// <param name="Rollups">The roll-ups in <paramref name="Period"/>: per project (then the programme, <see cref="MonitorRollup.Project"/> null).</param>
/// <param name="Status">Per project the indicators reported in <paramref name="Period"/> and the core indicators missing.</param>
public sealed record MonitorReport(string Catalogue, string Period, string? Project, ImmutableArray<string> Halves, ImmutableArray<MonitorSeries> Series,
    ImmutableArray<MonitorRoadmap> Roadmaps, ImmutableArray<MonitorRollup> Rollups, ImmutableArray<ReportedPeriod> Status);

/// <summary>What a series is of: one project's values of one indicator at one scale, phase and object, in one basis and scope.</summary>
/// <param name="Project">The project id.</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Scale">The scale of the records.</param>
/// <param name="Phase">The phase of the records.</param>
/// <param name="Object">The object (building, space, asset), or <see langword="null"/> for a value of the whole project area.</param>
/// <param name="Basis">The weighting set or method version, or <see langword="null"/>: values of different bases are never in one series.</param>
/// <param name="BuildingType">The object's building type (exchange format 1.2), or <see langword="null"/>.</param>
/// <param name="Variant">The limit variant (exchange format 1.2), or <see langword="null"/>.</param>
public sealed record MonitorSeriesKey(string Project, string Indicator, Scale Scale, Phase Phase, string? Object, string? Basis, string? BuildingType, string? Variant)
{
    /// <summary>The scope whose limit value applies to this series.</summary>
    public LimitScope Scope => new(Scale, BuildingType, Variant);
}

/// <summary>One series: a value per half-year that has one, in the indicator's canonical unit.</summary>
/// <param name="Key">What the series is of.</param>
/// <param name="Unit">The unit of the values (the indicator's canonical unit).</param>
/// <param name="Roadmap">The key of the series' limit roadmap in <see cref="MonitorReport.Roadmaps"/>.</param>
/// <param name="Points">The half-years with a value, in order.</param>
public sealed record MonitorSeries(MonitorSeriesKey Key, string Unit, string Roadmap, ImmutableArray<MonitorPoint> Points);

/// <summary>A series' value in one half-year.</summary>
/// <param name="Half">The half-year (<c>2026H1</c>).</param>
/// <param name="Value">The number, or <see langword="null"/> for a categorical value.</param>
/// <param name="Category">The category code of a categorical indicator, or <see langword="null"/>.</param>
/// <param name="Records">How many records the half-year had for this series; the value is that of the latest (by the end of its period, then by ingest time).</param>
/// <param name="Limit">The binding limit in force on the last day of the half-year for the series' scope and basis, or <see langword="null"/>.</param>
/// <param name="Verdict">The value against <paramref name="Limit"/>.</param>
/// <param name="NotComparedLimit">A limit in force that the value was not compared with because it is expressed in another basis (see the limits calculator), or <see langword="null"/>.</param>
public sealed record MonitorPoint(string Half, double? Value, string? Category, int Records, LimitValue? Limit, LimitVerdict Verdict, LimitValue? NotComparedLimit);

/// <summary>The binding limit in force year by year (on 31 December) from the first reported year to 2050, for one indicator, scope and basis.</summary>
/// <param name="Key">The key series refer to.</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Scope">The scope.</param>
/// <param name="Basis">The factor set the limits must be expressed in, or <see langword="null"/> for any.</param>
/// <param name="Years">The limits calculator's roadmap.</param>
public sealed record MonitorRoadmap(string Key, string Indicator, LimitScope Scope, string? Basis, ImmutableArray<RoadmapPoint> Years);

/// <summary>A roll-up of object values to area level in the report's half-year.</summary>
/// <param name="Project">The project, or <see langword="null"/> for the whole programme (the objects of every project together).</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Scale">The scale of the objects rolled up.</param>
/// <param name="Phase">The phase of the objects.</param>
/// <param name="Basis">The basis of the objects' values, or <see langword="null"/>.</param>
/// <param name="Objects">How many objects had a value.</param>
/// <param name="Result">The roll-up, or <see langword="null"/> when it was refused.</param>
/// <param name="Refused">Why the roll-up was refused (the indicator is not aggregatable, a weight is missing), empty otherwise.</param>
public sealed record MonitorRollup(string? Project, string Indicator, Scale Scale, Phase Phase, string? Basis, int Objects, RollupResult? Result, ImmutableArray<Diagnostic> Refused);

/// <summary>Builds <see cref="MonitorReport"/>s from a store's records.</summary>
internal static class MonitorReportBuilder
{
    /// <summary>The roadmap's last year.</summary>
    public const int RoadmapEnd = LimitsCalculator.DefaultRoadmapEnd;

    public static bool IsHalfYear(string? period) =>
        period is { Length: 6 } p && char.IsAsciiDigit(p[0]) && char.IsAsciiDigit(p[1]) && char.IsAsciiDigit(p[2]) && char.IsAsciiDigit(p[3]) && p[4] == 'H' && p[5] is '1' or '2';

    /// <summary>The last day of a half-year label.</summary>
    public static DateOnly End(string half) => new(int.Parse(half.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture), half[5] == '1' ? 6 : 12, half[5] == '1' ? 30 : 31);

    /// <summary>The half-years from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IEnumerable<string> Range(string first, string last)
    {
        var (y, h) = (int.Parse(first.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture), first[5] - '0');
        for (var label = first; string.CompareOrdinal(label, last) <= 0; label = Label(y, h))
        {
            yield return label;
            (y, h) = h == 1 ? (y, 2) : (y + 1, 1);
        }

        static string Label(int year, int half) => year.ToString("D4", CultureInfo.InvariantCulture) + "H" + half.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One row of the store: the latest record of a series in a half-year.</summary>
    internal readonly record struct Row(MonitorSeriesKey Key, string Half, double? Value, string? Category, int Records, double? FloorArea, double? Dwellings, double? Residents);

    public static MonitorReport Build(Catalogue catalogue, string period, string? project, IReadOnlyList<Row> rows, ImmutableArray<ReportedPeriod> status)
    {
        var halves = rows.Count == 0 ? [period] : Range(rows.Select(r => r.Half).Min(StringComparer.Ordinal)!, period).ToImmutableArray();
        var firstYear = End(halves[0]).Year;
        var roadmaps = new Dictionary<string, MonitorRoadmap>(StringComparer.Ordinal);
        var series = ImmutableArray.CreateBuilder<MonitorSeries>();
        foreach (var group in rows.GroupBy(r => r.Key).OrderBy(g => g.Key, KeyOrder.Instance))
        {
            var key = group.Key;
            var indicator = catalogue.GetIndicator(key.Indicator);
            var basis = LimitBasis(catalogue, key.Basis);
            var roadmapKey = RoadmapKey(key.Indicator, key.Scope, basis);
            if (!roadmaps.ContainsKey(roadmapKey))
            {
                var roadmap = LimitsCalculator.Calculate(new LimitsInput(key.Indicator, key.Scope, End(period), Basis: basis, RoadmapFrom: Math.Min(firstYear, RoadmapEnd), RoadmapTo: RoadmapEnd), catalogue);
                roadmaps[roadmapKey] = new MonitorRoadmap(roadmapKey, key.Indicator, key.Scope, basis, roadmap.Roadmap);
            }

            var points = ImmutableArray.CreateBuilder<MonitorPoint>();
            foreach (var row in group.OrderBy(r => r.Half, StringComparer.Ordinal))
            {
                if (row.Value is not { } value)
                {
                    points.Add(new MonitorPoint(row.Half, null, row.Category, row.Records, null, LimitVerdict.NoLimit, null));
                    continue;
                }

                var tested = LimitsCalculator.Calculate(new LimitsInput(key.Indicator, key.Scope, End(row.Half), new Units.Quantity(value, indicator.Unit), LimitKind.Binding, basis), catalogue);
                points.Add(new MonitorPoint(row.Half, value, null, row.Records, tested.Limit, tested.Verdict, tested.NotComparedLimit));
            }

            series.Add(new MonitorSeries(key, indicator.Unit.Text, roadmapKey, points.ToImmutable()));
        }

        var rollups = ImmutableArray.CreateBuilder<MonitorRollup>();
        var inPeriod = rows.Where(r => r.Key.Object is not null && r.Key.Scale != Scale.Gebied && r.Value is not null && string.Equals(r.Half, period, StringComparison.Ordinal)).ToList(); // categorical values do not roll up
        foreach (var group in inPeriod.GroupBy(r => (r.Key.Project, r.Key.Indicator, r.Key.Scale, r.Key.Phase, r.Key.Basis))
            .OrderBy(g => g.Key.Project, StringComparer.Ordinal).ThenBy(g => g.Key.Indicator, StringComparer.Ordinal).ThenBy(g => g.Key.Scale).ThenBy(g => g.Key.Phase).ThenBy(g => g.Key.Basis, StringComparer.Ordinal))
        {
            rollups.Add(Rollup(catalogue, group.Key.Project, group.Key.Indicator, group.Key.Scale, group.Key.Phase, group.Key.Basis, group, r => r.Key.Object!));
        }

        if (project is null)
        {
            foreach (var group in inPeriod.GroupBy(r => (r.Key.Indicator, r.Key.Scale, r.Key.Phase, r.Key.Basis))
                .OrderBy(g => g.Key.Indicator, StringComparer.Ordinal).ThenBy(g => g.Key.Scale).ThenBy(g => g.Key.Phase).ThenBy(g => g.Key.Basis, StringComparer.Ordinal))
            {
                rollups.Add(Rollup(catalogue, null, group.Key.Indicator, group.Key.Scale, group.Key.Phase, group.Key.Basis, group, r => r.Key.Project + "/" + r.Key.Object));
            }
        }

        return new MonitorReport(catalogue.Info.Label, period, project, halves, series.ToImmutable(),
            [.. roadmaps.Values.OrderBy(r => r.Key, StringComparer.Ordinal)], rollups.ToImmutable(), status);
    }

    private static MonitorRollup Rollup(Catalogue catalogue, string? project, string indicatorId, Scale scale, Phase phase, string? basis, IEnumerable<Row> rows, Func<Row, string> id)
    {
        var indicator = catalogue.GetIndicator(indicatorId);
        var (m2, dwelling, person) = (catalogue.Units.Parse("m2"), catalogue.Units.Parse("dwelling"), catalogue.Units.Parse("person"));
        var objects = rows.Where(r => r.Value is not null).OrderBy(id, StringComparer.Ordinal).Select(r => new RollupObject(id(r), new Units.Quantity(r.Value!.Value, indicator.Unit),
            Weight(r.FloorArea, m2), Weight(r.Dwellings, dwelling), Weight(r.Residents, person))).ToImmutableArray();
        try
        {
            var result = RollupCalculator.Calculate(new RollupInput(indicatorId, objects, project ?? "programme"), catalogue);
            return new MonitorRollup(project, indicatorId, scale, phase, basis, objects.Length, result, []);
        }
        catch (CalculationException ex)
        {
            return new MonitorRollup(project, indicatorId, scale, phase, basis, objects.Length, null, ex.Diagnostics);
        }

        static Units.Quantity? Weight(double? value, Units.Unit unit) => value is { } v ? new Units.Quantity(v, unit) : null;
    }

    /// <summary>The basis limits are looked up in: a factor set id selects limits in that set; a method version (not a factor set) selects none.</summary>
    private static string? LimitBasis(Catalogue catalogue, string? basis) => basis is not null && catalogue.FindFactorSet(basis) is not null ? basis : null;

    private static string RoadmapKey(string indicator, LimitScope scope, string? basis) =>
        string.Join('|', indicator, scope.Scale?.ToCode(), scope.BuildingType, scope.Variant, basis);

    private sealed class KeyOrder : IComparer<MonitorSeriesKey>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(MonitorSeriesKey? x, MonitorSeriesKey? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var c = string.CompareOrdinal(x.Project, y.Project);
            c = c != 0 ? c : string.CompareOrdinal(x.Indicator, y.Indicator);
            c = c != 0 ? c : x.Scale.CompareTo(y.Scale);
            c = c != 0 ? c : x.Phase.CompareTo(y.Phase);
            c = c != 0 ? c : string.CompareOrdinal(x.Object, y.Object);
            c = c != 0 ? c : string.CompareOrdinal(x.Basis, y.Basis);
            c = c != 0 ? c : string.CompareOrdinal(x.BuildingType, y.BuildingType);
            return c != 0 ? c : string.CompareOrdinal(x.Variant, y.Variant);
        }
    }
}
