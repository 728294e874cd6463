using System.Text.Json.Serialization;
using BenchHarness.Planning;

namespace BenchHarness.Results;

/// <summary>
/// <c>manifest.json</c>: everything needed to trust, reproduce and pair a result set.
/// </summary>
/// <remarks>
/// Schema 1 grows only by optional members (older manifests read with them null): <see cref="Interruption"/>,
/// <see cref="Resumptions"/>, <see cref="RunOptions.SuiteTimeout"/>, <see cref="RunOptions.Shard"/>,
/// <see cref="SuiteOutcome.OutputTail"/>, <see cref="SuiteOutcome.Rounds"/>, <see cref="Session"/> and
/// <see cref="MergedFrom"/>.
/// </remarks>
/// <param name="Interruption">Set while the run stands interrupted (Ctrl+C, SIGTERM); cleared by a resume.</param>
/// <param name="Resumptions">Every <c>run --resume</c> of this result set, oldest first.</param>
/// <param name="Session">Set when this result set was measured interleaved with another (a gate's baseline and head).</param>
/// <param name="MergedFrom">The result sets <c>benchharness merge</c> joined into this one; absent from every other manifest.</param>
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
    MeasurementSession? Session = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MergeSource>? MergedFrom = null)
{
    public const int CurrentSchemaVersion = 1;
}
