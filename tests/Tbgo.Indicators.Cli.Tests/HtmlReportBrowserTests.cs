using System.Diagnostics;
using Tbgo.Indicators.TestSupport;

namespace Tbgo.Indicators.Cli.Tests;

/// <summary>
/// The HTML report opens in a real browser: headless Chromium (Debian's chromium package, installed by
/// .ci/run) renders it, the rendered page holds the summary, and a screenshot is taken. Without Chromium
/// the test is reported as skipped with the reason, except under CI=true, where it fails.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    [ChromiumFact]
    public void ChromiumRendersTheReportAndAScreenshotShowsTheSummary()
    {
        var chromium = TestSupport.Chromium.Path;
        Assert.True(chromium is not null, "Chromium is not installed, and CI=true requires it: run apt-get install -y chromium (.ci/run does this).");

        var dir = Directory.CreateTempSubdirectory("tbgo-html-");
        try
        {
            var (exit, html, _) = CliRunner.Run("validate", RepoPaths.Combine("samples", "exports", "invalid.ndjson"), "--format", "html");
            Assert.Equal(1, exit);
            var page = Path.Combine(dir.FullName, "report.html");
            File.WriteAllText(page, html);

            var dom = Chromium(chromium!, dir.FullName, "--dump-dom", new Uri(page).AbsoluteUri);
            Assert.Contains("INVALID", dom, StringComparison.Ordinal);
            Assert.Contains("records read", dom, StringComparison.Ordinal);
            Assert.Contains("TBGO5012", dom, StringComparison.Ordinal);

            var png = Path.Combine(dir.FullName, "report.png");
            Chromium(chromium!, dir.FullName, "--screenshot=" + png, "--window-size=1280,900", new Uri(page).AbsoluteUri);
            Assert.True(File.Exists(png), "Chromium wrote no screenshot.");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, $"The screenshot is suspiciously small ({bytes.Length} bytes).");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            var keep = Environment.GetEnvironmentVariable("TBGO_SCREENSHOT_DIR");
            if (!string.IsNullOrEmpty(keep))
            {
                File.Copy(png, Path.Combine(keep, "validate-report.png"), overwrite: true);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Runs headless Chromium with the flags every browser test needs; returns its standard output.</summary>
    internal static string Chromium(string chromium, string tempDir, params string[] args)
    {
        var psi = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Path.Combine(tempDir, "profile") }.Concat(args))
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 120 s.");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
