using System.Buffers;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// A pooled byte window over a stream: the unconsumed bytes stay at hand while more are read behind
/// them; the window grows (up to a limit) only when one unit of work does not fit. A leading UTF-8
/// byte order mark is skipped.
/// </summary>
internal sealed class ByteSource(Stream stream, int maxBytes) : IDisposable
{
    // 1 MiB: each read of an asynchronous file is a thread-pool hop; at 64 KiB, 430 reads for a 27 MB export.
    private const int InitialSize = 1024 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;
    private long _baseOffset;
    private bool _started;

    /// <summary>Called with the bytes about to be dropped from the window and their absolute offset.</summary>
    public Action<ReadOnlyMemory<byte>, long>? BeforeDiscard { get; set; }

    public bool IsEof { get; private set; }

    /// <summary>True when a leading byte order mark was skipped.</summary>
    public bool HadBom { get; private set; }

    public int Length => _end - _start;

    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    public Span<byte> WritableData => _buffer.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(_start, _end - _start);

    /// <summary>Absolute offset (in the stream, BOM included) of <see cref="Data"/>[0].</summary>
    public long DataOffset => _baseOffset + _start;

    /// <summary>True when the window cannot grow any more.</summary>
    public bool IsFull => _start == 0 && _end == _buffer.Length && _buffer.Length >= maxBytes;

    public void Consume(int count) => _start += count;

    /// <summary>The bytes between two absolute offsets, if they are still in the window (consumed bytes stay until the next fill); else empty.</summary>
    public ReadOnlySpan<byte> Retained(long from, long to)
    {
        var start = from - _baseOffset;
        var end = to - _baseOffset;
        return start >= 0 && end <= _end && start <= end ? _buffer.AsSpan((int)start, (int)(end - start)) : default;
    }

    /// <summary>Reads more bytes. Returns false when nothing more can be read (end of stream, or the window is at its limit and full).</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (IsEof)
        {
            return false;
        }

        if (_start > 0 && (_end == _buffer.Length || _start >= _buffer.Length / 2))
        {
            BeforeDiscard?.Invoke(_buffer.AsMemory(0, _start), _baseOffset);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _baseOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxBytes)
            {
                return false;
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)maxBytes + 16, _buffer.Length * 2L));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            IsEof = true;
        }

        _end += read;
        if (!_started && (_end - _start >= 3 || IsEof))
        {
            _started = true;
            if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            {
                HadBom = true;
                _start += 3;
            }
        }

        return read > 0 || IsEof;
    }

    /// <summary>Drops everything up to the end of the window (used when skipping an oversized line).</summary>
    public void ConsumeAll() => _start = _end;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
