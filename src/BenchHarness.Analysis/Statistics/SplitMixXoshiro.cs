namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small, fast, reproducible generator for the bootstrap's hot loop
/// (System.Random with a seed uses its legacy algorithm, several times slower per draw).
/// </summary>
internal sealed class SplitMixXoshiro
{
    private ulong s0, s1, s2, s3;

    public SplitMixXoshiro(int seed)
    {
        ulong state = unchecked((ulong)seed);
        s0 = SplitMix(ref state);
        s1 = SplitMix(ref state);
        s2 = SplitMix(ref state);
        s3 = SplitMix(ref state);
    }

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>) by Lemire's multiply-shift; its bias,
    /// below exclusiveMax / 2^32, is far under the bootstrap's own Monte Carlo error.</summary>
    public int Next(int exclusiveMax) => (int)(((NextUInt64() >> 32) * (ulong)exclusiveMax) >> 32);

    private ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
