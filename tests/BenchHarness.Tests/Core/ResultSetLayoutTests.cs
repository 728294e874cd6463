using System.Text.Json.Nodes;
using BenchHarness.Results;

namespace BenchHarness.Tests.Core;

/// <summary>
/// Pins the on-disk format of a result set, literally: every other test builds paths through <see cref="ResultSetLayout"/>,
/// so this is the one place a renamed file or folder shows up as a break of existing result sets.
/// </summary>
public class ResultSetLayoutTests
{
    private static readonly ResultSetLayout Layout = new("/r/run");

    [Fact]
    public void Every_name_of_a_result_set_is_the_one_existing_sets_hold()
    {
        Assert.Equal("/r/run/manifest.json", Layout.Manifest);
        Assert.Equal("/r/run/manifest.json", ResultSetLayout.ManifestIn("/r/run"));
        Assert.Equal("/r/run/.lock", Layout.Lock);
        Assert.Equal("/r/run/logs", Layout.Logs);
        Assert.Equal("/r/run/requests", Layout.Requests);
        Assert.Equal("P01MissingHybridization-report-full.json", ResultSetLayout.ResultsFileOf("P01MissingHybridization"));
        Assert.Equal("logs/P01.log", ResultSetLayout.LogFileOf("P01"));
        Assert.Equal("requests/P01.json", ResultSetLayout.RequestFileOf("P01"));
        Assert.Equal("requests/P01.r2.c3.outcome.json", ResultSetLayout.OutcomeFileOf("P01.r2.c3"));
        Assert.Equal("bdn/P01MissingHybridization", ResultSetLayout.LaunchesOf("P01MissingHybridization"));
        Assert.Equal("bdn/P01MissingHybridization/r2/c3", ResultSetLayout.LaunchOf("P01MissingHybridization", 2, 3));
        Assert.Equal("superseded/20261124-123456", ResultSetLayout.SupersededAt(DateTimeOffset.Parse("2026-11-24T12:34:56Z")));
        Assert.Equal("/r/run/logs/P01.log", Layout.In(ResultSetLayout.LogFileOf("P01")));
    }

    [Theory]
    [InlineData("P01-report-full.json", true)]
    [InlineData("P01-REPORT-FULL.JSON", true)]
    [InlineData("P01-report-full-compressed.json", true)]
    [InlineData("P01-report.json", false)]
    [InlineData("manifest.json", false)]
    public void BenchmarkDotNet_full_reports_are_known_by_their_ending(string file, bool isReport) =>
        Assert.Equal(isReport, ResultSetLayout.IsBenchmarkDotNetReport(file));

    [Fact]
    public void The_stored_result_set_matches_the_layout()
    {
        string smoke = Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a");
        RunManifest manifest = ManifestReader.ReadIn(smoke);

        Assert.All(manifest.Suites.Where(s => s.ResultsFile is not null), s => Assert.Equal(ResultSetLayout.ResultsFileOf(s.Suite), s.ResultsFile));
        Assert.All(manifest.Suites.Where(s => s.LogFile is not null), s => Assert.Equal(ResultSetLayout.LogFileOf(s.PatternId), s.LogFile));
        Assert.Contains(manifest.Suites, s => s.ResultsFile is not null);
    }

    [Fact]
    public void mergedFrom_is_written_only_by_a_merge()
    {
        RunManifest plain = Manifests.Sample();
        var source = new MergeSource("/r/shard1", "shard1", "0123456789abcdef", "runner-a", "1/2", ["P01"]);

        JsonObject written = WrittenJson(plain);
        JsonObject merged = WrittenJson(plain with { MergedFrom = [source] });

        Assert.False(written.ContainsKey("mergedFrom"));
        Assert.Equal("shard1", merged["mergedFrom"]![0]!["runId"]!.GetValue<string>());
        Assert.Equal("1/2", merged["mergedFrom"]![0]!["shard"]!.GetValue<string>());
        Assert.Equal("mergedFrom", merged.Select(p => p.Key).Last());
    }

    private static JsonObject WrittenJson(RunManifest manifest)
    {
        using var directory = new TemporaryDirectory();
        string path = ResultSetLayout.ManifestIn(directory.Path);
        ResultJson.WriteAtomically(path, manifest);
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }
}
