using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

/// <summary>One export file of the demo data set.</summary>
/// <param name="Path">The file.</param>
/// <param name="Project">The project it is of.</param>
/// <param name="Half">The half-year it reports.</param>
/// <param name="Records">The records in it.</param>
/// <param name="Problem">What is deliberately wrong with it (it must be refused), or <see langword="null"/> for a valid export.</param>
public sealed record DemoExport(string Path, string Project, string Half, int Records, string? Problem);

/// <summary>
/// A generated, deterministic demo data set for the monitor: projects that move from initiatief through plan and
/// realisatie to beheer over the half-years and report, each half-year, the catalogue's indicators that apply in
/// their phase, at area level and per building, public space and structure, with weights, building types and (for the
/// MPG) the weighting set. Some project-halves are not exported, some indicators not reported, a few series report
/// twice in a half-year (an early estimate, then the value at its end), and a few exports are deliberately invalid.
/// The numbers are invented: around the catalogue's limit values where one applies, within its plausible range
/// otherwise. The same arguments give the same bytes.
/// </summary>
public static class MonitorDemo
{
    private static readonly (string Id, string BuildingType, double FloorArea, double Dwellings, double Residents)[] Buildings =
    [
        ("blok-a", "woonfunctie/grondgebonden", 4800, 40, 96),
        ("blok-b", "woonfunctie/woongebouw", 9000, 120, 230),
        ("kantoor-c", "kantoorfunctie", 6000, 0, 0),
    ];

    private static readonly Phase[] Phases = [Phase.Initiatief, Phase.Plan, Phase.Realisatie, Phase.Beheer];

