using System.Text.Json.Nodes;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>compare</c> given bad input: one line naming the file and the problem, exit 2, and nothing written that could
/// touch an input (the result sets compared are byte for byte what they were).
/// </summary>
public sealed class CompareBadInputTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly string config;

    public CompareBadInputTests()
    {
        config = Path.Combine(fixtures.Root, "gate-config.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
    }

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan.Take(4).ToArray();

    public static TheoryData<string, string> Cases => new()
    {
        // Outputs (issue #10 item 4).
        { "json-over-the-baseline-manifest", "lies inside the result set" },
        { "markdown-inside-the-current-set", "lies inside the result set" },
        { "out-inside-a-set-by-a-relative-path", "lies inside the result set" },
        { "out-through-a-symlink-into-a-set", "lies inside the result set" },
        { "dotdot-after-a-symlink-into-a-set", "lies inside the result set" },
        { "existing-output-without-force", "gate.md already exists; pass --force to replace it" },
        { "one-file-for-two-outputs", "is given for both --markdown and --json" },
        { "empty-out", "--out needs a value, not an empty string" },
        // Paths read from a manifest (item 5) and manifests the reader must describe (item 8).
        { "results-file-absolute", "which lies outside the result set" },
        { "results-file-above-the-set", "which lies outside the result set" },
        { "results-file-a-symlink-out-of-the-set", "which lies outside the result set" },
        { "log-file-above-the-set", "lists logFile '../lure.log', which lies outside the result set" },
        { "suite-name-a-path", "suite name '../..' is not a plain name" },
        { "pattern-id-a-path", "pattern id '../P01' is not a plain name" },
        { "engine-suite-name-a-path", "engine.suites lists 'P01' '../../x', which is not a plain name" },
        { "manifest-without-git", "lacks 'git'" },
        { "manifest-with-a-null-device", "lacks 'devices[].device'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_and_leaves_the_inputs_alone(string kind, string expected)
    {
        string baseline = fixtures.Write(Plan, 1), current = fixtures.Write(Plan, 2);
        string outside = Path.Combine(fixtures.Root, "outside");
        Directory.CreateDirectory(outside);
        string results = SyntheticResultSet.ResultsFileName("P01Synthetic");
        string outputs = Path.Combine(fixtures.Root, "outputs");
        string? workingDirectory = null;
        string[] options;
        bool bothSides = false;
        switch (kind)
        {
            case "json-over-the-baseline-manifest":
                options = ["--json", ResultSetLayout.ManifestIn(baseline)];
                break;
            case "markdown-inside-the-current-set":
                options = ["--markdown", Path.Combine(current, "gate.md")];
                break;
            case "out-inside-a-set-by-a-relative-path":
                workingDirectory = Path.Combine(current, "..");
                options = ["--out", $"./{Path.GetFileName(baseline)}/./gate"];
                break;
            case "out-through-a-symlink-into-a-set":
                Directory.CreateSymbolicLink(Path.Combine(fixtures.Root, "link"), baseline);
                options = ["--out", Path.Combine(fixtures.Root, "link", "gate")];
                break;
            case "dotdot-after-a-symlink-into-a-set":
                // The kernel resolves 'link' first, then '..': the file would land in the baseline itself,
                // though the path read as text points at the fixtures' root.
                Directory.CreateDirectory(Path.Combine(baseline, "sub"));
                Directory.CreateSymbolicLink(Path.Combine(fixtures.Root, "link"), Path.Combine(baseline, "sub"));
                options = ["--json", Path.Combine(fixtures.Root, "link", "..", "verdicts.json")];
                break;
            case "existing-output-without-force":
                Directory.CreateDirectory(outputs);
                File.WriteAllText(Path.Combine(outputs, "gate.md"), "a comment someone wrote");
                options = ["--out", outputs];
                break;
            case "one-file-for-two-outputs":
                options = ["--markdown", Path.Combine(outside, "gate.txt"), "--json", Path.Combine(outside, ".", "gate.txt")];
                break;
            case "empty-out":
                options = ["--out", ""];
                break;
            case "results-file-absolute":
                File.Copy(Path.Combine(baseline, results), Path.Combine(outside, results));
                EditSuite(baseline, s => s["resultsFile"] = Path.Combine(outside, results));
                (options, bothSides) = ([], true);
                break;
            case "results-file-above-the-set":
                File.Copy(Path.Combine(baseline, results), Path.Combine(outside, results));
                EditSuite(baseline, s => s["resultsFile"] = $"../outside/{results}");
                (options, bothSides) = ([], true);
                break;
            case "results-file-a-symlink-out-of-the-set":
                File.Move(Path.Combine(baseline, results), Path.Combine(outside, results));
                File.CreateSymbolicLink(Path.Combine(baseline, results), Path.Combine(outside, results));
                (options, bothSides) = ([], true);
                break;
            case "log-file-above-the-set":
                EditSuite(baseline, s => s["logFile"] = "../lure.log");
                (options, bothSides) = ([], true);
                break;
            case "suite-name-a-path":
                EditSuite(baseline, s => s["suite"] = "../..");
                (options, bothSides) = ([], true);
                break;
            case "pattern-id-a-path":
                EditSuite(baseline, s => s["patternId"] = "../P01");
                (options, bothSides) = ([], true);
                break;
            case "engine-suite-name-a-path":
                // resume moves '<suite>-report-full.json' of an earlier attempt aside: that name must stay in the set
                GateFixtures.EditManifestJson(baseline, m => m["engine"]!["suites"] = new JsonArray(new JsonObject
                {
                    ["patternId"] = "P01", ["suite"] = "../../x", ["sizes"] = new JsonArray(16), ["measuresFirstCall"] = false,
                }));
                (options, bothSides) = ([], true);
                break;
            case "manifest-without-git":
                GateFixtures.EditManifestJson(baseline, m => m.Remove("git"));
                (options, bothSides) = ([], true);
                break;
            case "manifest-with-a-null-device":
                GateFixtures.EditManifestJson(baseline, m => m["devices"] = new JsonArray((JsonNode?)null));
                (options, bothSides) = ([], true);
                break;
            default:
                throw new ArgumentException(kind);
        }
        string[] baselineBefore = DirectorySnapshot.Of(baseline), currentBefore = DirectorySnapshot.Of(current);
        string[] outputsBefore = DirectorySnapshot.Of(outputs), outsideBefore = DirectorySnapshot.Of(outside);

        AssertOneLineFailure(Compare(baseline, current, options, workingDirectory), expected);
        if (bothSides)
            AssertOneLineFailure(Compare(current, baseline, options, workingDirectory), expected); // the same refusal on either side

        Assert.Equal(baselineBefore, DirectorySnapshot.Of(baseline));
        Assert.Equal(currentBefore, DirectorySnapshot.Of(current));
        Assert.Equal(outputsBefore, DirectorySnapshot.Of(outputs));
        Assert.Equal(outsideBefore, DirectorySnapshot.Of(outside));
        Assert.False(File.Exists(Path.Combine(fixtures.Root, "verdicts.json")));
    }

    private ProgramRun Compare(string baseline, string current, string[] options, string? workingDirectory) =>
        BuiltPrograms.Run(BuiltPrograms.Cli, ["compare", "--baseline", baseline, "--current", current, "--config", config, .. options],
            TimeSpan.FromMinutes(5), workingDirectory);

    private static void EditSuite(string directory, Action<JsonNode> edit) =>
        GateFixtures.EditManifestJson(directory, m => edit(m["suites"]![0]!));

    public void Dispose() => fixtures.Dispose();
}
