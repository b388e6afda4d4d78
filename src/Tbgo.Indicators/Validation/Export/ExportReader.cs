using Tbgo.Indicators.Diagnostics;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>The container-specific part of a run: turns the bytes at hand into records and checks them.</summary>
internal abstract class ExportReader(ExportSession session, ByteSource source)
{
    protected ExportSession Session { get; } = session;

    protected ByteSource Source { get; } = source;

    /// <summary>
    /// Processes the bytes at hand. Returns true when the export is finished (or reading stopped),
    /// false when more bytes are needed. <paramref name="windowFull"/>: no more bytes fit the window.
    /// </summary>
    public abstract bool Process(List<Diagnostic> sink, bool windowFull);

    protected SourceLocation FileLocation(int line = 0, int column = 0, long record = 0, string? pointer = null) =>
        new(Session.File, line, column, record, pointer);
}
