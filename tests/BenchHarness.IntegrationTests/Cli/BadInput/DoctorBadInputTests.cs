using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>benchharness doctor</c> takes no arguments: any is one line with exit code 2.</summary>
public class DoctorBadInputTests
{
    public static TheoryData<string[], string[]> Arguments => new()
    {
        { ["--frobnicate"], ["'--frobnicate'", "(see 'benchharness doctor --help')"] },
        { ["cuda"], ["'cuda'", "(see 'benchharness doctor --help')"] },
        { ["--fix\u001b[2J"], ["'--fix\\x1b[2J'"] },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Bad_arguments_are_one_line(string[] arguments, string[] expected) =>
        AssertOneLineFailure(BuiltPrograms.RunCli(["doctor", .. arguments]), expected);
}
