namespace Tbgo.Indicators.TestSupport;

/// <summary>A temporary copy of the repository's catalogue folder for a test to edit; deleted on dispose.</summary>
internal sealed class CatalogueCopy : IDisposable
{
    public CatalogueCopy()
    {
        Root = Directory.CreateTempSubdirectory("tbgo-catalogue-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Indicators, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Root, System.IO.Path.GetRelativePath(RepoPaths.Indicators, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The folder holding catalogue.yaml.</summary>
    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Delete(string relative) => File.Delete(Path(relative));

    /// <summary>Replaces exactly one occurrence of <paramref name="oldText"/> in a file (fails when it occurs zero or several times).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(Path(relative));
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {relative}.");
        }

        File.WriteAllText(Path(relative), string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
