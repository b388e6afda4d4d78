using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Monitor;

namespace Tbgo.Indicators.Cli.Tests.Monitor;

/// <summary>
/// The generated demo data set (30 projects, 10 half-years, some project-halves missing, three invalid exports) goes
/// through <c>tbgo monitor ingest</c>, <c>status</c> and <c>report</c>; the report's numbers are checked against a
/// computation made here from the export files alone (plain LINQ over the NDJSON, not the store or the report code).
/// </summary>
public sealed class MonitorDemoTests : IClassFixture<MonitorDemoTests.Demo>
{
    private const string Period = "2026H1";
    private readonly Demo _demo;

    public MonitorDemoTests(Demo demo) => _demo = demo;

    /// <summary>The demo written, ingested and reported once for all tests of the class.</summary>
    public sealed class Demo : IDisposable
    {
        public Demo()
        {
            Exports = MonitorDemo.Write(System.IO.Path.Combine(Dir, "exports"), Catalogue.Default);
            var (exit, output, _) = CliRunner.Run(["monitor", "ingest", .. Exports.Select(e => e.Path), "--store", Store, "--format", "json"]);
            IngestExit = exit;
            Ingest = JsonDocument.Parse(output).RootElement.Clone();
            (exit, output, _) = CliRunner.Run("monitor", "status", "--store", Store, "--format", "json");
            Assert.Equal(0, exit);
            Status = JsonDocument.Parse(output).RootElement.Clone();
            (exit, output, var err) = CliRunner.Run("monitor", "report", "--store", Store, "--period", Period, "--out", ReportDir);
            Assert.True(exit == 0, err);
            Report = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(ReportDir, "report.json"))).RootElement.Clone();
            Records = [.. Exports.Where(e => e.Problem is null).SelectMany(e => File.ReadLines(e.Path)).Where(l => l.Length > 0).Select(l => new Rec(JsonDocument.Parse(l).RootElement.Clone()))];
        }

        public string Dir { get; } = Directory.CreateTempSubdirectory("tbgo-demo-").FullName;

        public string Store => System.IO.Path.Combine(Dir, "store.duckdb");

        public string ReportDir => System.IO.Path.Combine(Dir, "report");

        public System.Collections.Immutable.ImmutableArray<DemoExport> Exports { get; }

        public int IngestExit { get; }

        public JsonElement Ingest { get; }

        public JsonElement Status { get; }

        public JsonElement Report { get; }

        /// <summary>Every record of the valid exports, read straight from the files.</summary>
        public IReadOnlyList<Rec> Records { get; }

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }

    /// <summary>One record as the file has it, with its series key and half-year worked out here.</summary>
    public sealed class Rec(JsonElement e)
    {
        public string Project { get; } = e.GetProperty("project").GetString()!;

        public string? Object { get; } = Opt(e, "object");

        public string Indicator { get; } = e.GetProperty("indicator").GetString()!;

        public string Scale { get; } = e.GetProperty("scale").GetString()!;

        public string Phase { get; } = e.GetProperty("phase").GetString()!;

        public string Period { get; } = e.GetProperty("period").GetString()!;

        public double? Value { get; } = e.GetProperty("value").ValueKind == JsonValueKind.Number ? e.GetProperty("value").GetDouble() : null;

        public string? Basis { get; } = Opt(e, "basis");

        public string? BuildingType { get; } = Opt(e, "buildingType");

        public double? FloorArea { get; } = OptNum(e, "floorArea");

        public double? Dwellings { get; } = OptNum(e, "dwellings");

        public double? Residents { get; } = OptNum(e, "residents");

        // The demo writes YYYY-MM periods: January to June is H1.
        public string Half => Period[..4] + (int.Parse(Period.AsSpan(5, 2), CultureInfo.InvariantCulture) <= 6 ? "H1" : "H2");

        public string Key => string.Join('|', Project, Indicator, Scale, Phase, Object, Basis, BuildingType);

        private static string? Opt(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

        private static double? OptNum(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetDouble() : null;
    }

    [Fact]
    public void The_data_set_has_thirty_projects_ten_half_years_gaps_and_three_invalid_exports_which_ingest_refuses()
    {
        Assert.Equal(30, _demo.Exports.Select(e => e.Project).Distinct().Count());
        Assert.Equal(10, _demo.Exports.Select(e => e.Half).Distinct().Count());
        Assert.InRange(_demo.Exports.Length, 250, 299); // some project-halves are not exported
        Assert.Equal(36, _demo.Records.Select(r => r.Indicator).Distinct().Count());
        var invalid = _demo.Exports.Where(e => e.Problem is not null).Select(e => e.Path).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(3, invalid.Length);
        Assert.Equal(1, _demo.IngestExit);
        Assert.Equal(invalid, _demo.Ingest.EnumerateArray().Where(x => x.GetProperty("outcome").GetString() == "invalid").Select(x => x.GetProperty("file").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(_demo.Records.Count, _demo.Ingest.EnumerateArray().Sum(x => x.GetProperty("records").GetInt64()));
    }

    [Fact]
    public void Status_lists_per_project_and_half_year_what_the_valid_files_hold()
    {
        Assert.Equal(_demo.Exports.Count(e => e.Problem is null), _demo.Status.GetProperty("exports").GetInt32());
        Assert.Equal(_demo.Records.Count, _demo.Status.GetProperty("records").GetInt32());
        var expected = _demo.Records.GroupBy(r => (r.Project, r.Half)).ToDictionary(g => g.Key, g => g.Select(r => r.Indicator).Distinct().Order(StringComparer.Ordinal).ToArray());
        var periods = _demo.Status.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(expected.Count, periods.Count);
        foreach (var p in periods)
        {
            Assert.Equal(expected[(p.GetProperty("project").GetString()!, p.GetProperty("period").GetString()!)], p.GetProperty("indicators").EnumerateArray().Select(x => x.GetString()!).ToArray());
        }
    }

    [Fact]
    public void Every_series_value_is_the_latest_record_of_its_half_year()
    {
        var latest = Latest();
        var series = _demo.Report.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(latest.Select(l => l.Key.Key).Distinct().Count(), series.Count);
        var points = 0;
        foreach (var s in series)
        {
            var key = string.Join('|', S(s, "project"), S(s, "indicator"), S(s, "scale"), S(s, "phase"), S(s, "object"), S(s, "basis"), S(s, "buildingType"));
            foreach (var p in s.GetProperty("points").EnumerateArray())
            {
                var rec = latest[(key, p.GetProperty("half").GetString()!)];
                if (rec.Value is { } v)
                {
                    Assert.Equal(v, p.GetProperty("value").GetDouble());
                }

                points++;
            }
        }

        Assert.Equal(latest.Count, points);
        Assert.Contains(_demo.Records.GroupBy(r => (r.Key, r.Half)), g => g.Count() > 1); // the rule was exercised
    }

    [Fact]
    public void Every_verdict_matches_the_limit_in_force_at_the_end_of_its_half_year()
    {
        var latest = Latest();
        var catalogue = Catalogue.Default;
        int pass = 0, fail = 0;
        foreach (var s in _demo.Report.GetProperty("series").EnumerateArray())
        {
            var indicator = catalogue.GetIndicator(S(s, "indicator")!);
            Codes.TryParse(S(s, "scale"), out Scale scale);
            var key = string.Join('|', S(s, "project"), S(s, "indicator"), S(s, "scale"), S(s, "phase"), S(s, "object"), S(s, "basis"), S(s, "buildingType"));
            foreach (var p in s.GetProperty("points").EnumerateArray())
            {
                var half = p.GetProperty("half").GetString()!;
                var rec = latest[(key, half)];
                var end = half[5] == '1' ? new DateOnly(int.Parse(half[..4], CultureInfo.InvariantCulture), 6, 30) : new DateOnly(int.Parse(half[..4], CultureInfo.InvariantCulture), 12, 31);
                var limit = rec.Value is null ? null : catalogue.FindLimit(indicator, end, new LimitScope(scale, rec.BuildingType), LimitKind.Binding, rec.Basis);
                if (limit is { Basis: not null } && rec.Basis is null)
                {
                    limit = null; // a value without a basis is never compared with a limit in a weighting set
                }

                var expected = "no-limit";
                if (limit is not null)
                {
                    var threshold = limit.Threshold.ValueIn(indicator.Unit);
                    var v = rec.Value!.Value;
                    var ok = limit.Comparator switch
                    {
                        Comparator.AtMost => v <= threshold,
                        Comparator.Below => v < threshold,
                        Comparator.AtLeast => v >= threshold,
                        _ => v > threshold,
                    };
                    expected = ok ? "pass" : "fail";
                    (pass, fail) = ok ? (pass + 1, fail) : (pass, fail + 1);
                }

                Assert.Equal(expected, p.GetProperty("verdict").GetString());
            }
        }

        Assert.True(pass > 50 && fail > 10, $"The demo should exercise both verdicts ({pass} pass, {fail} fail).");
    }

    [Fact]
    public void Every_roll_up_matches_the_declared_aggregation_computed_from_the_files()
    {
        var inPeriod = Latest().Where(l => l.Key.Half == Period && l.Value.Object is not null && l.Value.Scale != "gebied" && l.Value.Value is not null).Select(l => l.Value).ToList();
        var rollups = _demo.Report.GetProperty("rollups").EnumerateArray().ToList();
        var groups = inPeriod.GroupBy(r => (Project: (string?)r.Project, r.Indicator, r.Scale, r.Phase, r.Basis))
            .Concat(inPeriod.GroupBy(r => (Project: (string?)null, r.Indicator, r.Scale, r.Phase, r.Basis))).ToList();
        Assert.Equal(groups.Count, rollups.Count);
        int computed = 0, refused = 0;
        foreach (var g in groups)
        {
            var r = Assert.Single(rollups, x => S(x, "project") == g.Key.Project && S(x, "indicator") == g.Key.Indicator && S(x, "scale") == g.Key.Scale && S(x, "phase") == g.Key.Phase && S(x, "basis") == g.Key.Basis);
            var expected = Expected(Catalogue.Default.GetIndicator(g.Key.Indicator), g.ToList());
            Assert.Equal(g.Count(), r.GetProperty("objects").GetInt32());
            if (expected is null)
            {
                Assert.Equal(JsonValueKind.Null, r.GetProperty("result").ValueKind);
                Assert.NotEqual(0, r.GetProperty("refused").GetArrayLength());
                refused++;
                continue;
            }

            var value = r.GetProperty("result").GetProperty("value").GetProperty("value").GetDouble();
            Assert.True(Math.Abs(value - expected.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected.Value)), $"{g.Key}: {value} != {expected}");
            computed++;
        }

        Assert.True(computed > 100 && refused > 10, $"{computed} computed, {refused} refused");
    }

    /// <summary>The roll-up by the rule, written out here; null where the rule refuses (not aggregatable, a weight missing).</summary>
    private static double? Expected(Indicator indicator, List<Rec> objects)
    {
        var aggregation = indicator.Aggregation;
        var share = indicator.ShareOfObjects;
        Func<Rec, double?>? weight = (aggregation, share?.Weight) switch
        {
            (AggregationMethod.AreaWeightedMean, _) or (AggregationMethod.ShareOfObjects, RollupWeight.FloorArea) => r => r.FloorArea,
            (AggregationMethod.DwellingWeightedMean, _) or (AggregationMethod.ShareOfObjects, RollupWeight.Dwellings) => r => r.Dwellings,
            (AggregationMethod.ResidentWeightedMean, _) or (AggregationMethod.ShareOfObjects, RollupWeight.Residents) => r => r.Residents,
            (AggregationMethod.ShareOfObjects, RollupWeight.Objects) => _ => 1,
            _ => null,
        };
        if (aggregation == AggregationMethod.Additive)
        {
            return objects.Sum(o => o.Value!.Value);
        }

        if (weight is null || objects.Any(o => weight(o) is null) || objects.Sum(o => weight(o)!.Value) <= 0)
        {
            return null;
        }

        if (share is not null)
        {
            // 100 * weight of the objects that pass the test / weight of all; the demo writes values in the indicator's unit, the test's here too.
            Assert.Equal(indicator.Unit.Text, share.Unit.Text);
            var threshold = (double)share.Value;
            bool Passes(double v) => share.Comparator switch
            {
                Comparator.AtLeast => v >= threshold,
                Comparator.Above => v > threshold,
                Comparator.AtMost => v <= threshold,
                _ => v < threshold,
            };
            return 100 * objects.Where(o => Passes(o.Value!.Value)).Sum(o => weight(o)!.Value) / objects.Sum(o => weight(o)!.Value);
        }

        return objects.Sum(o => o.Value!.Value * weight(o)!.Value) / objects.Sum(o => weight(o)!.Value);
    }

    /// <summary>Per series key and half-year up to the period, the record with the latest period.</summary>
    private Dictionary<(string Key, string Half), Rec> Latest() =>
        _demo.Records.Where(r => string.CompareOrdinal(r.Half, Period) <= 0).GroupBy(r => (r.Key, r.Half))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Period, StringComparer.Ordinal).First());

    private static string? S(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();
}
