using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DuckDB.NET.Data;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Model;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Monitor;

/// <summary>
/// The programme monitor's store: validated measurement records of many projects and half-years in one embedded
/// DuckDB file. An export is ingested all or nothing, inside one transaction, after the export validator found no
/// error; its records are stored normalised to the indicator's canonical unit, with the export's file name, SHA-256,
/// catalogue version and ingest time. The same export (same bytes) is never counted twice.
/// </summary>
public sealed partial class MonitorStore : IDisposable
{
    private const int SchemaVersion = 2; // 2: building_type and variant (exchange format 1.2), added to a version-1 store on open
    private readonly DuckDBConnection _connection;
    private readonly Catalogue _catalogue;

    private MonitorStore(DuckDBConnection connection, Catalogue catalogue)
    {
        _connection = connection;
        _catalogue = catalogue;
    }

    /// <summary>Opens (or creates) a store.</summary>
    /// <param name="path">The store file, or <c>:memory:</c>.</param>
    /// <param name="catalogue">The catalogue exports are validated against.</param>
    /// <returns>The open store.</returns>
    public static MonitorStore Open(string path, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(path);
        return OpenConnection("Data Source=" + path, catalogue);
    }

    /// <summary>Opens (or creates) a store from a DuckDB connection string, for DuckDB's own settings (such as <c>Data Source=monitor.duckdb;threads=1</c>).</summary>
    /// <param name="connectionString">A DuckDB.NET connection string.</param>
    /// <param name="catalogue">The catalogue exports are validated against.</param>
    /// <returns>The open store.</returns>
    public static MonitorStore OpenConnection(string connectionString, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(catalogue);
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (Exception ex) when (ex is not (DllNotFoundException or EntryPointNotFoundException or BadImageFormatException))
        {
            connection.Dispose(); // not a DuckDB file, or locked by another process
            throw;
        }
        catch (Exception ex)
        {
            connection.Dispose();
            throw new MonitorUnavailableException("The monitor needs the DuckDB native library (libduckdb 1.5), which is not on this machine: install it from duckdb.org (or reference the NuGet package DuckDB.NET.Bindings.Full in your own project).", ex);
        }

        var store = new MonitorStore(connection, catalogue);
        store.Execute("""
            CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR);
            CREATE TABLE IF NOT EXISTS exports (
              sha256 VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, catalogue VARCHAR NOT NULL,
              ingested TIMESTAMP NOT NULL, records BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS records (
              export_sha256 VARCHAR NOT NULL, project VARCHAR NOT NULL, object VARCHAR, indicator VARCHAR NOT NULL,
              scale VARCHAR NOT NULL, phase VARCHAR NOT NULL, period VARCHAR NOT NULL, half VARCHAR NOT NULL,
              value DOUBLE, category VARCHAR, unit VARCHAR, method VARCHAR, basis VARCHAR,
              floor_area DOUBLE, dwellings DOUBLE, residents DOUBLE, source VARCHAR);
            ALTER TABLE records ADD COLUMN IF NOT EXISTS building_type VARCHAR;
            ALTER TABLE records ADD COLUMN IF NOT EXISTS variant VARCHAR;
            UPDATE records SET half = half || 'H2' WHERE length(half) = 4;
            """);
        store.Execute($"INSERT INTO store_info VALUES ('schema', '{SchemaVersion}') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        return store;
    }

    /// <summary>Validates an export and, when it has no error, stores its records; else stores nothing.</summary>
    /// <param name="path">The export file (JSON, NDJSON or CSV, by extension).</param>
    /// <param name="cancellationToken">Cancels the ingest; nothing of this export is then stored.</param>
    /// <returns>What happened, with the first errors when the export is invalid.</returns>
    public async Task<IngestResult> IngestAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (Scalar<long>($"SELECT count(*) FROM exports WHERE sha256 = '{sha}'") > 0)
        {
            return new IngestResult(path, sha, IngestOutcome.AlreadyIngested, 0, []);
        }

        var normalised = new MemoryStream();
        var options = new ExportValidationOptions { FileName = path, NormaliseTo = normalised };
        var run = new ExportValidator(_catalogue).Validate(new MemoryStream(bytes), options);
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        await foreach (var d in run.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (d.IsError && errors.Count < 100)
            {
                errors.Add(d);
            }
        }

        var summary = run.Summary;
        if (!summary.IsValid)
        {
            return new IngestResult(path, sha, IngestOutcome.Invalid, 0, errors.ToImmutable()) { ErrorCount = summary.Errors };
        }

        var count = Store(normalised.ToArray(), path, sha, summary.Catalogue, cancellationToken);
        return new IngestResult(path, sha, IngestOutcome.Ingested, count, []);
    }

    private long Store(byte[] ndjson, string path, string sha, string catalogue, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        long count = 0;
        using (var appender = _connection.CreateAppender("records"))
        {
            foreach (var line in Lines(ndjson))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var period = Str(r, "period")!;
                var value = r.GetProperty("value");
                var row = appender.CreateRow();
                row.AppendValue(sha)
                    .AppendValue(Str(r, "project"))
                    .AppendValue(Str(r, "object"))
                    .AppendValue(Str(r, "indicator"))
                    .AppendValue(Str(r, "scale"))
                    .AppendValue(Str(r, "phase"))
                    .AppendValue(period)
                    .AppendValue(HalfYear(period))
                    .AppendValue(value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null)
                    .AppendValue(value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                    .AppendValue(Str(r, "unit"))
                    .AppendValue(Str(r, "method"))
                    .AppendValue(Str(r, "basis"))
                    .AppendValue(Num(r, "floorArea"))
                    .AppendValue(Num(r, "dwellings"))
                    .AppendValue(Num(r, "residents"))
                    .AppendValue(Str(r, "source"))
                    .AppendValue(Str(r, "buildingType"))
                    .AppendValue(Str(r, "variant"))
                    .EndRow();
                count++;
            }
        }

        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO exports VALUES ($sha, $file, $catalogue, now()::TIMESTAMP, $records)";
            cmd.Parameters.Add(new DuckDBParameter("sha", sha));
            cmd.Parameters.Add(new DuckDBParameter("file", Path.GetFileName(path)));
            cmd.Parameters.Add(new DuckDBParameter("catalogue", catalogue));
            cmd.Parameters.Add(new DuckDBParameter("records", count));
            cmd.ExecuteNonQuery();
        }

