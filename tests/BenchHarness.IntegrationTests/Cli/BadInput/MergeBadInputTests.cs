using System.Text.Json.Nodes;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>merge</c> given bad input: one line naming the file and the problem, exit 2, the sources left alone, and nothing
/// written outside --out, nor a half-written --out (or a temporary beside it).
/// </summary>
public sealed class MergeBadInputTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private static IReadOnlyList<PlannedBenchmark> P01 => GateFixtures.StandardPlan.Where(p => p.PatternId == "P01").ToArray();

    private static IReadOnlyList<PlannedBenchmark> P03 => GateFixtures.StandardPlan.Where(p => p.PatternId == "P03").ToArray();

    public static TheoryData<string, string> Cases => new()
    {
        { "log-file-above-a-source", "lists logFile '../lure/escaped.log', which lies outside the result set" },
        { "results-file-absolute", "lists resultsFile '/etc/passwd', which lies outside the result set" },
        { "suite-name-a-path", "suite name '../..' is not a plain name" },
        { "pattern-id-a-path", "pattern id '../P01' is not a plain name" },
        { "out-inside-a-source", "lies inside the result set" },
        { "out-through-a-symlink-into-a-source", "lies inside the result set" },
        { "empty-out", "--out needs a value, not an empty string" },
        { "two-sources-with-one-log-file", "logs/P01.log is in both" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_and_writes_nothing(string kind, string expected)
    {
        string first = fixtures.Write(P01, 1), second = fixtures.Write(P03, 2);
        string outs = Path.Combine(fixtures.Root, "outs"), output = Path.Combine(outs, "merged");
        Directory.CreateDirectory(outs);
        string lure = Path.Combine(fixtures.Root, "lure");
        Directory.CreateDirectory(lure);
        File.WriteAllText(Path.Combine(lure, "escaped.log"), "a log outside the result set");
        foreach (string source in new[] { first, second })
        {
            Directory.CreateDirectory(new ResultSetLayout(source).Logs);
            foreach (string log in Directory.GetFiles(source, "*" + ResultSetLayout.FullReportEnding).Select(f => Path.GetFileName(f)[..3]))
                File.WriteAllText(Path.Combine(source, ResultSetLayout.LogFileOf(log)), $"{log} log");
        }
        switch (kind)
        {
            case "log-file-above-a-source":
                EditSuite(first, s => s["logFile"] = "../lure/escaped.log");
                break;
            case "results-file-absolute":
                EditSuite(first, s => s["resultsFile"] = "/etc/passwd");
                break;
            case "suite-name-a-path":
                EditSuite(first, s => s["suite"] = "../..");
                break;
            case "pattern-id-a-path":
                EditSuite(first, s => s["patternId"] = "../P01");
                break;
            case "out-inside-a-source":
                output = Path.Combine(first, "merged");
                break;
            case "out-through-a-symlink-into-a-source":
                Directory.CreateSymbolicLink(Path.Combine(outs, "link"), first);
                output = Path.Combine(outs, "link", "merged");
                break;
            case "empty-out":
                output = "";
                break;
            case "two-sources-with-one-log-file":
                File.Delete(Path.Combine(second, ResultSetLayout.LogFileOf("P03")));
                File.WriteAllText(Path.Combine(second, ResultSetLayout.LogFileOf("P01")), "P03 log under P01's name");
                EditSuite(second, s => s["logFile"] = ResultSetLayout.LogFileOf("P01"));
                break;
            default:
                throw new ArgumentException(kind);
        }
        string[] firstBefore = DirectorySnapshot.Of(first), secondBefore = DirectorySnapshot.Of(second), outsBefore = DirectorySnapshot.Of(outs);
        string[] rootBefore = Directory.GetFileSystemEntries(fixtures.Root);

        AssertOneLineFailure(BuiltPrograms.RunCli("merge", "--out", output, first, second), expected);

        Assert.Equal(firstBefore, DirectorySnapshot.Of(first));
        Assert.Equal(secondBefore, DirectorySnapshot.Of(second));
        Assert.Equal(outsBefore, DirectorySnapshot.Of(outs)); // no --out, no temporary directory beside it
        Assert.Equal(rootBefore.Order(), Directory.GetFileSystemEntries(fixtures.Root).Order());
        Assert.Equal(["escaped.log"], Directory.GetFileSystemEntries(lure).Select(Path.GetFileName));
    }

    private static void EditSuite(string directory, Action<JsonNode> edit) =>
        GateFixtures.EditManifestJson(directory, m => edit(m["suites"]![0]!));

    public void Dispose() => fixtures.Dispose();
}
