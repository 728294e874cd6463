using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// Rules of the command line that hold for every command: a syntax error is one line with its pointer to --help
/// on the same line, an empty value is refused by name (an empty path would otherwise mean the current
/// directory, or crash), and text from the command line reaches the terminal escaped.
/// </summary>
public sealed class CommandLineBadInputTests : IDisposable
{
    private const string Somewhere = "{somewhere}";

    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    public static TheoryData<string[], string[]> Syntax => new()
    {
        { ["benchmark"], ["'benchmark'", "(see 'benchharness --help')"] },
        { [], ["(see 'benchharness --help')"] },
        { ["compare", "--baseline", Somewhere], ["'--current'", "(see 'benchharness compare --help')"] },
        { ["compare", "--baseline", "", "--current", Somewhere, "--threshold"], ["--baseline needs a value, not an empty string; ", "'--threshold'"] },
        { ["merge", Somewhere], ["'--out'", "(see 'benchharness merge --help')"] },
        { ["calibrate"], ["calibrate needs two or more result sets of the same code, or --trials N", "(see 'benchharness calibrate --help')"] },
        { ["run", "--profile", "smoke", "--out="], ["'--out'", "(see 'benchharness run --help')"] },
        { ["run", "--fro\nbni\u001bcate"], ["'--fro\\nbni\\x1bcate'"] },
    };

    [Theory]
    [MemberData(nameof(Syntax))]
    public void A_syntax_error_is_one_line_with_its_help_pointer(string[] arguments, string[] expected) =>
        AssertOneLineFailure(Run(arguments), expected);

    /// <summary>Every option and argument that takes a path, of every command, given an empty string.</summary>
    public static TheoryData<string[], string> EmptyPaths => new()
    {
        { ["run", "--pattern", "P01", "--profile", "smoke", "--out", ""], "--out" },
        { ["run", "--pattern", "P01", "--profile", "smoke", "-o", ""], "--out" },
        { ["run", "--resume", ""], "--resume" },
        { ["report", ""], "results-dir" },
        { ["report", Somewhere, "--out", ""], "--out" },
        { ["compare", "--baseline", "", "--current", Somewhere], "--baseline" },
        { ["compare", "--baseline", Somewhere, "--current", ""], "--current" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--config", ""], "--config" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--out", ""], "--out" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--markdown", ""], "--markdown" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--json", ""], "--json" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--junit", ""], "--junit" },
        { ["compare", "--baseline", Somewhere, "--current", Somewhere, "--html", ""], "--html" },
        { ["merge", "--out", "", Somewhere, Somewhere], "--out" },
        { ["merge", "--out", Somewhere, Somewhere, ""], "sources" },
        { ["calibrate", Somewhere, ""], "runs" },
        { ["calibrate", Somewhere, Somewhere, "--config", ""], "--config" },
        { ["calibrate", Somewhere, Somewhere, "--markdown", ""], "--markdown" },
    };

    [Theory]
    [MemberData(nameof(EmptyPaths))]
    public void An_empty_path_is_refused_by_name_and_nothing_is_written(string[] arguments, string name)
    {
        AssertOneLineFailure(Run(arguments), $"{name} needs a value, not an empty string");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temporary.Path));
    }

    private ProgramRun Run(string[] arguments) =>
        BuiltPrograms.RunCli([.. arguments.Select(a => a == Somewhere ? temporary.Combine("somewhere") : a)]);
}
