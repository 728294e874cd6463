using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Testing;

/// <summary>A complete, realistic manifest for tests that need one without running anything.</summary>
public static class Manifests
{
    public static RunManifest Sample() => new(
        RunManifest.CurrentSchemaVersion, "20261124-120000-abcdef", RunStatus.Complete,
        DateTimeOffset.Parse("2026-11-24T12:00:00Z"), DateTimeOffset.Parse("2026-11-24T12:01:00Z"),
        "benchharness run --pattern P01",
        new RunOptions(["P01"], DeviceSelection.All, [ExecutionMode.Eager, ExecutionMode.Graph], BenchmarkProfile.Smoke, 2, 7, null),
        ProfileSettings.For(BenchmarkProfile.Smoke),
        new GitInfo("0123456789abcdef", "main", Dirty: true),
        new MachineInfo("box", "Debian 12", "AMD EPYC", 2, ".NET 10.0.1"),
        new EngineInfo("TorchSharp", "0.107.0", "2.10.0", "cpu", true, false, 0, [], 2, 2,
            [new SuiteInfo("P01", "P01MissingHybridization", [16, 256], false, null), new SuiteInfo("P12", "P12RecursionInGraph", [], false, FindingKind.Incompatibility)],
            new Dictionary<string, string> { ["TorchSharp"] = "0.107.0" }),
        [new DeviceAvailability("Cpu", true, null), new DeviceAvailability("Cuda", false, "no CUDA")],
        [new SuiteOutcome("P01", "P01MissingHybridization", SuiteStatus.Succeeded, [ComputeDevice.Cpu],
            [ExecutionMode.Eager], ResultSetLayout.ResultsFileOf("P01MissingHybridization"), ResultSetLayout.LogFileOf("P01"), null, 8, [],
            [new EquivalenceCheck("Device=Cpu, Size=16", "Anti/Eager", "Fix/Graph", true, 1e-7, 1e-4, 1e-5)],
            DateTimeOffset.Parse("2026-11-24T12:00:01Z"), DateTimeOffset.Parse("2026-11-24T12:00:30Z"))]);
}
