using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>benchharness report</c> on bad input: one line naming the file and the problem, exit 2.</summary>
public sealed class ReportBadResultSetTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    [Theory]
    [MemberData(nameof(BadResultSets.Names), MemberType = typeof(BadResultSets))]
    public void A_bad_result_set_is_refused_in_one_line(string name)
    {
        BadResultSet bad = BadResultSets.Named(name);
        string results = bad.WriteTo(temporary.Combine("results"));

        ProgramRun run = BuiltPrograms.RunCli("report", results, "--out", temporary.Combine("report"));

        AssertOneLineFailure(run, bad.File, bad.Problem);
        Assert.False(Directory.Exists(temporary.Combine("report")), "a refused report writes nothing");
    }
}
