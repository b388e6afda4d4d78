using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tbgo.Indicators.Validation.Export;

/// <summary>A fast, deterministic 64-bit hash over text fields (multiply-rotate mixing with a strong finaliser), for the duplicate table.</summary>
internal struct KeyHash
{
    private const ulong P1 = 0x9E3779B185EBCA87UL;
    private const ulong P2 = 0xC2B2AE3D27D4EB4FUL;
    private ulong _h;

    public KeyHash(ulong seed) => _h = seed ^ P2;

    /// <summary>Adds one text field, delimited so that ("ab","c") and ("a","bc") differ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per record: optimised from the first call (see benchmarks/README.md, tiering on one core)
    public void Add(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        var h = _h;
        foreach (var w in words)
        {
            h = BitOperations.RotateLeft(h ^ (w * P1), 31) * P2;
        }

        ulong tail = 0;
        var rest = bytes[(words.Length * 8)..];
        for (var i = 0; i < rest.Length; i++)
        {
            tail |= (ulong)rest[i] << (8 * i);
        }

        h = BitOperations.RotateLeft(h ^ ((tail ^ (ulong)text.Length) * P1), 27) * P2;
        _h = h + 0x165667B19E3779F9UL;
    }

    public void Add(ulong value) => _h = BitOperations.RotateLeft(_h ^ (value * P1), 31) * P2;

    public readonly ulong Finish()
    {
        var h = _h;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