    /// <summary>Writes the data set as one NDJSON export per project and half-year.</summary>
    /// <param name="directory">The folder to write to (created when missing).</param>
    /// <param name="catalogue">The catalogue whose indicators, applicability, ranges and limits shape the data.</param>
    /// <param name="projects">How many projects.</param>
    /// <param name="halves">How many half-years.</param>
    /// <param name="firstHalf">The first half-year.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>Every file written, with the deliberately invalid ones marked.</returns>
    public static ImmutableArray<DemoExport> Write(string directory, Catalogue catalogue, int projects = 30, int halves = 10, string firstHalf = "2022H1", int seed = 2026)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(projects);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halves);
        if (!MonitorReportBuilder.IsHalfYear(firstHalf))
        {
            throw new ArgumentException($"'{firstHalf}' is not a half-year (YYYYH1 or YYYYH2).", nameof(firstHalf));
        }

        Directory.CreateDirectory(directory);
        var random = new Xorshift((ulong)seed);
        var labels = MonitorReportBuilder.Range(firstHalf, "9999H2").Take(halves).ToArray();
        var indicators = catalogue.Indicators.Where(i => i.Status != IndicatorStatus.Deprecated).OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var files = ImmutableArray.CreateBuilder<DemoExport>();
        var invalidAt = new Dictionary<(int Project, int Half), string>
        {
            [(3, halves - 1)] = "value-out-of-range",
            [(11, halves / 2)] = "wrong-unit",
            [(projects - 1, 1 % halves)] = "unknown-indicator",
        };
        for (var p = 0; p < projects; p++)
        {
            var project = "NL.DEMO.PROJECT-" + (p + 1).ToString("D2", CultureInfo.InvariantCulture);
            var start = p % 5; // how far ahead of the others the project is
            for (var h = 0; h < halves; h++)
            {
                var skipExport = random.Next(100) < 5;
                var problem = invalidAt.GetValueOrDefault((p, h));
                if (skipExport && problem is null)
                {
                    continue;
                }

                var half = labels[h];
                var end = MonitorReportBuilder.End(half);
                var phase = Phases[Math.Min(3, (h + start) / 3)];
                var buffer = new MemoryStream();
                var records = 0;
                {
                    foreach (var indicator in indicators)
                    {
                        var scales = indicator.Applicability.Where(a => a.Phase == phase).ToArray();
                        if (scales.Length == 0 || random.Next(100) < 8)
                        {
                            continue; // not applicable in this phase, or not reported this time
                        }

                        foreach (var a in scales)
                        {
                            foreach (var o in Objects(a.Scale))
                            {
                                var twice = random.Next(100) < 3;
                                if (twice)
                                {
                                    Record(buffer, catalogue, indicator, project, o, a, end.ToString("yyyy", CultureInfo.InvariantCulture) + (half[5] == '1' ? "-03" : "-09"), end, h, random);
                                    records++;
                                }

                                Record(buffer, catalogue, indicator, project, o, a, end.ToString("yyyy-MM", CultureInfo.InvariantCulture), end, h, random);
                                records++;
                            }
                        }
                    }

                    if (problem is not null)
                    {
                        Broken(buffer, problem, project, end);
                        records++;
                    }
                }

                var path = System.IO.Path.Combine(directory, $"{project}-{half}.ndjson");
                File.WriteAllBytes(path, buffer.ToArray());
                files.Add(new DemoExport(path, project, half, records, problem));
            }
        }

        return files.ToImmutable();
    }

    private static IEnumerable<(string? Id, string? BuildingType, double? FloorArea, double? Dwellings, double? Residents)> Objects(Scale scale) => scale switch
    {
        Scale.Gebied => [(null, null, null, null, null)],
        Scale.Gebouw => Buildings.Select(b => ((string?)b.Id, (string?)b.BuildingType, (double?)b.FloorArea, (double?)b.Dwellings, (double?)b.Residents)),
        Scale.OpenbareRuimte => [("plein-1", null, 3500, null, null), ("park-2", null, 21000, null, null)], // the area of a public space is its area weight (floorArea)
        _ => [("brug-1", null, null, null, null)],
    };

    private static void Record(Stream stream, Catalogue catalogue, Indicator indicator, string project, (string? Id, string? BuildingType, double? FloorArea, double? Dwellings, double? Residents) o,
        Applicability a, string period, DateOnly end, int half, Xorshift random)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("project", project);
        if (o.Id is not null)
        {
            w.WriteString("object", o.Id);
        }

        w.WriteString("indicator", indicator.Id);
        w.WriteString("scale", a.Scale.ToCode());
        w.WriteString("phase", a.Phase.ToCode());
        string? basis = indicator.Id == "tbgo.env.materials.mpg" ? "nmd-shadow-prices-a2" : null;
        if (indicator.ValueKind == IndicatorValueKind.Category)
        {
            w.WriteString("value", indicator.Categories[random.Next(indicator.Categories.Length)].Code);
        }
        else
        {
            w.WriteNumber("value", Value(catalogue, indicator, new LimitScope(a.Scale, o.BuildingType), end, basis, half, random));
            w.WriteString("unit", indicator.Unit.Text);
        }

        w.WriteString("period", period);
        w.WriteString("method", a.Method.ToCode());
        if (basis is not null)
        {
            w.WriteString("basis", basis);
        }

        if (o.BuildingType is not null)
        {
            w.WriteString("buildingType", o.BuildingType);
        }

        Weight(w, "floorArea", o.FloorArea);
        Weight(w, "dwellings", o.Dwellings);
        Weight(w, "residents", o.Residents);
        w.WriteString("source", "tbgo monitor demo (invented numbers)");
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A value around the limit in force (some above it), else within the plausible range, improving a little every half-year.</summary>
    private static double Value(Catalogue catalogue, Indicator indicator, LimitScope scope, DateOnly end, string? basis, int half, Xorshift random)
    {
        var min = indicator.Range?.Min ?? 0;
        var max = indicator.Range?.Max ?? (indicator.Unit.Text == "%" ? 100 : 1000);
        var limit = catalogue.FindLimit(indicator, end, scope, LimitKind.Binding, basis) ?? catalogue.FindLimit(indicator, end, scope);
        var u = random.Next(10_000) / 10_000.0;
        if (scope.Scale != Scale.Gebied && indicator.ShareOfObjects is { } share && share.Threshold.ValueIn(indicator.Unit) >= max)
        {
            // A yes/no per object (a building's passport share is 0 or 100 %): more objects pass every half-year.
            return u < 0.3 + (0.04 * half) ? max : min;
        }

        double v;
        if (limit is not null)
        {
            var l = limit.Threshold.ValueIn(indicator.Unit);
            var factor = indicator.Direction == Direction.HigherIsBetter ? 0.85 + (0.45 * u) : 0.7 + (0.5 * u);
            v = l * factor;
        }
        else
        {
            v = min + ((max - min) * (0.2 + (0.6 * u)));
        }

        var trend = indicator.Direction switch { Direction.LowerIsBetter => 1 - (0.015 * half), Direction.HigherIsBetter => 1 + (0.015 * half), _ => 1 };
        v *= trend;
        return Math.Round(Math.Clamp(v, min, max), 3);
    }

    private static void Broken(Stream stream, string problem, string project, DateOnly end)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("project", project);
        w.WriteString("object", "blok-a");
        w.WriteString("indicator", problem == "unknown-indicator" ? "tbgo.env.energy.beng-9" : "tbgo.env.energy.beng-2");
        w.WriteString("scale", "gebouw");
        w.WriteString("phase", "plan");
        w.WriteNumber("value", problem == "value-out-of-range" ? 1e9 : 42);
        w.WriteString("unit", problem == "wrong-unit" ? "kg" : "kWh/(m2.a)");
        w.WriteString("period", end.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Weight(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private sealed class Xorshift(ulong seed)
    {
        private ulong _state = (seed * 0x9E3779B97F4A7C15UL) | 1;

        public int Next(int max)
        {
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            return (int)(_state % (ulong)max);
        }
    }
}
