namespace BenchHarness.Results;

/// <summary>The machine and runtime a result set was measured on: what a fair comparison must hold equal.</summary>
public sealed record MachineInfo(
    string MachineName,
    string OperatingSystem,
    string Cpu,
    int LogicalCores,
    string DotNetVersion);
