using System.CommandLine;
using BenchHarness.Cli.Running;
using BenchHarness.Running;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness run</c>: measure the selected suites into a new result set.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var pattern = new Option<string>("--pattern", "-p")
        {
            Description = "Pattern ids to run, comma-separated (P01,P03), or 'all' for every pattern that has a suite.",
            DefaultValueFactory = _ => "all",
        };
        var device = new Option<string>("--device", "-d")
        {
            Description = "cpu, cuda, or all (every available device; the others are recorded as skipped).",
            DefaultValueFactory = _ => "cpu",
        };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "eager, graph, or all.",
            DefaultValueFactory = _ => "all",
        };
        var profile = new Option<string>("--profile")
        {
            Description = "smoke (seconds per case, proves the pipeline), default (2 processes: the catalog's large effects), gate (3 processes x 15 iterations).",
            DefaultValueFactory = _ => "default",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Intra-op threads pinned for every measured process, at most the logical core count. Default: the logical core count.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every random input.",
            DefaultValueFactory = _ => RunOptions.DefaultSeed,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Result-set directory (must not exist or be empty). Default: results/<run-id>.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show the suite host's full output (BenchmarkDotNet's log) instead of progress lines.",
        };
        var suiteTimeout = new Option<string?>("--suite-timeout")
        {
            Description = "Stop a suite that runs longer (90s, 10m, 1h) and record it as failed. At most 24h. Default: the profile's (smoke 10m, default 30m, gate 60m).",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run part i of n of the selection (i/n): suites ordered by id, part i takes the i-th, (i+n)-th, ... suite.",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Complete an interrupted result set: run what is missing or failed there, with the options it recorded.",
        };

        var command = new Command("run", "Run the selected paired suites through BenchmarkDotNet and write a result set.")
        {
            pattern, device, mode, profile, threads, seed, output, verbose, suiteTimeout, shard, resume,
        };
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            var options = new RunOptions(
                OptionParsing.ParsePatterns(parsed.GetValue(pattern)!),
                OptionParsing.ParseDevices(parsed.GetValue(device)!),
                OptionParsing.ParseModes(parsed.GetValue(mode)!),
                OptionParsing.ParseProfile(parsed.GetValue(profile)!),
                OptionParsing.ParseThreads(parsed.GetValue(threads)),
                parsed.GetValue(seed),
                parsed.GetValue(output),
                parsed.GetValue(suiteTimeout) is string timeout ? OptionParsing.ParseSuiteTimeout(timeout) : null,
                parsed.GetValue(shard) is string part ? OptionParsing.ParseShard(part) : null);
            string commandLine = string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]);

            using var signals = new InterruptionSignals();
            var orchestrator = new RunOrchestrator(SuiteHost.Locate(), Console.Out, parsed.GetValue(verbose), signals);
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
