namespace Tbgo.Indicators.TestSupport;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tbgo.Indicators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Tbgo.Indicators.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string Indicators => Path.Combine(Root, "indicators");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Copies the shipped catalogue (every file of <c>indicators/</c>) to <paramref name="target"/>, for tests that edit it.</summary>
    public static string CopyIndicators(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Indicators, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(Indicators, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        return target;
    }
}
