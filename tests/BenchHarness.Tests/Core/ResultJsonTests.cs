using System.Text.Json.Nodes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Tests.Core;

public class ResultJsonTests
{
    private static RunManifest SampleManifest() => Manifests.Sample();

    [Fact]
    public void A_manifest_survives_a_round_trip()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.Combine(ResultSetLayout.ManifestFileName);
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
        string path = directory.Combine(ResultSetLayout.ManifestFileName);
        ResultJson.WriteAtomically(path, SampleManifest());
        string json = File.ReadAllText(path);

        Assert.Contains("\"status\": \"Complete\"", json);
        Assert.Contains("\"profile\": \"Smoke\"", json);
        Assert.Contains("\"Eager\"", json);
    }

    [Fact]
    public void A_schema_1_manifest_written_before_resume_and_shard_existed_still_reads()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.Combine(ResultSetLayout.ManifestFileName);
        ResultJson.WriteAtomically(path, SampleManifest());
        JsonNode json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (string added in new[] { "interruption", "resumptions" })
            Assert.True(json.AsObject().Remove(added), added);
        Assert.True(json["options"]!.AsObject().Remove("suiteTimeout") && json["options"]!.AsObject().Remove("shard"));
        Assert.True(json["suites"]![0]!.AsObject().Remove("outputTail"));
        File.WriteAllText(path, json.ToJsonString());

        RunManifest read = ManifestReader.ReadIn(directory.Path);

        Assert.Null(read.Interruption);
        Assert.Null(read.Resumptions);
        Assert.Null(read.Options.SuiteTimeout);
        Assert.Null(read.Options.Shard);
        Assert.Null(read.Suites[0].OutputTail);
        Assert.Equal(ProfileSettings.For(BenchmarkProfile.Smoke), read.Options.EffectiveSettings());
    }

    [Fact]
    public void Only_a_finished_run_is_complete_and_an_incomplete_one_says_how_to_resume_it()
    {
        RunManifest finished = SampleManifest();
        RunManifest interrupted = finished with
        {
            Status = RunStatus.Incomplete,
            Interruption = new RunInterruption("SIGINT", DateTimeOffset.Parse("2026-11-24T12:00:40Z"), "P03"),
        };

        Assert.Null(ManifestFile.IncompleteReason(finished, "/r/x"));
        Assert.Null(ManifestFile.IncompleteReason(finished with { Status = RunStatus.CompleteWithFailures }, "/r/x"));
        Assert.Equal("run 20261124-120000-abcdef interrupted by SIGINT at 2026-11-24 12:00:40Z: 1 suite(s) recorded; " +
                     "complete it with 'benchharness run --resume /r/x'", ManifestFile.IncompleteReason(interrupted, "/r/x"));
    }

    [Fact]
    public void A_stale_temporary_file_is_never_read_as_the_manifest()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.Combine($"{ResultSetLayout.ManifestFileName}.4242{ResultJson.TemporarySuffix}"), "{ half");

        var error = Assert.Throws<ResultSetException>(() => ManifestReader.ReadIn(directory.Path));
        Assert.Contains("has no manifest.json", error.Message);
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
