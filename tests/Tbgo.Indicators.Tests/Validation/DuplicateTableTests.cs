using Tbgo.Indicators.Validation.Export;

namespace Tbgo.Indicators.Tests.Validation;

/// <summary>The duplicate table sized up front for a large export answers as the growing one does.</summary>
public sealed class DuplicateTableTests
{
    [Fact]
    public void A_reserved_table_finds_the_same_repeats_and_conflicts_without_growing()
    {
        const int keys = 1_200_000;
        var growing = new DuplicateTable();
        var reserved = new DuplicateTable();
        reserved.Reserve(keys);
        var capacity = reserved.Capacity;
        Assert.True(capacity >= keys * 100L / 65, $"capacity {capacity}");

        var conflicts = 0;
        var random = new Random(7);
        for (uint record = 1; record <= keys + 200_000; record++)
        {
            // the last 200,000 records repeat earlier keys, half with the same value (a repeat) and half with another (a conflict)
            var key = record <= keys ? record : (uint)random.Next(1, keys + 1);
            var keyHash = new KeyHash(0);
            keyHash.Add(key);
            var value = record <= keys || record % 2 == 0 ? key : key + 1;
            var a = growing.AddOrConflict(keyHash.Finish(), record, value);
            var b = reserved.AddOrConflict(keyHash.Finish(), record, value);
            Assert.Equal(a, b);
            if (a != 0)
            {
                Assert.Equal(key, a);
                conflicts++;
            }
        }

        Assert.Equal(keys, reserved.Count);
        Assert.Equal(growing.Count, reserved.Count);
        Assert.InRange(conflicts, 90_000, 110_000);
        Assert.Equal(capacity, reserved.Capacity);
    }

    [Fact]
    public void A_small_or_started_table_is_not_reserved()
    {
        var small = new DuplicateTable();
        var before = small.Capacity;
        small.Reserve(DuplicateTable.MinReservedKeys - 1);
        Assert.Equal(before, small.Capacity);

        var started = new DuplicateTable();
        started.AddOrConflict(12345, 1, 1);
        started.Reserve(DuplicateTable.MaxReservedKeys);
        Assert.Equal(before, started.Capacity);

        var huge = new DuplicateTable();
        huge.Reserve(long.MaxValue);
        Assert.True(huge.Capacity <= (DuplicateTable.MaxReservedKeys * 100 / 65) + 256, $"capacity {huge.Capacity}");
    }
}
