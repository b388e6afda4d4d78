using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>
/// Remembers, per record key (project, object, indicator, scale, phase, period), the first record
/// number and a fingerprint of its value, in 16 bytes per distinct key: a 64-bit hash of the key,
/// the 32-bit record number and a 32-bit hash of the value. Open addressing (linear probing) in 256
/// independently growing segments keeps the load high and the transient memory of a resize small.
/// Trade-off: two different keys whose 64-bit hashes collide (probability about n^2/2^65, 6e-7 for
/// 4.6 million records) and whose values differ would be reported as a conflict; and two different
/// values with the same 32-bit fingerprint (1 in 4 billion) would not be. Memory: about 23 bytes per
/// distinct key on average (105 MB for 4.6 million keys).
/// </summary>
internal sealed class DuplicateTable
{
    private const int SegmentBits = 8;
    private readonly Segment[] _segments = new Segment[1 << SegmentBits];

    public DuplicateTable()
    {
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i] = new Segment();
        }
    }

    public long Count { get; private set; }

    /// <summary>Entries the segments hold room for (for tests).</summary>
    internal long Capacity => _segments.Sum(s => (long)s.Length);

    /// <summary>The most keys <see cref="Reserve"/> makes room for (8 Mi keys: 206 MB at 65 % load): beyond it the segments grow.</summary>
    internal const long MaxReservedKeys = 8L << 20;

    /// <summary>The fewest keys <see cref="Reserve"/> makes room for: a smaller table grows faster than it starts large.</summary>
    internal const long MinReservedKeys = 1L << 20;

    /// <summary>
    /// Makes room for about <paramref name="keys"/> keys (at most <see cref="MaxReservedKeys"/>) before the first is
    /// added, so that the segments need not grow: each growth copies a segment and leaves the old array to the garbage
    /// collector, which for a 1 GB export held half as much memory again as the table itself. Only for a million keys
    /// or more: a small table that grows from small arrays stays in the cache longer, and a 100,000-record export
    /// validated 5 % slower with the table made full size from the start. Ignored once keys were added.
    /// </summary>
    public void Reserve(long keys)
    {
        if (Count > 0 || keys < MinReservedKeys)
        {
            return;
        }

        var perSegment = (int)Math.Min(int.MaxValue, (Math.Min(keys, MaxReservedKeys) * 100 / 65 / _segments.Length) + 1);
        foreach (var segment in _segments)
        {
            segment.Reserve(perSegment);
        }
    }

    /// <summary>
    /// Adds the key; returns the earlier record number when the key was seen before with a different
    /// value, else 0. A repeat with the same value is not a conflict.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    public uint AddOrConflict(ulong keyHash, uint record, uint valueHash)
    {
        keyHash |= 1; // 0 marks an empty slot
        var segment = _segments[keyHash >> (64 - SegmentBits)];
        var (found, entry) = segment.AddOrGet(keyHash, record, valueHash);
        if (!found)
        {
            Count++;
            return 0;
        }

        return entry.ValueHash == valueHash ? 0 : entry.Record;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Key;
        public uint Record;
        public uint ValueHash;
    }

    private sealed class Segment
    {
        private Entry[] _entries = new Entry[64];
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
        public (bool Found, Entry Entry) AddOrGet(ulong key, uint record, uint valueHash)
        {
            if (_count * 100 >= _entries.Length * 85)
            {
                Grow();
            }

            var entries = _entries;
            var i = Slot(key, entries.Length);
            while (true)
            {
                ref var e = ref entries[i];
                if (e.Key == 0)
                {
                    e.Key = key;
                    e.Record = record;
                    e.ValueHash = valueHash;
                    _count++;
                    return (false, default);
                }

                if (e.Key == key)
                {
                    return (true, e);
                }

                i = i + 1 == entries.Length ? 0 : i + 1;
            }
        }

        public int Length => _entries.Length;

        public void Reserve(int entries)
        {
            if (_count == 0 && entries > _entries.Length)
            {
                _entries = new Entry[entries];
            }
        }

        private static int Slot(ulong key, int length) => (int)(((key & 0xFFFF_FFFFUL) * (ulong)length) >> 32);

        private void Grow()
        {
            var old = _entries;
            var entries = new Entry[old.Length + (old.Length / 2)];
            foreach (var e in old)
            {
                if (e.Key == 0)
                {
                    continue;
                }

                var i = Slot(e.Key, entries.Length);
                while (entries[i].Key != 0)
                {
                    i = i + 1 == entries.Length ? 0 : i + 1;
                }

                entries[i] = e;
            }

            _entries = entries;
        }
    }
}
