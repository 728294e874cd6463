using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Running;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BenchHarness.Benchmarks.Running;

/// <summary>
/// Runs one suite request: the equivalence check first, then BenchmarkDotNet, and folds both into a
/// <see cref="SuiteOutcome"/>. The results JSON lands in the run directory as
/// <c>&lt;Suite&gt;-report-full.json</c>; BenchmarkDotNet's own logs stay under <c>bdn/&lt;Suite&gt;/</c>.
/// </summary>
public static class SuiteRunner
{
    public static SuiteOutcome Run(SuiteRequest request)
    {
        if (TestSuites.IsTestSuite(request.PatternId))
            return MisbehavingSuites.Run(request);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        Type suite = SuiteCatalog.Find(request.PatternId)
            ?? throw new ArgumentException($"this host has no suite for {request.PatternId}");

        SuiteOutcome Outcome(SuiteStatus status, string? reason, IReadOnlyList<EquivalenceCheck> checks,
            string? resultsFile = null, int benchmarks = 0, IReadOnlyList<string>? failed = null,
            SemanticFinding? finding = null, IReadOnlyList<ComputeDevice>? devicesUsed = null) =>
            new(request.PatternId, suite.Name, status, devicesUsed ?? request.Devices, request.Modes, resultsFile,
                LogFile: null, reason, benchmarks, failed ?? [], checks, started, DateTimeOffset.UtcNow, finding);

        ComputeDevice[] devices = request.Devices.Where(TorchDevices.IsAvailable).ToArray();
        if (devices.Length == 0)
            return Outcome(SuiteStatus.Skipped,
                string.Join("; ", request.Devices.Select(d => TorchDevices.UnavailableReason(d))), []);

        var session = new TorchSettings(request.Threads, request.Seed);
        TorchSession.Configure(session);
        if (suite.IsAssignableTo(typeof(ISemanticProbe)))
        {
            ProbeOutcome probed = RunProbe((ISemanticProbe)Activator.CreateInstance(suite)!, devices[0]);
            return probed.Finding is { } finding
                ? Outcome(SuiteStatus.Succeeded, null, [], finding: finding, devicesUsed: [devices[0]])
                : Outcome(SuiteStatus.Failed, probed.Failure, [], devicesUsed: [devices[0]]);
        }

        Progress($"{suite.Name}: checking that anti-pattern and fix compute the same outputs");
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(suite, devices, request.Modes, session);
        if (EquivalenceChecker.FirstFailure(checks) is string disagreement)
            return Outcome(SuiteStatus.Failed, $"not timed: {disagreement}", checks);

        string artifacts = Path.Combine(request.RunDirectory, "bdn", suite.Name);
        DiscardStaleResults(artifacts);
        Progress($"{suite.Name}: {checks.Count} equivalence checks passed; measuring with the {request.Profile} profile");
        Summary summary = BenchmarkRunner.Run(suite, HarnessConfig.For(request with { Devices = devices }, artifacts));

        string[] failed = summary.BenchmarksCases
            .Where(c => !summary.Reports.Any(r => r.BenchmarkCase == c && r.Success))
            .Select(c => $"{c.Descriptor.Type.Name}.{c.Descriptor.WorkloadMethod.Name}({c.Parameters.DisplayInfo})")
            .ToArray();
        string? results = PublishResults(summary, artifacts, request.RunDirectory, suite.Name);

        string? reason =
            summary.HasCriticalValidationErrors
                ? "BenchmarkDotNet refused the suite: " + string.Join(" ", summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message))
            : summary.BenchmarksCases.Length == 0 ? "no benchmark case matched the selection"
            : failed.Length > 0 ? $"{failed.Length} of {summary.BenchmarksCases.Length} benchmarks failed; see the suite log"
            : results is null ? "BenchmarkDotNet wrote no full JSON report"
            : null;
        return Outcome(reason is null ? SuiteStatus.Succeeded : SuiteStatus.Failed, reason, checks,
            results, summary.Reports.Count(r => r.Success), failed);
    }

    /// <summary>A probe's finding, or why it could not look for one.</summary>
    public sealed record ProbeOutcome(SemanticFinding? Finding, string? Failure);

    /// <summary>Runs <paramref name="probe"/> on <paramref name="device"/>; a <see cref="ProbeFailedException"/> becomes the failure.</summary>
    public static ProbeOutcome RunProbe(ISemanticProbe probe, ComputeDevice device)
    {
        Progress($"{probe.GetType().Name}: looking for {probe.Kind.ToString().ToLowerInvariant()} on {device}");
        try
        {
            return new ProbeOutcome(probe.Run(device), null);
        }
        catch (ProbeFailedException e)
        {
            return new ProbeOutcome(null, e.Message);
        }
    }

    public static void Progress(string message) => Console.WriteLine(SuiteHostProtocol.ProgressPrefix + message);

    // A report left by an attempt that was killed before publishing it must never be published as this one's.
    private static void DiscardStaleResults(string artifacts)
    {
        string resultsFolder = Path.Combine(artifacts, "results");
        if (Directory.Exists(resultsFolder))
            Directory.Delete(resultsFolder, recursive: true);
    }

    // Moves BenchmarkDotNet's full JSON, complete once Run returns, to the top of the run directory; the rename
    // is atomic on one file system, so the run directory never holds half a report.
    private static string? PublishResults(Summary summary, string artifacts, string runDirectory, string suiteName)
    {
        string resultsFolder = Path.Combine(artifacts, "results");
        string? written = Directory.Exists(resultsFolder)
            ? Directory.EnumerateFiles(resultsFolder, "*-report-full.json").FirstOrDefault()
            : null;
        if (written is null || summary.Reports.Length == 0)
            return null;
        string fileName = $"{suiteName}-report-full.json";
        File.Move(written, Path.Combine(runDirectory, fileName), overwrite: false);
        return fileName;
    }
}
