using System.Runtime.CompilerServices;
using Tbgo.Indicators.Diagnostics;
using Tbgo.Indicators.Validation.Export;

namespace Tbgo.Indicators.Validation;

/// <summary>
/// One validation of one export: an asynchronous sequence of diagnostics in input order (enumerate it
/// once), and the <see cref="Summary"/> when the sequence has ended. Memory stays bounded whatever the
/// input size, apart from the duplicate table (about 23 bytes per distinct record key).
/// </summary>
public sealed class ExportValidationRun : IAsyncEnumerable<Diagnostic>
{
    private readonly ExportSession _session;
    private readonly Stream _input;
    private ExportSummary? _summary;
    private int _started;

    internal ExportValidationRun(ExportSession session, Stream input)
    {
        _session = session;
        _input = input;
    }

    /// <summary>The summary; available once enumeration has finished.</summary>
    /// <exception cref="InvalidOperationException">The diagnostics have not been enumerated to the end yet.</exception>
    public ExportSummary Summary => _summary ?? throw new InvalidOperationException("Enumerate the diagnostics to the end first; the summary is known only after the whole export was read.");

    /// <summary>True once the whole export has been read and <see cref="Summary"/> is available.</summary>
    public bool IsComplete => _summary is not null;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The run was already enumerated.</exception>
    public IAsyncEnumerator<Diagnostic> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A validation run reads its stream once; start a new run with ExportValidator.Validate.");
        }

        return RunAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>The bytes left in a seekable stream, or null (a pipe, a network stream, a stream that cannot tell).</summary>
    private static long? KnownLength(Stream input)
    {
        try
        {
            return input.CanSeek ? Math.Max(0, input.Length - input.Position) : null;
        }
        catch (Exception ex) when (ex is NotSupportedException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    private async IAsyncEnumerable<Diagnostic> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = _session;
        var options = session.Options;
        var sink = new List<Diagnostic>();
        if (options.CatalogueVersion is { } version && session.CatalogueVersionProblem(null, version, new SourceLocation(session.File, 0, 0)) is { } mismatch)
        {
            session.Report(mismatch, null, sink);
        }

        if (KnownLength(_input) is { } length)
        {
            session.ExpectInputBytes(length);
        }

        using var source = new ByteSource(_input, options.MaxRecordBytes);
        ExportReader reader = options.EffectiveFormat switch
        {
            ExportFormat.Ndjson => new NdjsonExportReader(session, source),
            ExportFormat.Csv => new CsvExportReader(session, source),
            _ => new JsonExportReader(session, source),
        };

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var progressed = await source.FillAsync(cancellationToken).ConfigureAwait(false);
            var windowFull = !progressed && !source.IsEof;
            var done = reader.Process(sink, windowFull);
            if (!done && windowFull && reader is JsonExportReader json)
            {
                json.TooLarge(sink);
                done = true;
            }

            if (session.NormalisedOutput is { WrittenCount: > 0 } output)
            {
                await options.NormaliseTo!.WriteAsync(output.WrittenMemory, cancellationToken).ConfigureAwait(false);
                output.ResetWrittenCount();
            }

            foreach (var d in sink)
            {
                yield return d;
            }

            sink.Clear();
            if (done)
            {
                break;
            }
        }

        if (options.NormaliseTo is { } normalised)
        {
            await normalised.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        _summary = session.Summary();
    }
}
