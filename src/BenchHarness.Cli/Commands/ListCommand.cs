using System.CommandLine;
using System.Text.Json;
using BenchHarness.Catalog;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness list [--json]</c>: the catalog, and what the harness measures for each entry.</summary>
public static class ListCommand
{
    /// <summary>One catalog entry with what this build measures for it.</summary>
    public sealed record Entry(
        string Id,
        string Name,
        PatternKind Kind,
        string AntiPattern,
        string Fix,
        string Mechanism,
        ExpectedDirection Direction,
        string ExpectedEffect,
        string Evidence,
        string? RelatedTo,
        string? Suite,
        IReadOnlyList<string> Modes,
        IReadOnlyList<string> Devices,
        string Measured,
        string ExpectedOnCuda,
        string Finding);

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write the list as JSON." };
        var command = new Command("list", "List the catalog: what each anti-pattern is, what is measured, the expected effect and the study's evidence.")
        {
            json,
        };
        command.SetAction(parsed => CommandAction.Guard(() => Run(Console.Out, parsed.GetValue(json))));
        return command;
    }

    private static int Run(TextWriter console, bool json)
    {
        (IReadOnlyList<SuiteInfo> suites, string? unavailable) = ProbeSuites();
        Entry[] entries = PatternCatalog.All.Select(p => Describe(p, suites, unavailable)).ToArray();
        if (json)
        {
            console.WriteLine(JsonSerializer.Serialize(entries, ResultJson.Options));
            return ExitCodes.Success;
        }

        foreach (Entry entry in entries)
        {
            console.WriteLine($"{entry.Id} {entry.Name}  [{Words(entry.Kind)}{(entry.Suite is null ? "" : $"; suite {entry.Suite}")}]");
            console.WriteLine($"  anti-pattern  {entry.AntiPattern}");
            console.WriteLine($"  fix           {entry.Fix}");
            console.WriteLine($"  finding       {entry.Finding}");
            console.WriteLine($"  mechanism     {entry.Mechanism}");
            console.WriteLine($"  measured      {entry.Measured}");
            console.WriteLine($"  expected      {entry.ExpectedEffect}");
            console.WriteLine($"  on CUDA       {entry.ExpectedOnCuda}");
            console.WriteLine($"  evidence      {entry.Evidence}");
            console.WriteLine();
        }
        if (unavailable is not null)
            CommandAction.PrintError($"suite host unavailable ({unavailable}); listed the catalog only");
        return ExitCodes.Success;
    }

    public static Entry Describe(AntiPattern pattern, IReadOnlyList<SuiteInfo> suites, string? unavailable)
    {
        SuiteInfo? suite = suites.FirstOrDefault(s => s.PatternId == pattern.Id);
        string[] devices = suite is null ? [] : ["cpu", "cuda"];
        string[] modes = suite is null ? [] : ["eager", "graph"];
        string measured = (pattern.Kind, suite) switch
        {
            (PatternKind.AliasOf, _) => $"by {pattern.RelatedTo}'s suite: a removed graph conversion is the regression gate's to catch, by {pattern.RelatedTo}'s contract and its fix's benchmark",
            (_, null) when unavailable is not null => "unknown: suite host unavailable",
            (_, null) => "nothing yet: no suite in this build",
            (_, { Finding: FindingKind.Divergence }) =>
                "observed, not timed: the results of the same calls eagerly and in the graph, or of the anti-pattern and its fix (divergence; a refused call diverges too)",
            (_, { Finding: FindingKind.Incompatibility }) =>
                "observed, not timed: whether graph mode takes it, compiled in an isolated process or passed across the call boundary, with TorchScript's message (compatibility)",
            (_, { } pair) => $"time of Anti vs Fix over Size {string.Join(", ", pair.Sizes)} on CPU" +
                             (pair.CudaSizes is { } cuda ? $", {string.Join(", ", cuda)} on CUDA" : "") + "; steady state" +
                             (pair.MeasuresFirstCall ? " and first call (compile + first invocations)" : "") +
                             (pair.MeasuresThroughput ? $" and throughput ({ThroughputCalls} calls per device synchronisation; on CPU at Size {pair.Sizes[0]} only)" : ""),
        };
        return new Entry(pattern.Id, pattern.Name, pattern.Kind, pattern.AntiPatternShape, pattern.FixShape, pattern.Mechanism,
            pattern.Direction, pattern.ExpectedEffect, pattern.Evidence, pattern.RelatedTo, suite?.Suite, modes, devices, measured,
            pattern.ExpectedOnCuda, FindingText(pattern.Finding));
    }

    /// <summary>The study's finding an entry bears on, as the paper numbers it: "(i) API misuse: ...".</summary>
    public static string FindingText(StudyFinding finding) =>
        $"{StudyFindings.Number(finding)} {StudyFindings.Name(finding)}: {StudyFindings.Claim(finding)}; {StudyFindings.Evidence(finding)}";

    // Mirrors PairSuite.ThroughputCalls in the suite host (which this engine-neutral CLI does not reference).
    private const int ThroughputCalls = 32;

    private static (IReadOnlyList<SuiteInfo> Suites, string? Unavailable) ProbeSuites()
    {
        try
        {
            return (SuiteHost.Locate().Probe(threads: 1).Suites, null);
        }
        catch (HarnessException e)
        {
            return ([], e.Message);
        }
    }

    private static string Words(PatternKind kind) => kind switch
    {
        PatternKind.PerformancePair => "performance pair",
        PatternKind.SemanticDivergence => "semantic divergence",
        PatternKind.Incompatibility => "incompatibility",
        _ => "alias",
    };
}
