using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Tbgo.Indicators.Tests.Packaging;

/// <summary>
/// The library's symbols resolve to the public repository (SourceLink), and under CI=true (how .ci/run and a
/// release pack build) no path of this machine is inside them.
/// </summary>
public sealed class SymbolTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private static MetadataReader OpenPdb(out MetadataReaderProvider provider)
    {
        var dll = typeof(Catalogue).Assembly.Location;
        var pdb = Path.ChangeExtension(dll, ".pdb");
        Assert.True(File.Exists(pdb), $"No PDB beside {dll}.");
        provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        return provider.GetMetadataReader();
    }

    [Fact]
    public void The_pdb_carries_a_source_link_to_the_public_repository_at_a_commit()
    {
        var reader = OpenPdb(out var provider);
        using (provider)
        {
            var blob = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
                .Select(c => reader.GetBlobBytes(c.Value))
                .FirstOrDefault();
            Assert.NotNull(blob);
            var json = Encoding.UTF8.GetString(blob);
            Assert.Matches("\"https://raw\\.githubusercontent\\.com/tbgo-indicators/tbgo-indicators/[0-9a-f]{40}/\\*\"", json);
        }
    }

    [Fact]
    public void Under_ci_the_pdb_paths_are_deterministic()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            // Local builds keep real paths for debugging; only CI=true builds (and packs) map them to /_/.
            return;
        }

        var reader = OpenPdb(out var provider);
        using (provider)
        {
            var names = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, n => Assert.StartsWith("/_/", n, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_assembly_is_built_deterministically()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Catalogue).Assembly.Location));
        Assert.Contains(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);
    }
}
