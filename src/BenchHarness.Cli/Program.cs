using System.CommandLine;
using BenchHarness;
using BenchHarness.Cli.Commands;

// Whatever a command prints, names and reasons read from result sets included, reaches the terminal escaped;
// on stderr every message stays on its one line.
Console.SetOut(TextWriter.Synchronized(new TerminalWriter(Console.Out, keepLines: true)));
Console.SetError(TextWriter.Synchronized(new TerminalWriter(Console.Error, keepLines: false)));

var root = new RootCommand("BenchHarness: paired benchmarks of the hybridization anti-patterns (eager vs graph execution).")
{
    RunCommand.Create(),
    ReportCommand.Create(),
    CompareCommand.Create(),
    GateCommand.Create(),
    MergeCommand.Create(),
    CalibrateCommand.Create(),
    HistoryCommand.Create(),
    ListCommand.Create(),
    DoctorCommand.Create(),
};
EmptyValues.RefuseIn(root);

ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // One line and the documented exit code, instead of System.CommandLine's default (a line per problem, help text, exit 1).
    string problems = string.Join("; ", parsed.Errors.Select(e => e.Message.TrimEnd('.')));
    return CommandAction.Fail($"{problems} (see '{string.Join(' ', CommandPath(parsed))} --help')");
}
return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

static IEnumerable<string> CommandPath(ParseResult parsed)
{
    var names = new Stack<string>();
    for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        names.Push(result.Command is RootCommand ? "benchharness" : result.Command.Name);
    return names;
}
