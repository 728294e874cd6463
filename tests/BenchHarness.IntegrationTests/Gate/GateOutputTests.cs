using System.Text.Json.Nodes;
using System.Xml.Linq;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Gate;

/// <summary>How compare writes its files: never over an existing one unless told, never half of one, never half of them.</summary>
public sealed class GateOutputTests : IDisposable
{
    private static readonly string[] Files = ["gate.md", "gate.json", "gate.junit.xml", "gate.html"];
    private readonly GateFixtures fixtures = new();
    private readonly string config;

    public GateOutputTests()
    {
        config = Path.Combine(fixtures.Root, "gate-config.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
    }

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan.Take(4).ToArray();

    private ProgramRun Compare(string baseline, string current, params string[] options) =>
        BuiltPrograms.RunCli(["compare", "--baseline", baseline, "--current", current, "--config", config, .. options]);

    [Fact]
    public void Force_replaces_existing_outputs_and_says_which()
    {
        string outputs = Path.Combine(fixtures.Root, "outputs");
        Directory.CreateDirectory(outputs);
        File.WriteAllText(Path.Combine(outputs, "gate.md"), "the previous comment");

        ProgramRun run = Compare(fixtures.Write(Plan, 1), fixtures.Write(Plan, 2), "--out", outputs, "--force");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"wrote {Path.Combine(outputs, "gate.md")} (replaced the previous file)", run.StandardOutput);
        Assert.Contains($"wrote {Path.Combine(outputs, "gate.json")}{Environment.NewLine}", run.StandardOutput);
        Assert.StartsWith("## ", File.ReadAllText(Path.Combine(outputs, "gate.md")));
        Assert.Equal(Files.Order(), Directory.GetFiles(outputs).Select(Path.GetFileName).Order()); // no temporary left behind
    }

    [Fact]
    public void An_output_beside_a_set_whose_name_it_extends_is_not_inside_it()
    {
        string baseline = fixtures.Write(Plan, 3);
        string outputs = baseline + "-gate";

        ProgramRun run = Compare(baseline, fixtures.Write(Plan, 4), "--out", outputs);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(Files, file => Assert.True(File.Exists(Path.Combine(outputs, file)), file));
    }

    [Fact]
    public void Control_characters_in_benchmark_names_reach_every_output_without_breaking_it()
    {
        // XML 1.0 cannot carry U+0001 or ESC at all: the JUnit writer must escape them, not crash after gate.md was written.
        const string name = "BenchHarness.Benchmarks.Patterns.P01Synthetic.Fix(Size: 16, Device: Cpu, Mode: Graph, Text: a\u0001b\u001b[31m)";
        string Write(int seed) => new SyntheticResultSet(new SyntheticBenchmark(name, SyntheticBenchmark.Samples(10_000, 3, 15, seed)))
            .WriteTo(Path.Combine(fixtures.Root, $"odd-{seed}"));
        string outputs = Path.Combine(fixtures.Root, "outputs");

        ProgramRun run = Compare(Write(5), Write(6), "--out", outputs);

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        XDocument junit = XDocument.Parse(File.ReadAllText(Path.Combine(outputs, "gate.junit.xml")));
        Assert.Contains(junit.Descendants("testcase"), c => c.Attribute("name")!.Value.Contains("a\\u0001b\\u001B[31m", StringComparison.Ordinal));
        Assert.Contains("Text: a\u0001b\u001b[31m", JsonNode.Parse(File.ReadAllText(Path.Combine(outputs, "gate.json")))!["benchmarks"]![0]!["name"]!.GetValue<string>());
        Assert.All(Files, file => Assert.True(File.Exists(Path.Combine(outputs, file)), file));
    }

    public void Dispose() => fixtures.Dispose();
}
