using System.Diagnostics;
using Tbgo.Indicators.Loading;

namespace Tbgo.Indicators.Tests.Loading;

/// <summary>
/// Loading a folder reads only regular files inside it: a named pipe is never opened (opening one blocks), and a
/// link that leads outside the folder is reported without reading (or quoting) its target.
/// </summary>
public sealed class CatalogueFolderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("tbgo-folder-");
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("tbgo-outside-");

    public CatalogueFolderTests() => new TestCatalogue().WriteTo(_root.FullName);

    public void Dispose()
    {
        _root.Delete(recursive: true);
        _outside.Delete(recursive: true);
    }

    // A guard against the defect this tests (a load that never returns), not a timing assertion.
    private CatalogueLoadResult Load()
    {
        var task = Task.Run(() => CatalogueLoader.LoadDirectory(_root.FullName));
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "Loading the folder did not return (a blocking open?).");
        return task.Result;
    }

    private List<string> ReadFailures(CatalogueLoadResult result) =>
        result.Diagnostics.Where(d => d.Code == "TBGO1011").Select(d => Path.GetRelativePath(_root.FullName, d.Location.File!).Replace('\\', '/') + ": " + d.Message).ToList();

    [Fact]
    public void The_written_test_catalogue_loads()
    {
        var result = Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_named_pipe_is_reported_and_never_opened()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // named pipes in the file system are a Unix thing
        }

        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_root.FullName, "env", "pipe.yaml")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var result = Load();
        Assert.Null(result.Catalogue);
        var failure = Assert.Single(ReadFailures(result));
        Assert.StartsWith("env/pipe.yaml: ", failure, StringComparison.Ordinal);
        Assert.Contains("not a regular file", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_file_outside_is_reported_and_its_target_never_quoted()
    {
        var secret = Path.Combine(_outside.FullName, "secret.yaml");
        File.WriteAllText(secret, "password: hunter2\n");
        File.CreateSymbolicLink(Path.Combine(_root.FullName, "env", "secret.yaml"), secret);
        var result = Load();
        Assert.Null(result.Catalogue);
        var failure = Assert.Single(ReadFailures(result));
        Assert.StartsWith("env/secret.yaml: ", failure, StringComparison.Ordinal);
        Assert.Contains("leads outside the catalogue folder", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => (d.Message + d.Hint).Contains("hunter2", StringComparison.Ordinal) || (d.Message + d.Hint).Contains("password", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_folder_that_leads_outside_is_not_read()
    {
        File.WriteAllText(Path.Combine(_outside.FullName, "x.yaml"), "password: hunter2\n");
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "env", "linked"), _outside.FullName);
        var result = Load();
        var failure = Assert.Single(ReadFailures(result));
        Assert.StartsWith("env/linked/x.yaml: ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_link_is_reported()
    {
        File.CreateSymbolicLink(Path.Combine(_root.FullName, "env", "gone.yaml"), Path.Combine(_root.FullName, "missing.yaml"));
        var failure = Assert.Single(ReadFailures(Load()));
        Assert.Contains("target does not exist", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_folder_is_followed()
    {
        var target = Path.Combine(_root.FullName, TestCatalogue.IndicatorPath);
        var moved = Path.Combine(_root.FullName, "indicator-source.txt");
        File.Move(target, moved);
        File.CreateSymbolicLink(target, moved);
        var result = Load();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(ReadFailures(result));
    }
}
