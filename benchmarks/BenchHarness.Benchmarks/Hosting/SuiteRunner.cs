using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// Prepares one suite request (<c>prepare-suite</c>): a semantic probe runs and records its finding; a timed pair is
/// checked for equivalence and its cases are listed for the CLI to schedule, one process per case and round
/// (<see cref="LaunchRunner"/>). Nothing is timed here.
/// </summary>
public static class SuiteRunner
{
    public static SuitePlan Prepare(SuiteRequest request)
    {
        if (TestSuites.IsTestSuite(request.PatternId))
            return MisbehavingSuites.Run(request);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        Type suite = SuiteCatalog.Find(request.PatternId)
            ?? throw new ArgumentException($"this host has no suite for {request.PatternId}");

        SuitePlan Plan(SuiteStatus status, string? reason, IReadOnlyList<EquivalenceCheck> checks,
            SemanticFinding? finding = null, IReadOnlyList<ComputeDevice>? devicesUsed = null, IReadOnlyList<string>? cases = null) =>
            new(new SuiteOutcome(request.PatternId, suite.Name, status, devicesUsed ?? request.Devices, request.Modes, ResultsFile: null,
                LogFile: null, reason, Benchmarks: 0, FailedBenchmarks: [], checks, started, DateTimeOffset.UtcNow, finding), cases ?? []);

        ComputeDevice[] devices = request.Devices.Where(TorchDevices.IsAvailable).ToArray();
        if (devices.Length == 0)
            return Plan(SuiteStatus.Skipped, string.Join("; ", request.Devices.Select(d => TorchDevices.UnavailableReason(d))), []);

        var session = new TorchSettings(request.Threads, request.Seed);
        TorchSession.Configure(session);
        if (suite.IsAssignableTo(typeof(ISemanticProbe)))
        {
            ProbeOutcome probed = RunProbe((ISemanticProbe)Activator.CreateInstance(suite)!, devices[0]);
            return probed.Finding is { } finding
                ? Plan(SuiteStatus.Succeeded, null, [], finding: finding, devicesUsed: [devices[0]])
                : Plan(SuiteStatus.Failed, probed.Failure, [], devicesUsed: [devices[0]]);
        }

        if (RemovedGraphConversion.IsPlantedIn(request.PatternId))
            SuiteProgress.Report($"{suite.Name}: planted for a test (P13): the fix's graph conversion removed, its graph member runs eagerly");
        SuiteProgress.Report($"{suite.Name}: checking that anti-pattern and fix compute the same outputs");
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(suite, devices, request.Modes, session);
        if (EquivalenceChecker.FirstFailure(checks) is string disagreement)
            return Plan(SuiteStatus.Failed, $"not timed: {disagreement}", checks, devicesUsed: devices);

        if (request.Modes.Contains(ExecutionMode.Graph))
            foreach (string firstUse in FirstUseProfiler.Describe(suite, devices, session))
                SuiteProgress.Report(firstUse);

        IReadOnlyList<string> cases = LaunchRunner.Cases(suite, request with { Devices = devices });
        SuiteProgress.Report($"{suite.Name}: {checks.Count} equivalence checks passed; {cases.Count} cases to measure");
        return cases.Count == 0
            ? Plan(SuiteStatus.Failed, "no benchmark case matched the selection", checks, devicesUsed: devices)
            : Plan(SuiteStatus.Succeeded, null, checks, devicesUsed: devices, cases: cases);
    }

    /// <summary>A probe's finding, or why it could not look for one.</summary>
    public sealed record ProbeOutcome(SemanticFinding? Finding, string? Failure);

    /// <summary>Runs <paramref name="probe"/> on <paramref name="device"/>; a <see cref="ProbeFailedException"/> becomes the failure.</summary>
    public static ProbeOutcome RunProbe(ISemanticProbe probe, ComputeDevice device)
    {
        SuiteProgress.Report($"{probe.GetType().Name}: looking for {probe.Kind.ToString().ToLowerInvariant()} on {device}");
        try
        {
            return new ProbeOutcome(probe.Run(device), null);
        }
        catch (ProbeFailedException e)
        {
            return new ProbeOutcome(null, e.Message);
        }
    }
}
