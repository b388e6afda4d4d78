using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tbgo.Indicators.Reporting;

/// <summary>An indented <see cref="Utf8JsonWriter"/> whose output goes to a text writer in chunks, so large reports stream.</summary>
internal sealed class JsonReportWriter : IDisposable
{
    private const int ChunkBytes = 32 * 1024;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public JsonReportWriter(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes the written text on when enough has gathered.</summary>
    public void DrainIfLarge()
    {
        if (_buffer.WrittenCount + Json.BytesPending > ChunkBytes)
        {
            Drain();
        }
    }

    /// <summary>Passes everything written so far on, and ends the document with a newline.</summary>
    public void Finish()
    {
        Drain();
        _output.Write('\n');
    }

    public void Dispose() => Json.Dispose();

    private void Drain()
    {
        Json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
