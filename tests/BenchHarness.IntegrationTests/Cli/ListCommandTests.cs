using System.Text.Json;
using BenchHarness.Catalog;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

public class ListCommandTests
{
    [Fact]
    public void Json_lists_every_catalog_entry_with_what_is_measured()
    {
        ProgramRun run = BuiltPrograms.RunCli("list", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument list = JsonDocument.Parse(run.StandardOutput);
        JsonElement[] entries = list.RootElement.EnumerateArray().ToArray();
        Assert.Equal(PatternCatalog.All.Select(p => p.Id), entries.Select(e => e.GetProperty("id").GetString()));

        JsonElement Entry(string id) => entries.Single(e => e.GetProperty("id").GetString() == id);
        Assert.Equal("P01MissingHybridization", Entry("P01").GetProperty("suite").GetString());
        Assert.Contains("first call", Entry("P03").GetProperty("measured").GetString());
        Assert.Contains("divergence", Entry("P08").GetProperty("measured").GetString());
        Assert.Contains("compatibility", Entry("P12").GetProperty("measured").GetString());
        Assert.Equal("P01", Entry("P13").GetProperty("relatedTo").GetString());
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString())));
    }

    [Fact]
    public void Text_shows_each_entry_with_its_expected_effect()
    {
        ProgramRun run = BuiltPrograms.RunCli("list");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (AntiPattern pattern in PatternCatalog.All)
        {
            Assert.Contains($"{pattern.Id} {pattern.Name}", run.StandardOutput);
            Assert.Contains(pattern.ExpectedEffect, run.StandardOutput);
            Assert.Contains(pattern.ExpectedOnCuda, run.StandardOutput);
        }
    }

    [Fact]
    public void Sweeps_are_listed_per_device_and_throughput_where_measured()
    {
        ProgramRun run = BuiltPrograms.RunCli("list", "--json");

        using JsonDocument list = JsonDocument.Parse(run.StandardOutput);
        string Measured(string id) => list.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id)
            .GetProperty("measured").GetString()!;
        Assert.StartsWith("time of Anti vs Fix over Size 16, 256 on CPU, 256, 2048, 16384 on CUDA; steady state", Measured("P01"));
        Assert.Contains($"throughput ({BenchHarness.Benchmarks.Suites.PairSuite.ThroughputCalls} calls per device synchronisation; on CPU at Size 16 only)", Measured("P01"));
        Assert.DoesNotContain("throughput", Measured("P03"));
        Assert.All(list.RootElement.EnumerateArray(), e => Assert.StartsWith("to be measured", e.GetProperty("expectedOnCuda").GetString()));
    }

    [Theory]
    [InlineData("P01", "(ii) performance")]
    [InlineData("P08", "(i) API misuse")]
    [InlineData("P14", "(i) API misuse")]
    [InlineData("P17", "(i) API misuse")]
    [InlineData("P12", "(iii) incompatibility")]
    [InlineData("P21", "(iii) incompatibility")]
    public void Every_entry_names_the_study_finding_it_bears_on(string id, string finding)
    {
        ProgramRun run = BuiltPrograms.RunCli("list", "--json");

        using JsonDocument list = JsonDocument.Parse(run.StandardOutput);
        JsonElement entry = list.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        Assert.StartsWith(finding, entry.GetProperty("finding").GetString());
        Assert.StartsWith(id == "P01" ? "time of Anti vs Fix" : "observed, not timed", entry.GetProperty("measured").GetString());
    }
}
