namespace Tbgo.Indicators.Loading;

/// <summary>
/// One file of a catalogue: its path relative to the catalogue root (with '/' separators, such as
/// <c>env/climate/tbgo.env.climate.wlc-gwp.yaml</c>), the name to report in diagnostics, and its bytes.
/// </summary>
public sealed class CatalogueSource
{
    private CatalogueSource(string path, string displayPath, ReadOnlyMemory<byte> content, long length)
    {
        Path = path;
        DisplayPath = displayPath;
        Content = content;
        Length = length;
    }

    /// <summary>The path relative to the catalogue root, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The name used in diagnostics, such as the file path as the user gave it.</summary>
    public string DisplayPath { get; }

    /// <summary>The bytes read (empty when the input was larger than the limit).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The length of the input in bytes, as far as it was read (at most the limit plus one).</summary>
    public long Length { get; }

    /// <summary>A file given as bytes.</summary>
    public static CatalogueSource FromBytes(string path, ReadOnlyMemory<byte> content, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new CatalogueSource(Normalize(path), displayPath ?? path, content, content.Length);
    }

    /// <summary>A file given as text (encoded as UTF-8).</summary>
    public static CatalogueSource FromText(string path, string text, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromBytes(path, System.Text.Encoding.UTF8.GetBytes(text), displayPath);
    }

    /// <summary>
    /// A file read from a stream the caller owns (it is not disposed). At most <paramref name="maxBytes"/> + 1 bytes
    /// are read, so a huge or endless stream costs bounded time and memory; the loader then reports it as too large.
    /// </summary>
    public static CatalogueSource FromStream(string path, Stream stream, long maxBytes = LoadOptions.DefaultMaxFileBytes, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var limit = maxBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        while (total < limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - total));
            if (read == 0)
            {
                break;
            }

            total += read;
            if (total <= maxBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return total > maxBytes
            ? new CatalogueSource(Normalize(path), displayPath ?? path, ReadOnlyMemory<byte>.Empty, total)
            : new CatalogueSource(Normalize(path), displayPath ?? path, buffer.ToArray(), total);
    }

    internal static CatalogueSource TooLarge(string path, string displayPath, long length) =>
        new(Normalize(path), displayPath, ReadOnlyMemory<byte>.Empty, length);

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
