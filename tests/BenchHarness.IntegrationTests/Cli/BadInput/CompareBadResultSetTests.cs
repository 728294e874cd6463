using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>benchharness compare</c> on bad input: one line naming the file and the problem, exit 2.</summary>
public sealed class CompareBadResultSetTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    public static TheoryData<string, bool> ResultSetCases =>
        new(BadResultSets.All.SelectMany(c => new[] { (c.Name, true), (c.Name, false) }));

    [Theory]
    [MemberData(nameof(ResultSetCases))]
    public void A_bad_result_set_on_either_side_is_refused_in_one_line(string name, bool asBaseline)
    {
        BadResultSet bad = BadResultSets.Named(name);
        string badSet = bad.WriteTo(temporary.Combine("bad"));
        string good = BadResultSets.Good(temporary.Combine("good"));
        string config = temporary.Combine("gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");

        ProgramRun run = BuiltPrograms.RunCli("compare", "--baseline", asBaseline ? badSet : good, "--current", asBaseline ? good : badSet,
            "--config", config);

        AssertOneLineFailure(run, bad.File, bad.Problem);
    }
}
