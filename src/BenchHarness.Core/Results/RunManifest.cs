using BenchHarness.Running;

namespace BenchHarness.Results;

public enum RunStatus
{
    /// <summary>The run is in progress, or its process was killed before it finished.</summary>
    Incomplete,

    /// <summary>Every selected suite succeeded.</summary>
    Complete,

    /// <summary>The run finished, but at least one suite failed.</summary>
    CompleteWithFailures,
}

public sealed record GitInfo(string Commit, string Branch, bool Dirty);

/// <summary>The machine and runtime a result set was measured on: what a fair comparison must hold equal.</summary>
public sealed record MachineInfo(
    string MachineName,
    string OperatingSystem,
    string Cpu,
    int LogicalCores,
    string DotNetVersion);

/// <summary>Whether a device could be used in this run, and why not.</summary>
public sealed record DeviceAvailability(string Device, bool Used, string? Reason);

/// <summary>
/// <c>manifest.json</c>: everything needed to trust, reproduce and pair a result set.
/// </summary>
public sealed record RunManifest(
    int SchemaVersion,
    string RunId,
    RunStatus Status,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    string CommandLine,
    RunOptions Options,
    ProfileSettings ProfileSettings,
    GitInfo Git,
    MachineInfo Machine,
    EngineInfo Engine,
    IReadOnlyList<DeviceAvailability> Devices,
    IReadOnlyList<SuiteOutcome> Suites)
{
    public const int CurrentSchemaVersion = 1;
    public const string FileName = "manifest.json";
}
