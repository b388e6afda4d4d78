using System.Text.Json;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Monitor;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Monitor;

/// <summary>The monitor store (issue 12, first slice): all-or-nothing ingest of validated exports, once per export, and the status.</summary>
public sealed class MonitorStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-monitor-").FullName;

    private string StorePath => Path.Combine(_dir, "store.duckdb");

    private static string Sample(string name) => RepoPaths.Combine("samples", "exports", name);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_valid_export_is_stored_once_and_an_invalid_one_not_at_all()
    {
        using (var store = MonitorStore.Open(StorePath, Catalogue.Default))
        {
            var first = await store.IngestAsync(Sample("valid.ndjson"));
            Assert.Equal(IngestOutcome.Ingested, first.Outcome);
            Assert.Equal(File.ReadAllLines(Sample("valid.ndjson")).Count(l => l.Trim().Length > 0), first.Records);
            Assert.Equal(IngestOutcome.AlreadyIngested, (await store.IngestAsync(Sample("valid.ndjson"))).Outcome);
            var invalid = await store.IngestAsync(Sample("invalid.ndjson"));
            Assert.Equal(IngestOutcome.Invalid, invalid.Outcome);
            Assert.NotEmpty(invalid.Errors);
            Assert.True(invalid.ErrorCount >= invalid.Errors.Length);
            var status = store.Status();
            Assert.Equal(1, status.Exports);
            Assert.Equal(first.Records, status.Records);
        }

        // The store is a file: reopened, it still holds the one export.
        using var reopened = MonitorStore.Open(StorePath, Catalogue.Default);
        Assert.Equal(1, reopened.Status().Exports);
    }

    [Fact]
    public async Task Status_lists_reported_indicators_per_project_and_half_year_and_the_missing_core_ones()
    {
        using var store = MonitorStore.Open(StorePath, Catalogue.Default);
        await store.IngestAsync(Sample("valid.ndjson"));
        var status = store.Status();
        var expected = File.ReadAllLines(Sample("valid.ndjson")).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(r => (r.GetProperty("project").GetString()!, MonitorStore.HalfYear(r.GetProperty("period").GetString()!)))
            .ToDictionary(g => g.Key, g => g.Select(r => r.GetProperty("indicator").GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(expected.Count, status.Periods.Length);
        var phases = File.ReadAllLines(Sample("valid.ndjson")).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(r => (r.GetProperty("project").GetString()!, MonitorStore.HalfYear(r.GetProperty("period").GetString()!)))
            .ToDictionary(g => g.Key, g => g.Select(r => r.GetProperty("phase").GetString()!).ToHashSet());
        var core = Catalogue.Default.Indicators.Where(i => i.IsCore).ToList();
        foreach (var p in status.Periods)
        {
            Assert.Equal(expected[(p.Project, p.Half)], p.Indicators);
            var applicable = core.Where(c => c.Applicability.Any(a => phases[(p.Project, p.Half)].Contains(a.Phase.ToCode()))).Select(c => c.Id);
            Assert.Equal(applicable.Where(c => !p.Indicators.Contains(c)).Order(StringComparer.Ordinal), p.MissingCore);
        }
    }

    [Theory]
    [InlineData("2026", "2026H2")]
    [InlineData("2026-06", "2026H1")]
    [InlineData("2026-07-01", "2026H2")]
    [InlineData("2026-01-01/2026-06-30", "2026H1")]
    [InlineData("2025-07/2025-12", "2025H2")]
    [InlineData("2024/2025", "2025H2")]
    [InlineData("2026-12-31", "2026H2")]
    [InlineData("2026-01/2026-07", "2026H2")]
    public void A_period_belongs_to_the_half_year_of_its_end(string period, string half)
    {
        Assert.Equal(half, MonitorStore.HalfYear(period));

        // The ingest computes the same in SQL (DuckDB reads the normalised records itself): both must agree.
        using var db = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT {MonitorStore.HalfYearSql("p")} FROM (SELECT $p AS p)";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("p", period));
        Assert.Equal(half, cmd.ExecuteScalar());
    }

    [Fact]
    public async Task Every_field_of_a_record_is_stored_numbers_and_categories_apart()
    {
        var export = Path.Combine(_dir, "fields.ndjson");
        File.WriteAllText(export, string.Join('\n',
            "{\"project\": \"NL.X.Y\", \"object\": \"blok-a\", \"indicator\": \"tbgo.env.energy.beng-1\", \"scale\": \"gebouw\", \"phase\": \"realisatie\", \"value\": 0.055, \"unit\": \"MWh/(m2.a)\", \"period\": \"2026-01/2026-09\", \"method\": \"measurement\", \"source\": \"EP-online, \\\"label\\\" 2026, één m² ✓\", \"buildingType\": \"woonfunctie\", \"variant\": \"grondgebonden\", \"floorArea\": 1200.5, \"dwellings\": 12, \"residents\": 30}",
            "{\"project\": \"NL.X.Y\", \"indicator\": \"tbgo.gov.participation.participation-level\", \"scale\": \"gebied\", \"phase\": \"plan\", \"value\": \"meebeslissen\", \"period\": \"2026\"}") + "\n");
        using (var store = MonitorStore.Open(StorePath, Catalogue.Default))
        {
            var result = await store.IngestAsync(export);
            Assert.True(result.Outcome == IngestOutcome.Ingested, string.Join("; ", result.Errors.Select(e => e.Message)));
            Assert.Equal(2, result.Records);
        }

        using var db = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + StorePath);
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT project, object, indicator, scale, phase, period, half, value, category, unit, method, basis, floor_area, dwellings, residents, source, building_type, variant FROM records ORDER BY indicator";
        using var reader = cmd.ExecuteReader();
        object?[] Row()
        {
            Assert.True(reader.Read());
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            return row;
        }

        Assert.Equal<object?>(["NL.X.Y", "blok-a", "tbgo.env.energy.beng-1", "gebouw", "realisatie", "2026-01/2026-09", "2026H2", 55.0, null, "kWh/(m2.a)", "measurement", null, 1200.5, 12.0, 30.0, "EP-online, \"label\" 2026, één m² ✓", "woonfunctie", "grondgebonden"], Row());
        Assert.Equal<object?>(["NL.X.Y", null, "tbgo.gov.participation.participation-level", "gebied", "plan", "2026", "2026H2", null, "meebeslissen", null, null, null, null, null, null, null, null, null], Row());
        Assert.False(reader.Read());
    }

    [Fact]
    public void A_store_without_settings_uses_the_threads_this_process_may_use_and_a_bounded_memory_limit()
    {
        string Setting(string connectionString, string name)
        {
            using var store = MonitorStore.OpenConnection(connectionString, Catalogue.Default);
            return store.CurrentSetting(name);
        }

        // DuckDB prints memory limits in its own way (64MiB as 64.0 MiB): compare against what it prints for the same setting.
        string Limit(int threads)
        {
            using var plain = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
            plain.Open();
            using var set = plain.CreateCommand();
            set.CommandText = $"SET memory_limit = '{MonitorStore.DefaultMemoryLimit(threads)}'; SELECT current_setting('memory_limit')";
            return Convert.ToString(set.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        Assert.Equal("64MiB", MonitorStore.DefaultMemoryLimit(1));
        Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Setting("Data Source=" + StorePath, "threads"));
        Assert.Equal(Limit(Environment.ProcessorCount), Setting("Data Source=" + StorePath, "memory_limit"));
        Assert.Equal(Limit(3), Setting($"Data Source={StorePath};threads=3", "memory_limit"));
        Assert.NotEqual(Limit(Environment.ProcessorCount), Setting($"Data Source={StorePath};memory_limit=1GB", "memory_limit"));
    }

    [Fact]
    public async Task Values_are_stored_in_the_canonical_unit_with_basis_and_weights()
    {
        var export = Path.Combine(_dir, "mpg.ndjson");
        File.WriteAllText(export, "{\"project\": \"NL.X.Y\", \"object\": \"a\", \"indicator\": \"tbgo.env.materials.mpg\", \"scale\": \"gebouw\", \"phase\": \"plan\", \"value\": 0.5, \"unit\": \"EUR/m2/a\", \"period\": \"2026-03\", \"basis\": \"nmd-shadow-prices-a2\", \"floorArea\": 1200}\n");
        using (var store = MonitorStore.Open(StorePath, Catalogue.Default))
        {
            Assert.Equal(IngestOutcome.Ingested, (await store.IngestAsync(export)).Outcome);
            var p = Assert.Single(store.Status().Periods);
            Assert.Equal("2026H1", p.Half);
            Assert.Equal(["tbgo.env.materials.mpg"], p.Indicators.ToArray());
        }

        using var db = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + StorePath);
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT value, unit, basis, floor_area, half FROM records";
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(0.5, reader.GetDouble(0), 12);
        Assert.Equal("EUR/(m2.a)", reader.GetString(1)); // the indicator's canonical notation, not the export's EUR/m2/a
        Assert.Equal("nmd-shadow-prices-a2", reader.GetString(2));
        Assert.Equal(1200.0, reader.GetDouble(3));
        Assert.Equal("2026H1", reader.GetString(4));
        Assert.False(reader.Read());
    }

    [Fact]
    public void The_cli_ingests_and_reports_status_and_exits_1_on_an_invalid_export()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TbgoCli.Run(["monitor", "ingest", Sample("valid.json"), Sample("invalid.csv"), "--store", StorePath], output, error);
        Assert.Equal(1, exit);
        Assert.Contains("stored 7 records", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing stored", output.ToString(), StringComparison.Ordinal);
        output = new StringWriter();
        Assert.Equal(0, TbgoCli.Run(["monitor", "status", "--store", StorePath, "--format", "json"], output, error));
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(1, doc.RootElement.GetProperty("exports").GetInt32());
        Assert.Equal(7, doc.RootElement.GetProperty("records").GetInt32());
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_an_error_not_a_crash()
    {
        File.WriteAllText(StorePath, "not a database");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(1, TbgoCli.Run(["monitor", "status", "--store", StorePath], output, error));
        Assert.Contains("cannot open the store", error.ToString(), StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_store_opens_from_a_connection_string_with_duckdb_settings()
    {
        using (var store = MonitorStore.OpenConnection($"Data Source={StorePath};threads=1", Catalogue.Default))
        {
            Assert.Equal(IngestOutcome.Ingested, (await store.IngestAsync(Sample("valid.ndjson"))).Outcome);
        }

        using var db = new DuckDB.NET.Data.DuckDBConnection($"Data Source={StorePath};threads=1");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT current_setting('threads')";
        Assert.Equal("1", Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        cmd.CommandText = "SELECT count(*) FROM exports";
        Assert.Equal(1L, Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
