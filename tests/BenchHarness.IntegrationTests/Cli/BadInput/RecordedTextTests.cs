using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// Text recorded in a result set (a failure reason from a manifest) reaches the terminal escaped: a line break in it
/// does not split a message, and an escape sequence in it is shown, not obeyed.
/// </summary>
public sealed class RecordedTextTests : IDisposable
{
    /// <summary>A reason with a line break, a carriage return, a colour, a title-setting OSC sequence and a C1 CSI.</summary>
    private const string HostileReason = "boom\nsecond line\r\u001b[31mred\u001b]0;pwned\u0007\u009b2J";

    private const string EscapedReason = "boom\\nsecond line\\r\\x1b[31mred\\x1b]0;pwned\\x07\\u009b2J";

    private readonly GateFixtures fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void Compare_names_a_failed_suite_in_one_escaped_line()
    {
        string config = Path.Combine(fixtures.Root, "gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
        string current = fixtures.Write(GateFixtures.StandardPlan, 2, editManifest: m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = [.. m.Suites, SyntheticResultSet.Suite("P10Synthetic", null, 0, SuiteStatus.Failed) with { Reason = HostileReason }],
        });

        ProgramRun run = BuiltPrograms.RunCli("compare", "--baseline", fixtures.Write(GateFixtures.StandardPlan, 1), "--current", current, "--config", config);

        AssertOneLineFailure(run, $"suite P10 failed in the current run: {EscapedReason}");
        AssertNoRawControlCharacters(run.StandardOutput);
    }

    [Fact]
    public void Report_shows_a_failed_suite_as_one_escaped_caveat_line()
    {
        string results = ReportScenarios.Rich().WriteTo(Path.Combine(fixtures.Root, "results"), m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = m.Suites.Select((s, i) => i == 0 ? s with { Status = SuiteStatus.Failed, ResultsFile = null, Benchmarks = 0, Reason = HostileReason } : s).ToArray(),
        });

        ProgramRun run = BuiltPrograms.RunCli("report", results, "--out", Path.Combine(fixtures.Root, "report"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        Assert.Contains(run.StandardOutput.Split('\n'), line => line.StartsWith("attention: Suite ", StringComparison.Ordinal) && line.Contains(EscapedReason));
        AssertNoRawControlCharacters(run.StandardOutput);
    }
}
