using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>benchharness list</c> takes only --json: anything else is one line with exit code 2.</summary>
public class ListBadInputTests
{
    public static TheoryData<string[], string[]> Arguments => new()
    {
        { ["--frobnicate"], ["'--frobnicate'", "(see 'benchharness list --help')"] },
        { ["P01"], ["'P01'", "(see 'benchharness list --help')"] },
        { ["--json", "maybe"], ["'maybe'", "(see 'benchharness list --help')"] },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Bad_arguments_are_one_line(string[] arguments, string[] expected) =>
        AssertOneLineFailure(BuiltPrograms.RunCli(["list", .. arguments]), expected);
}
