using System.Diagnostics;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// Calibration's code regression of known size: every measured call of the launch's case also spins for this long.
/// Zero (no work at all) except in a calibration launch that asks for it (<c>LaunchRequest.PlantedDelayNanoseconds</c>).
/// </summary>
public static class PlantedDelay
{
    /// <summary>Nanoseconds added to each measured call; set once per process before BenchmarkDotNet starts.</summary>
    public static double Nanoseconds { get; set; }

    /// <summary>Spins (busy-waits, like real work, unlike a sleep) for <see cref="Nanoseconds"/>.</summary>
    public static void Spend()
    {
        if (Nanoseconds <= 0)
            return;
        long until = Stopwatch.GetTimestamp() + (long)(Nanoseconds * Stopwatch.Frequency / 1e9);
        while (Stopwatch.GetTimestamp() < until)
        {
        }
    }
}
