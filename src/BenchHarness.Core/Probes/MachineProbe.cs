using System.Runtime.InteropServices;
using BenchHarness.Results;

namespace BenchHarness.Probes;

/// <summary>Reads the facts about this machine that a result set must carry.</summary>
public static class MachineProbe
{
    public static MachineInfo Read() => new(
        MachineName: Environment.MachineName,
        OperatingSystem: $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
        Cpu: CpuModel(),
        LogicalCores: Environment.ProcessorCount,
        DotNetVersion: RuntimeInformation.FrameworkDescription);

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (File.Exists(cpuInfo))
        {
            string? line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null && line.IndexOf(':') is var colon and > 0)
                return line[(colon + 1)..].Trim();
        }
        return $"{RuntimeInformation.ProcessArchitecture} (model unknown)";
    }
}
