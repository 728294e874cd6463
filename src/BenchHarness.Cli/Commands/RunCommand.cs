using System.CommandLine;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness run</c>: measure the selected suites into a new result set.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var measurement = new MeasurementOptions(defaultProfile: "default");
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Result-set directory (must not exist or be empty). Default: results/<run-id>.",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run part i of n of the selection (i/n): suites ordered by id, part i takes the i-th, (i+n)-th, ... suite.",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Complete an interrupted result set: run what is missing or failed there, with the options it recorded.",
        };

        var command = new Command("run", "Measure the selected paired suites with BenchmarkDotNet, one process per case and round, into a result set.")
        {
            output, shard, resume,
        };
        foreach (Option option in measurement.All)
            command.Options.Add(option);
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            RunOptions options = measurement.Parse(parsed, parsed.GetValue(output),
                parsed.GetValue(shard) is string part ? OptionParsing.ParseShard(part) : null);
            string commandLine = string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]);

            using var signals = new InterruptionSignals();
            var orchestrator = new RunOrchestrator(SuiteHost.Locate(), Console.Out, parsed.GetValue(measurement.Verbose), signals);
            if (parsed.GetValue(resume) is not string directory)
                return orchestrator.Run(options, commandLine);
            HashSet<string> given = command.Options
                .Where(option => parsed.GetResult(option) is { Implicit: false })
                .Select(option => option.Name)
                .ToHashSet();
            if (given.Contains(output.Name))
                throw new OptionException("--resume writes into the result set it completes; it cannot be combined with --out");
            return orchestrator.Resume(new ResumeRequest(directory, options, given), commandLine);
        }));
        return command;
    }
}
