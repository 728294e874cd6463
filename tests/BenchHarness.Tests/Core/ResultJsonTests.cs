using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Core;

public class ResultJsonTests
{
    private static RunManifest SampleManifest() => new(
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
            [ExecutionMode.Eager], "P01MissingHybridization-report-full.json", "logs/P01.log", null, 8, [],
            [new EquivalenceCheck("Device=Cpu, Size=16", "Anti/Eager", "Fix/Graph", true, 1e-7, 1e-4, 1e-5)],
            DateTimeOffset.Parse("2026-11-24T12:00:01Z"), DateTimeOffset.Parse("2026-11-24T12:00:30Z"))]);

    [Fact]
    public void A_manifest_survives_a_round_trip()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.Combine(RunManifest.FileName);
        RunManifest manifest = SampleManifest();

        ResultJson.WriteAtomically(path, manifest);
        RunManifest read = ResultJson.Read<RunManifest>(path);

        Assert.Equal(manifest.RunId, read.RunId);
        Assert.Equal(manifest.Options.Modes, read.Options.Modes);
        Assert.Equal(manifest.Options.Patterns, read.Options.Patterns);
        Assert.Equal(manifest.Devices, read.Devices);
        Assert.Equal(manifest.Suites[0].Equivalence, read.Suites[0].Equivalence);
        Assert.Equal(manifest.Engine.Packages, read.Engine.Packages);
        Assert.Equal(manifest.Engine.SuiteIds, read.Engine.SuiteIds);
        Assert.Equal(FindingKind.Incompatibility, read.Engine.Suites[1].Finding);
        Assert.Equal(manifest.ProfileSettings, read.ProfileSettings);
    }

    [Fact]
    public void Enums_are_written_as_names_so_people_and_other_tools_can_read_them()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.Combine(RunManifest.FileName);
        ResultJson.WriteAtomically(path, SampleManifest());
        string json = File.ReadAllText(path);

        Assert.Contains("\"status\": \"Complete\"", json);
        Assert.Contains("\"profile\": \"Smoke\"", json);
        Assert.Contains("\"Eager\"", json);
    }

    [Fact]
    public void An_atomic_write_replaces_the_file_and_leaves_no_temporary_behind()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.Combine("value.json");
        File.WriteAllText(path, "{ corrupt");

        ResultJson.WriteAtomically(path, new GitInfo("abc", "main", false));

        Assert.Equal("abc", ResultJson.Read<GitInfo>(path).Commit);
        Assert.Equal(["value.json"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
    }
}
