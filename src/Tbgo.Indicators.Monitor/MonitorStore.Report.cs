using System.Collections.Immutable;
using System.Data.Common;
using DuckDB.NET.Data;
using Tbgo.Indicators.Model;

namespace Tbgo.Indicators.Monitor;

public sealed partial class MonitorStore
{
    /// <summary>
    /// The report for one half-year: every series up to that half-year against the limit in force and the roadmap, and
    /// the roll-ups of object values to area level in that half-year. Of several records of one series in one half-year
    /// the latest counts: the one whose period ends last, then the one ingested last.
    /// </summary>
    /// <param name="period">The half-year, <c>YYYYH1</c> or <c>YYYYH2</c>.</param>
    /// <param name="project">One project only, or <see langword="null"/> for every project (and the programme roll-up).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a half-year.</exception>
    public MonitorReport Report(string period, string? project = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!MonitorReportBuilder.IsHalfYear(period))
        {
            throw new ArgumentException($"'{period}' is not a half-year: write YYYYH1 or YYYYH2, such as 2026H1.", nameof(period));
        }

        var rows = new List<MonitorReportBuilder.Row>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT project, indicator, scale, phase, object, basis, building_type, variant, half, value, category, records, floor_area, dwellings, residents
                FROM (
                  SELECT r.*,
                    count(*) OVER (PARTITION BY r.project, r.indicator, r.scale, r.phase, r.object, r.basis, r.building_type, r.variant, r.half) AS records,
                    row_number() OVER (PARTITION BY r.project, r.indicator, r.scale, r.phase, r.object, r.basis, r.building_type, r.variant, r.half
                                       ORDER BY CASE WHEN contains(r.period, '/') THEN split_part(r.period, '/', 2) ELSE r.period END DESC, e.ingested DESC, e.sha256 DESC) AS latest
                  FROM records r JOIN exports e ON e.sha256 = r.export_sha256
                  WHERE r.half <= $period AND ($project IS NULL OR r.project = $project)
                )
                WHERE latest = 1
                """;
            cmd.Parameters.Add(new DuckDBParameter("period", period));
            cmd.Parameters.Add(new DuckDBParameter("project", (object?)project ?? DBNull.Value));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                Codes.TryParse(reader.GetString(2), out Scale scale);
                Codes.TryParse(reader.GetString(3), out Phase phase);
                var key = new MonitorSeriesKey(reader.GetString(0), reader.GetString(1), scale, phase, Opt(reader, 4), Opt(reader, 5), Opt(reader, 6), Opt(reader, 7));
                rows.Add(new MonitorReportBuilder.Row(key, reader.GetString(8), OptNum(reader, 9), Opt(reader, 10), (int)reader.GetInt64(11), OptNum(reader, 12), OptNum(reader, 13), OptNum(reader, 14)));
            }
        }

        var status = Status().Periods.Where(p => string.Equals(p.Half, period, StringComparison.Ordinal) && (project is null || string.Equals(p.Project, project, StringComparison.Ordinal))).ToImmutableArray();
        return MonitorReportBuilder.Build(_catalogue, period, project, rows, status);

        static string? Opt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        static double? OptNum(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
    }
}
