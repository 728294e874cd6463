using BenchHarness.Cli.Orchestration;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Tests.Gate;

public class GateConfigReaderTests
{
    [Fact]
    public void The_checked_in_config_reads_and_holds_contracts_for_measured_pairs()
    {
        string root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;
        GateConfig config = GateConfigReader.Read(Path.Combine(root, GateConfig.DefaultFileName));

        Assert.Equal(Threshold.Parse("5%|0.5us"), config.Threshold);
        Assert.Equal(Correction.Holm, config.Correction);
        Assert.Equal(3, config.MinimumProcesses);
        Assert.NotEmpty(config.Contracts);
        Assert.All(config.Contracts, c => Assert.False(string.IsNullOrWhiteSpace(c.Why)));
    }

    [Fact]
    public void Reads_every_setting()
    {
        GateConfig config = GateConfigReader.Parse("""
            {
              // comments are allowed: the file lives in the repository and explains itself
              "schemaVersion": 1,
              "threshold": "3%|1us",
              "alpha": 0.01,
              "correction": "benjamini-hochberg",
              "minimumProcesses": 3,
              "patterns": { "p03": { "threshold": "10%", "why": "compiles" } },
              "benchmarks": { "P01X.Fix(Size: 16, Device: Cpu, Mode: Graph)": { "threshold": "2ms" } },
              "contracts": [ "P03 Fix >= 5x Anti, Graph", { "rule": "P01 Fix >= 1.1x Anti, Graph", "why": "measured 1.25x" } ]
            }
            """, "test.json");

        Assert.Equal(Threshold.Parse("3%|1us"), config.Threshold);
        Assert.Equal(0.01, config.Alpha);
        Assert.Equal(Correction.BenjaminiHochberg, config.Correction);
        Assert.Equal(3, config.MinimumProcesses);
        Assert.Equal(Threshold.Parse("10%"), config.Patterns["P03"]);
        Assert.Equal(Threshold.Parse("2ms"), config.Benchmarks["P01X.Fix(Size: 16, Device: Cpu, Mode: Graph)"]);
        Assert.Equal(["P03 Fix >= 5x Anti, Graph", "P01 Fix >= 1.1x Anti, Graph"], config.Contracts.Select(c => c.Rule));
        Assert.Equal("measured 1.25x", config.Contracts[1].Why);
        Assert.Equal("test.json", config.Source);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "treshold": "5%" }""", "$ has an unknown key 'treshold'")]
    [InlineData("""{ "threshold": "5%" }""", "$.schemaVersion must be 1")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.schemaVersion must be 1")]
    [InlineData("""{ "schemaVersion": 1, "threshold": "0.05" }""", "$.threshold is invalid: threshold '0.05': '0.05' has no unit")]
    [InlineData("""{ "schemaVersion": 1, "threshold": 5 }""", "$.threshold must be a string")]
    [InlineData("""{ "schemaVersion": 1, "alpha": 2 }""", "$.alpha must be a number from")]
    [InlineData("""{ "schemaVersion": 1, "correction": "bonferroni" }""", "$.correction must be \"holm\" or \"benjamini-hochberg\"")]
    [InlineData("""{ "schemaVersion": 1, "minimumProcesses": 1.5 }""", "$.minimumProcesses must be a whole number")]
    [InlineData("""{ "schemaVersion": 1, "patterns": { "P99": { "threshold": "5%" } } }""", "$.patterns[\"P99\"] is not a pattern id")]
    [InlineData("""{ "schemaVersion": 1, "patterns": { "P03": { "limit": "5%" } } }""", "$.patterns[\"P03\"] has an unknown key 'limit'")]
    [InlineData("""{ "schemaVersion": 1, "benchmarks": { "X": {} } }""", "$.benchmarks[\"X\"] needs a \"threshold\"")]
    [InlineData("""{ "schemaVersion": 1, "contracts": [ "P03 Fix >= fast Anti" ] }""", "$.contracts[0] is invalid")]
    [InlineData("""{ "schemaVersion": 1, "contracts": [ 5 ] }""", "$.contracts[0] must be a string or an object")]
    [InlineData("""{ "schemaVersion": 1, "contracts": [ { "rule": "P03 Fix >= 5x Anti", "because": "x" } ] }""", "has an unknown key 'because'")]
    [InlineData("""{ "schemaVersion": 1, """, "not valid JSON")]
    [InlineData("""[ 1, 2 ]""", "$ must be an object, not array")]
    public void Refuses_a_bad_config_in_one_line_naming_the_path(string json, string expected)
    {
        var error = Assert.Throws<GateConfigException>(() => GateConfigReader.Parse(json, "bad.json"));
        Assert.StartsWith("config bad.json: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
