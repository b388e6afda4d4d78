using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
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

    /// <summary>
    /// Opens (or creates) a store from a DuckDB connection string, for DuckDB's own settings (such as
    /// <c>Data Source=monitor.duckdb;threads=1</c>). Where the string does not set them, the store uses as many DuckDB
    /// threads as this process may use (<see cref="Environment.ProcessorCount"/>, which follows CPU affinity and
    /// container limits, where DuckDB's own default counts the machine's cores) and a DuckDB memory limit of 32 MiB
    /// plus 32 MiB per thread (DuckDB's JSON reader holds a 32 MiB buffer per thread) instead of DuckDB's 80 % of the
    /// machine's memory, so an ingest runs in flat memory; set <c>memory_limit</c> for heavy queries over a large store.
    /// </summary>
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
        try
        {
            var given = new DuckDBConnectionStringBuilder { ConnectionString = connectionString };
            if (!given.ContainsKey("threads"))
            {
                store.Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {Environment.ProcessorCount}"));
            }

            if (!given.ContainsKey("memory_limit"))
            {
                store.Execute($"SET memory_limit = '{DefaultMemoryLimit(int.Parse(store.CurrentSetting("threads"), CultureInfo.InvariantCulture))}'");
            }

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
        }
        catch
        {
            store.Dispose(); // a bad setting in the connection string, or a store this version cannot migrate
            throw;
        }

        return store;
    }

    /// <summary>
    /// Validates an export and, when it has no error, stores its records; else stores nothing. Streams: the export is
    /// read twice (once for its SHA-256, once by the validator), its normalised records go to a temporary NDJSON file
    /// that DuckDB reads into the store in one transaction, so memory does not grow with the export's size.
    /// </summary>
    /// <param name="path">The export file (JSON, NDJSON or CSV, by extension).</param>
    /// <param name="cancellationToken">Cancels the ingest while the export is hashed and validated (most of the time), and
    /// before its records go into the store; nothing of this export is then stored. DuckDB's insert itself, once begun,
    /// runs to its commit.</param>
    /// <returns>What happened, with the first errors when the export is invalid.</returns>
    public async Task<IngestResult> IngestAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sha = await Sha256Async(path, cancellationToken).ConfigureAwait(false);

        if (Scalar<long>($"SELECT count(*) FROM exports WHERE sha256 = '{sha}'") > 0)
        {
            return new IngestResult(path, sha, IngestOutcome.AlreadyIngested, 0, []);
        }

        var normalised = Path.Combine(Path.GetTempPath(), $"tbgo-ingest-{Guid.NewGuid():N}.ndjson");
        try
        {
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            ExportSummary summary;
            await using (var input = OpenRead(path))
            await using (var output = new FileStream(normalised, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                var run = new ExportValidator(_catalogue).Validate(input, new ExportValidationOptions { FileName = path, NormaliseTo = output });
                await foreach (var d in run.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (d.IsError && errors.Count < 100)
                    {
                        errors.Add(d);
                    }
                }

                summary = run.Summary;
            }

            if (!summary.IsValid)
            {
                return new IngestResult(path, sha, IngestOutcome.Invalid, 0, errors.ToImmutable()) { ErrorCount = summary.Errors };
            }

            cancellationToken.ThrowIfCancellationRequested();
            var count = Store(normalised, path, sha, summary.Catalogue, summary.NormalisedRecords);
            return new IngestResult(path, sha, IngestOutcome.Ingested, count, []);
        }
        finally
        {
            File.Delete(normalised);
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            await using var input = OpenRead(path);
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan); // unbuffered: the readers take large blocks

    /// <summary>
    /// Reads the validator's normalised NDJSON (measurement-normalised-record.schema.json) into the records table and
    /// registers the export, in one transaction: DuckDB's own JSON reader does the parsing. The half-year is
    /// <see cref="HalfYear"/> written in SQL (a test holds the two to the same answers).
    /// </summary>
    private long Store(string ndjson, string path, string sha, string catalogue, long expected)
    {
        using var transaction = _connection.BeginTransaction();
        long count;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = $$"""
                INSERT INTO records (export_sha256, project, object, indicator, scale, phase, period, half, value, category,
                                     unit, method, basis, floor_area, dwellings, residents, source, building_type, variant)
                SELECT $sha, project, object, indicator, scale, phase, period, {{HalfYearSql("period")}},
                       CASE WHEN json_type(value) IN ('DOUBLE', 'BIGINT', 'UBIGINT', 'HUGEINT') THEN value::DOUBLE END,
                       CASE WHEN json_type(value) = 'VARCHAR' THEN value ->> '$' END,
                       unit, method, basis, floorArea, dwellings, residents, source, buildingType, variant
                FROM read_json('{{ndjson.Replace("'", "''", StringComparison.Ordinal)}}', format = 'newline_delimited', records = true,
                  columns = {project: 'VARCHAR', object: 'VARCHAR', indicator: 'VARCHAR', scale: 'VARCHAR', phase: 'VARCHAR',
                             period: 'VARCHAR', value: 'JSON', unit: 'VARCHAR', method: 'VARCHAR', basis: 'VARCHAR',
                             floorArea: 'DOUBLE', dwellings: 'DOUBLE', residents: 'DOUBLE', source: 'VARCHAR',
                             buildingType: 'VARCHAR', variant: 'VARCHAR'})
                """;
            cmd.Parameters.Add(new DuckDBParameter("sha", sha));
            count = cmd.ExecuteNonQuery();
        }

        if (count != expected)
        {
            // Never a silent drop: the transaction is rolled back when it is disposed uncommitted.
            throw new InvalidOperationException($"Ingest of '{path}' stopped: the validator normalised {expected} records but the store read {count}; nothing was stored.");
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

    /// <summary><see cref="HalfYear"/> as a SQL expression over a period column.</summary>
    internal static string HalfYearSql(string period)
    {
        var end = $"(CASE WHEN contains({period}, '/') THEN substr({period}, strpos({period}, '/') + 1) ELSE {period} END)";
        var month = $"TRY_CAST(substr({end}, 6, 2) AS INTEGER)";
        return $"(CASE WHEN length({end}) = 4 THEN {end} || 'H2' "
            + $"WHEN length({end}) >= 7 AND {month} BETWEEN 1 AND 6 THEN substr({end}, 1, 4) || 'H1' "
            + $"WHEN length({end}) >= 7 AND {month} BETWEEN 7 AND 12 THEN substr({end}, 1, 4) || 'H2' "
            + $"ELSE {end} END)";
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

    /// <summary>The memory limit of a store whose connection string sets none: 32 MiB and 32 MiB per DuckDB thread (one thread: 64 MiB, which kept a 1,000,000-record ingest under 240 MB peak).</summary>
    internal static string DefaultMemoryLimit(int threads) => string.Create(CultureInfo.InvariantCulture, $"{32 + (32 * threads)}MiB");

    /// <summary>A DuckDB setting of this store's connection (tests).</summary>
    internal string CurrentSetting(string name) => Scalar<string>($"SELECT current_setting('{name.Replace("'", "''", StringComparison.Ordinal)}')");

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
