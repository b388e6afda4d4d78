namespace Tbgo.Indicators.TestSupport;

/// <summary>
/// Finds headless Chromium (Debian's <c>chromium</c> package). On a developer's machine without it the
/// browser tests are reported as skipped with the reason; under <c>CI=true</c> (as <c>.ci/run</c> sets it,
/// after installing the package) a missing browser is a failure, so CI always renders in a real browser.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Paths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Path { get; } = Paths.FirstOrDefault(File.Exists);

    /// <summary>True when the run is CI's (<c>CI=true</c>).</summary>
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason a browser test does not run here, or null when it runs.</summary>
    public static string? SkipReason => Path is null && !IsCi
        ? "Did not run: Chromium is not installed on this machine (apt-get install -y chromium; .ci/run installs it and runs this test with CI=true, where a missing browser fails)."
        : null;
}

/// <summary>A test that needs headless Chromium: skipped with the reason without it, failing without it under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
