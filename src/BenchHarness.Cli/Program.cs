using System.CommandLine;
using BenchHarness;
using BenchHarness.Cli.Commands;

var root = new RootCommand("BenchHarness: paired benchmarks of the hybridization anti-patterns (eager vs graph execution).")
{
    RunCommand.Create(),
    ReportCommand.Create(),
    CompareCommand.Create(),
    MergeCommand.Create(),
    CalibrateCommand.Create(),
    ListCommand.Create(),
    DoctorCommand.Create(),
};

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // One line per problem and the documented exit code, instead of System.CommandLine's default (help text, exit 1).
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"benchharness: {error.Message}");
    Console.Error.WriteLine($"benchharness: see '{string.Join(' ', CommandPath(parsed))} --help'");
    return ExitCodes.BadInputOrFailure;
}
return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

static IEnumerable<string> CommandPath(ParseResult parsed)
{
    var names = new Stack<string>();
    for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        names.Push(result.Command is RootCommand ? "benchharness" : result.Command.Name);
    return names;
}
