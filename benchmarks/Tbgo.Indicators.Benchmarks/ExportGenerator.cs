using System.Globalization;
using System.Text;

namespace Tbgo.Indicators.Benchmarks;

/// <summary>
/// A deterministic measurement export for benchmarks: real indicator ids with applicable phase and
/// scale, units (some needing conversion), periods, sources, and 0.5% structurally or semantically
/// bad records. The same seed gives the same bytes.
/// </summary>
public static class ExportGenerator
{
    private static readonly (string Id, string Scale, string Phase, string Unit, double Min, double Max)[] Kinds =
    [
        ("tbgo.env.energy.beng-1", "gebouw", "plan", "kWh/(m2.a)", 20, 180),
        ("tbgo.env.energy.beng-2", "gebouw", "plan", "kWh/(m2.a)", 0, 90),
        ("tbgo.env.materials.mpg", "gebouw", "plan", "EUR/m2/a", 0.2, 1.2),
        ("tbgo.env.climate.life-cycle-gwp", "gebouw", "plan", "kg CO2-eq/(m2.a)", 5, 60),
        ("tbgo.env.climate.upfront-carbon", "gebouw", "plan", "kg CO2-eq/m2", 150, 800),
        ("tbgo.env.nature.green-share", "gebied", "plan", "%", 5, 60),
        ("tbgo.soc.housing.dwelling-density", "gebied", "plan", "dwelling/ha", 20, 250),
        ("tbgo.env.energy.beng-1", "gebouw", "realisatie", "MWh/(m2.a)", 0.02, 0.18),
    ];

    private static readonly string[] Cities = ["ROTTERDAM", "UTRECHT", "AMSTERDAM", "EINDHOVEN", "GRONINGEN"];

    /// <summary>Writes <paramref name="records"/> records as a JSON export or NDJSON; with <paramref name="valid"/> no bad record (what the monitor can ingest).</summary>
    public static void Write(TextWriter w, int records, bool ndjson, int seed = 2026, bool valid = false)
    {
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL;
        ulong Next()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        }

        if (!ndjson)
        {
            w.Write("{\n  \"$schema\": \"https://tbgo-indicators.nl/schemas/v1/measurement-export.schema.json\",\n  \"catalogue\": {\"id\": \"tbgo\", \"version\": \"2026.1\"},\n  \"records\": [\n");
        }

        var sb = new StringBuilder(256);
        for (var i = 0; i < records; i++)
        {
            var kind = Kinds[i % Kinds.Length];
            var project = $"NL.{Cities[i / 5000 % Cities.Length]}.PROJECT-{i / 2000:D4}";
            var obj = "bouwblok-" + (i / Kinds.Length % 250).ToString(CultureInfo.InvariantCulture);
            var value = kind.Min + ((kind.Max - kind.Min) * (Next() % 10_000) / 10_000.0);
            var period = (2020 + (i / 50_000)).ToString(CultureInfo.InvariantCulture);
            var scale = kind.Scale;
            var unitText = kind.Unit;
            var bad = Next() % 200 == 0 && !valid;
            if (bad)
            {
                switch (Next() % 4)
                {
                    case 0: scale = "gebouwen"; break;
                    case 1: value = kind.Max * 100; break;
                    case 2: unitText = "kg"; break;
                    default: period = period + "-13"; break;
                }
            }

            sb.Clear();
            sb.Append(ndjson ? string.Empty : "    ");
            sb.Append("{\"project\": \"").Append(project)
              .Append("\", \"object\": \"").Append(obj)
              .Append("\", \"indicator\": \"").Append(kind.Id)
              .Append("\", \"scale\": \"").Append(scale)
              .Append("\", \"phase\": \"").Append(kind.Phase)
              .Append("\", \"value\": ").Append(Math.Round(value, 3).ToString("R", CultureInfo.InvariantCulture))
              .Append(", \"unit\": \"").Append(unitText)
              .Append("\", \"period\": \"").Append(period)
              .Append("\", \"method\": \"design-calculation\", \"source\": \"Rekenrapport ").Append((i % 997).ToString(CultureInfo.InvariantCulture)).Append(", versie 2\"}");
            if (!ndjson && i < records - 1)
            {
                sb.Append(',');
            }

            sb.Append('\n');
            w.Write(sb);
        }

        if (!ndjson)
        {
            w.Write("  ]\n}\n");
        }
    }

    public static byte[] Bytes(int records, bool ndjson)
    {
        using var s = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(s, records, ndjson);
        return Encoding.UTF8.GetBytes(s.ToString());
    }
}
