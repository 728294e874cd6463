using System.Globalization;

namespace BenchHarness.Benchmarks.Diagnosers;

/// <summary>This process's resident set, native memory included (the GC's counters see only managed memory).</summary>
public static class ProcessMemory
{
    /// <summary>Resident bytes: the second field of <c>/proc/self/statm</c> in pages; the working set where there is no /proc.</summary>
    public static long ResidentBytes()
    {
        const string statm = "/proc/self/statm";
        if (File.Exists(statm) && File.ReadAllText(statm).Split(' ') is [_, var resident, ..]
            && long.TryParse(resident, NumberStyles.None, CultureInfo.InvariantCulture, out long pages))
            return pages * Environment.SystemPageSize;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
