using System.CommandLine;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Commands;

/// <summary>The options that choose what is measured and how, shared by <c>run</c>, <c>gate</c> and <c>calibrate --trials</c>.</summary>
public sealed class MeasurementOptions
{
    public MeasurementOptions(string defaultProfile)
    {
        Profile = new Option<string>("--profile")
        {
            Description = "smoke (seconds per case, proves the pipeline), default (the report: intervals within about x/÷1.05), gate (the regression gate). See README, 'Profiles'.",
            DefaultValueFactory = _ => defaultProfile,
        };
    }

    public Option<string> Pattern { get; } = new("--pattern", "-p")
    {
        Description = "Pattern ids to run, comma-separated (P01,P03), or 'all' for every pattern that has a suite.",
        DefaultValueFactory = _ => "all",
    };

    public Option<string> Device { get; } = new("--device", "-d")
    {
        Description = "cpu, cuda, or all (every available device; the others are recorded as skipped).",
        DefaultValueFactory = _ => "cpu",
    };

    public Option<string> Mode { get; } = new("--mode", "-m")
    {
        Description = "eager, graph, or all.",
        DefaultValueFactory = _ => "all",
    };

    public Option<string> Profile { get; }

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Intra-op threads pinned for every measured process, at most the logical core count. " +
                      "Default: one core fewer than the machine has (at least 1): that core is left to the harness.",
        DefaultValueFactory = _ => CoreSet.DefaultThreads(Environment.ProcessorCount),
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of every random input.",
        DefaultValueFactory = _ => RunOptions.DefaultSeed,
    };

    public Option<string?> SuiteTimeout { get; } = new("--suite-timeout")
    {
        Description = "Stop a suite that runs longer (90s, 10m, 1h) and record it as failed. At most 24h. Default: the profile's.",
    };

    public Option<bool> NoPin { get; } = new("--no-pin")
    {
        Description = "Do not pin measured processes to the cores the harness leaves free (by default every core but the first).",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show the suite host's full output (BenchmarkDotNet's log) instead of progress lines.",
    };

    public IEnumerable<Option> All => [Pattern, Device, Mode, Profile, Threads, Seed, SuiteTimeout, NoPin, Verbose];

    /// <summary>The options as parsed, with <paramref name="output"/> and <paramref name="shard"/> given by the command.</summary>
    public RunOptions Parse(ParseResult parsed, string? output = null, Shard? shard = null) => new(
        OptionParsing.ParsePatterns(parsed.GetValue(Pattern)!),
        OptionParsing.ParseDevices(parsed.GetValue(Device)!),
        OptionParsing.ParseModes(parsed.GetValue(Mode)!),
        OptionParsing.ParseProfile(parsed.GetValue(Profile)!),
        OptionParsing.ParseThreads(parsed.GetValue(Threads)),
        parsed.GetValue(Seed),
        output,
        parsed.GetValue(SuiteTimeout) is string timeout ? OptionParsing.ParseSuiteTimeout(timeout) : null,
        shard,
        PinCores: !parsed.GetValue(NoPin));
}
