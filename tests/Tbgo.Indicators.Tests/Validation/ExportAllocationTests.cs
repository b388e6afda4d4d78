using System.Globalization;
using System.Text;
using Tbgo.Indicators.Validation;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>
/// The per-record rules (ExportSession's named steps) allocate nothing for a valid record: doubling the records adds
/// only the reader's per-buffer cost (about 9 bytes per record here), far below one object per record (24 bytes or
/// more). Duplicate detection is off, since its table grows with the distinct keys by design. Bytes, not time, so the
/// test is deterministic.
/// </summary>
public sealed class ExportAllocationTests
{
    [Fact]
    public void A_valid_record_costs_no_allocation_in_the_rules()
    {
        var small = Ndjson(20_000);
        var large = Ndjson(40_000);
        var validator = new ExportValidator(Catalogue.Default);
        Allocated(validator, small); // warm up: JIT, memo tables, catalogue lookups
        var a = Allocated(validator, small);
        var b = Allocated(validator, large);
        Assert.True(a.Thread == b.Thread, "the validation should run on the calling thread for a memory stream");
        var perRecord = (double)(b.Bytes - a.Bytes) / 20_000;

        Assert.True(perRecord < 16, $"{perRecord:F1} bytes per extra record");
    }

    private static (long Bytes, bool Thread) Allocated(ExportValidator validator, byte[] export)
    {
        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        using var stream = new MemoryStream(export, writable: false);
        var run = validator.Validate(stream, new ExportValidationOptions { Format = ExportFormat.Ndjson, FileName = "x.ndjson", DetectDuplicates = false });
        var diagnostics = 0;
        var e = run.GetAsyncEnumerator();
        while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            diagnostics++;
        }

        e.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, diagnostics);
        Assert.Equal(0, run.Summary.InvalidRecords);
        return (after - before, thread == Environment.CurrentManagedThreadId);
    }

    private static byte[] Ndjson(int records)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $$"""{"project": "NL.TEST.P{{i % 97}}", "object": "blok-{{i}}", "indicator": "tbgo.env.materials.mpg", "scale": "gebouw", "phase": "plan", "value": 0.{{i % 90 + 10}}, "unit": "EUR/m2/a", "period": "2026", "method": "design-calculation"}""").Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
