using BenchHarness.Planning;

namespace BenchHarness.Results;

public enum RunStatus
{
    /// <summary>
    /// The run is in progress, was interrupted (see <see cref="RunManifest.Interruption"/>), or its process was
    /// killed before it finished. <c>benchharness run --resume</c> completes it.
    /// </summary>
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

/// <summary>Why a run stopped before its end: a signal (Ctrl+C is SIGINT), and which suite it stopped.</summary>
public sealed record RunInterruption(string Signal, DateTimeOffset AtUtc, string? StoppedSuite);

/// <summary>One <c>run --resume</c> of a result set: when, and which suites it (re)ran.</summary>
/// <param name="Interruption">The interruption it resumed from, when the run had been interrupted.</param>
public sealed record RunResumption(
    DateTimeOffset StartedUtc,
    string CommandLine,
    RunStatus PreviousStatus,
    IReadOnlyList<string> Suites,
    RunInterruption? Interruption);

/// <summary>
/// Two result sets measured in one session (<c>benchharness gate</c>, <c>calibrate --trials</c>): their processes
/// alternated case by case and round by round on one machine, so a comparison of the two may pair them round by round.
/// </summary>
/// <param name="Id">Shared by both sets of the session.</param>
/// <param name="Role">"baseline" or "head".</param>
/// <param name="Partner">The other set's directory, as it was written.</param>
public sealed record MeasurementSession(string Id, string Role, string Partner)
{
    /// <summary>Both sets were measured in the same session.</summary>
    public static bool Together(MeasurementSession? a, MeasurementSession? b) =>
        a is not null && b is not null && a.Id == b.Id && a.Role != b.Role;
}

/// <summary>
/// <c>manifest.json</c>: everything needed to trust, reproduce and pair a result set.
/// </summary>
/// <remarks>
/// Schema 1 grows only by optional members (older manifests read with them null): <see cref="Interruption"/>,
/// <see cref="Resumptions"/>, <see cref="RunOptions.SuiteTimeout"/>, <see cref="RunOptions.Shard"/>,
/// <see cref="SuiteOutcome.OutputTail"/>, <see cref="SuiteOutcome.Rounds"/> and <see cref="Session"/>.
/// </remarks>
/// <param name="Interruption">Set while the run stands interrupted (Ctrl+C, SIGTERM); cleared by a resume.</param>
/// <param name="Resumptions">Every <c>run --resume</c> of this result set, oldest first.</param>
/// <param name="Session">Set when this result set was measured interleaved with another (a gate's baseline and head).</param>
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
    IReadOnlyList<SuiteOutcome> Suites,
    RunInterruption? Interruption = null,
    IReadOnlyList<RunResumption>? Resumptions = null,
    MeasurementSession? Session = null)
{
    public const int CurrentSchemaVersion = 1;
    public const string FileName = "manifest.json";
}