        transaction.Commit();
        return count;
    }

    /// <summary>
    /// Which projects reported which indicators in which half-year, and per project and half-year the core indicators
    /// missing: those of the catalogue that apply in a phase the project reported in that half-year and have no record.
    /// </summary>
    /// <returns>The status.</returns>
    public MonitorStatus Status()
    {
        var reported = new List<ReportedPeriod>();
        var have = new Dictionary<(string Project, string Half), (HashSet<string> Indicators, HashSet<Phase> Phases)>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT project, half, indicator, phase FROM records GROUP BY ALL";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (!have.TryGetValue(key, out var sets))
                {
                    have[key] = sets = (new HashSet<string>(StringComparer.Ordinal), []);
                }

                sets.Indicators.Add(reader.GetString(2));
                if (Codes.TryParse(reader.GetString(3), out Phase phase))
                {
                    sets.Phases.Add(phase);
                }
            }
        }

        var core = _catalogue.Indicators.Where(i => i.IsCore).OrderBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray();
        foreach (var ((project, half), (indicators, phases)) in have.OrderBy(k => k.Key.Project, StringComparer.Ordinal).ThenBy(k => k.Key.Half, StringComparer.Ordinal))
        {
            reported.Add(new ReportedPeriod(project, half, [.. indicators.Order(StringComparer.Ordinal)],
                [.. core.Where(c => !indicators.Contains(c.Id) && phases.Any(c.AppliesTo)).Select(c => c.Id)], [.. phases.Order()]));
        }

        return new MonitorStatus(Scalar<long>("SELECT count(*) FROM exports"), Scalar<long>("SELECT count(*) FROM records"), [.. reported]);
    }

    /// <summary>The half-year a period belongs to, that of its end: <c>2026H1</c> for a month or day in January to June, <c>2026H2</c> for July to December and for the whole year <c>2026</c> (an interval by its end).</summary>
    /// <param name="period">A record period (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>start/end</c>).</param>
    /// <returns>The half-year label.</returns>
    public static string HalfYear(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var end = period.Contains('/', StringComparison.Ordinal) ? period[(period.IndexOf('/', StringComparison.Ordinal) + 1)..] : period;
        if (end.Length == 4)
        {
            return end + "H2";
        }

        return end.Length >= 7 && int.TryParse(end.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? end[..4] + (month <= 6 ? "H1" : "H2")
            : end; // not a record period (the validator refuses those): kept as given
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] ndjson)
    {
        var start = 0;
        for (var i = 0; i <= ndjson.Length; i++)
        {
            if (i == ndjson.Length || ndjson[i] == (byte)'\n')
            {
                if (i > start)
                {
                    yield return ndjson.AsMemory(start, i - start);
                }

                start = i + 1;
            }
        }
    }

    private static string? Str(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

/// <summary>What ingesting one export did.</summary>
/// <param name="File">The export file.</param>
/// <param name="Sha256">The SHA-256 of its bytes, which identifies it in the store.</param>
/// <param name="Outcome">Stored, refused as invalid, or already in the store.</param>
/// <param name="Records">Records stored.</param>
/// <param name="Errors">The first (at most 100) errors of an invalid export.</param>
public sealed record IngestResult(string File, string Sha256, IngestOutcome Outcome, long Records, ImmutableArray<Diagnostic> Errors)
{
    /// <summary>The number of errors of an invalid export (all of them, not only those in <see cref="Errors"/>).</summary>
    public long ErrorCount { get; init; }
}

/// <summary>The outcome of one ingest.</summary>
public enum IngestOutcome
{
    /// <summary>Every record was stored.</summary>
    Ingested,

    /// <summary>The export has errors; nothing was stored.</summary>
    Invalid,

    /// <summary>The same bytes were ingested before; nothing was stored again.</summary>
    AlreadyIngested,
}

/// <summary>What the store holds.</summary>
/// <param name="Exports">Exports ingested.</param>
/// <param name="Records">Records stored.</param>
/// <param name="Periods">Per project and half-year the indicators reported and the core indicators missing.</param>
public sealed record MonitorStatus(long Exports, long Records, ImmutableArray<ReportedPeriod> Periods);

/// <summary>One project in one half-year.</summary>
/// <param name="Project">The project id.</param>
/// <param name="Half">The half-year label (<c>2026H1</c>) or the year.</param>
/// <param name="Indicators">The indicators reported.</param>
/// <param name="MissingCore">The core indicators of the catalogue that apply in one of <paramref name="Phases"/> and were not reported.</param>
/// <param name="Phases">The phases the project reported in.</param>
public sealed record ReportedPeriod(string Project, string Half, ImmutableArray<string> Indicators, ImmutableArray<string> MissingCore, ImmutableArray<Phase> Phases);

/// <summary>The monitor cannot run on this machine: the DuckDB native library is missing.</summary>
public sealed class MonitorUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MonitorUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    public MonitorUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    /// <param name="innerException">The loader's error.</param>
    public MonitorUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
