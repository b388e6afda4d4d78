using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Tbgo.Indicators.Monitor;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests.Monitor;

/// <summary>The native DuckDB library this test process loads, so a child `tbgo` process can load it too (Linux x64 only).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            Skip = "Did not run: the kill test starts tbgo with the linux-x64 DuckDB native library of the test output; other platforms are not wired.";
        }
    }
}

/// <summary>Issue 12: killing ingest half-way leaves the store as it was before that export.</summary>
public sealed class MonitorKillTests : IDisposable
{
    private const int BigRecords = 250_000; // large enough that a kill lands while ingest still runs (the streaming ingest is fast)
    private readonly string _dir = Directory.CreateTempSubdirectory("tbgo-monitor-kill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LinuxX64Fact]
    public async Task A_killed_ingest_leaves_the_store_with_all_or_none_of_the_export()
    {
        var big = Path.Combine(_dir, "big.ndjson");
        var text = new StringBuilder();
        for (var i = 0; i < BigRecords; i++)
        {
            text.Append("{\"project\": \"NL.KILL.P").Append(i % 30).Append("\", \"object\": \"o").Append(i)
                .Append("\", \"indicator\": \"tbgo.env.energy.beng-1\", \"scale\": \"gebouw\", \"phase\": \"plan\", \"value\": ").Append(50 + (i % 100))
                .Append(", \"unit\": \"kWh/(m2.a)\", \"period\": \"2026-03\"}\n");
        }

        await File.WriteAllTextAsync(big, text.ToString());
        var baseline = Path.Combine(_dir, "baseline.duckdb");
        using (var store = MonitorStore.Open(baseline, Catalogue.Default))
        {
            Assert.Equal(IngestOutcome.Ingested, (await store.IngestAsync(RepoPaths.Combine("samples", "exports", "valid.ndjson"))).Outcome);
        }

        var killedWhileRunning = 0;
        foreach (var delay in (int[])[300, 700, 1100, 1500, 1900])
        {
            var path = Path.Combine(_dir, $"store-{delay}.duckdb");
            File.Copy(baseline, path);
            using (var child = StartIngest(big, path))
            {
                await Task.Delay(delay);
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                    killedWhileRunning++;
                }

                await child.WaitForExitAsync();
            }

            using var reopened = MonitorStore.Open(path, Catalogue.Default);
            var status = reopened.Status();
            Assert.True(status.Exports is 1 or 2, $"after {delay} ms: {status.Exports} exports");
            Assert.Equal(status.Exports == 1 ? 7 : 7 + BigRecords, status.Records);
        }

        Assert.True(killedWhileRunning >= 2, $"only {killedWhileRunning} kills hit a running ingest; the test did not test the kill");
    }

    private static Process StartIngest(string export, string store)
    {
        var bin = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(bin, "Tbgo.Indicators.Cli.dll"));
        foreach (var a in (string[])["monitor", "ingest", export, "--store", store])
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["LD_LIBRARY_PATH"] = Path.Combine(bin, "runtimes", "linux-x64", "native");
        return Process.Start(info)!;
    }
}
