namespace Tbgo.Indicators.Monitor;

public sealed partial class MonitorStore
{
    /// <summary>
    /// Writes the store as Parquet, for an engine beyond one machine (DuckDB, Spark, Trino): <c>records/</c> partitioned
    /// by half-year (hive style, <c>records/half=2026H1/*.parquet</c>), each record with its export's file name,
    /// catalogue and ingest time, and <c>exports.parquet</c>. The queries in docs/monitor.md run on both.
    /// </summary>
    /// <param name="directory">The folder to write; created when missing. Existing <c>records/</c> and <c>exports.parquet</c> in it are replaced.</param>
    /// <returns>The number of records written.</returns>
    public long ExportParquet(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory);
        Directory.CreateDirectory(full);
        var records = Path.Combine(full, "records");
        if (Directory.Exists(records))
        {
            Directory.Delete(records, recursive: true);
        }

        var exports = Path.Combine(full, "exports.parquet");
        Execute($"""
            COPY (
              SELECT r.*, e.file AS export_file, e.catalogue, e.ingested
              FROM records r JOIN exports e ON e.sha256 = r.export_sha256
              ORDER BY r.half, r.project, r.indicator, r.scale, r.phase, r.object, r.period
            ) TO {Literal(records)} (FORMAT PARQUET, PARTITION_BY (half), COMPRESSION zstd);
            COPY (SELECT * FROM exports ORDER BY ingested, sha256) TO {Literal(exports)} (FORMAT PARQUET, COMPRESSION zstd);
            """);
        return Scalar<long>("SELECT count(*) FROM records");
    }

    /// <summary>A SQL string literal (COPY takes no parameters for its target).</summary>
    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
