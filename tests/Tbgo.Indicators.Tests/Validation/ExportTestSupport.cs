using System.Text;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>Runs the export validator on small in-memory inputs.</summary>
internal static class ExportTestSupport
{
    public const string Beng1 = "tbgo.env.energy.beng-1";

    public static string Record(string value = "62.4", string unit = "\"kWh/(m2.a)\"", string indicator = Beng1, string scale = "gebouw", string phase = "plan", string period = "2026", string obj = "bouwblok-a", string project = "NL.ROTTERDAM.SCHIEHAVEN-NOORD") =>
        $"{{\"project\": \"{project}\", \"object\": \"{obj}\", \"indicator\": \"{indicator}\", \"scale\": \"{scale}\", \"phase\": \"{phase}\", \"value\": {value}, \"unit\": {unit}, \"period\": \"{period}\"}}";

    public static string JsonExport(params string[] records) =>
        "{\n  \"catalogue\": {\"id\": \"tbgo\", \"version\": \"2026.1\"},\n  \"records\": [\n    " + string.Join(",\n    ", records) + "\n  ]\n}\n";

    public static (List<Diagnostic> Diagnostics, ExportSummary Summary) Validate(string text, ExportFormat format, ExportValidationOptions? options = null, Catalogue? catalogue = null) =>
        Validate(Encoding.UTF8.GetBytes(text), format, options, catalogue);

    public static (List<Diagnostic> Diagnostics, ExportSummary Summary) Validate(byte[] bytes, ExportFormat format, ExportValidationOptions? options = null, Catalogue? catalogue = null, int chunk = 0)
    {
        options = (options ?? new ExportValidationOptions()) with { Format = format, FileName = options?.FileName ?? "export" };
        Stream stream = chunk > 0 ? new ChunkedStream(bytes, chunk) : new MemoryStream(bytes);
        var run = new ExportValidator(catalogue ?? Catalogue.Default).Validate(stream, options);
        var list = new List<Diagnostic>();
        var e = run.GetAsyncEnumerator();
        try
        {
            while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                list.Add(e.Current);
            }
        }
        finally
        {
            e.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return (list, run.Summary);
    }

    public static Diagnostic Single(List<Diagnostic> diagnostics, string code)
    {
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got {found.Count}: " + string.Join("\n", diagnostics));
        return found[0];
    }

    /// <summary>A stream that returns at most <c>chunk</c> bytes per read, to move buffer boundaries around.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
