using BenchHarness.Analysis.Loading;
using BenchHarness.Gate.Calibration;
using BenchHarness.Gate.Comparing;
using BenchHarness.Identity;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// <c>calibrate --trials N</c>: N gate sessions of this one build against itself, each measured as <c>benchharness
/// gate</c> measures (interleaved, paired by round). From the second trial on, each planted factor goes into the code of
/// one steady-state benchmark of the head arm, chosen at random: a spin of (factor - 1) x that benchmark's median, taken
/// from the previous trial's baseline. Every other benchmark of a trial is an A/A comparison.
/// </summary>
public sealed class CalibrationTrials(TextWriter console, bool verbose, InterruptionSignals signals)
{
    public CalibrationResult Run(RunOptions options, string commandLine, GateSettings settings, IReadOnlyList<double> factors, int trials, string root, int seed)
    {
        SuiteHost host = SuiteHost.Locate();
        var random = new Random(seed);
        var judged = new List<CalibrationTrial>();
        IReadOnlyDictionary<string, double> medians = new Dictionary<string, double>();
        for (int trial = 1; trial <= trials; trial++)
        {
            Dictionary<string, double> planted = trial == 1 ? [] : Choose(medians.Keys.ToArray(), factors, random);
            Dictionary<string, double> delays = planted.ToDictionary(p => p.Key, p => (p.Value - 1) * medians[p.Key], StringComparer.Ordinal);
            console.WriteLine($"calibration trial {trial}/{trials}: " + (planted.Count == 0 ? "A/A only (medians for the plants)" :
                string.Join(", ", planted.Select(p => $"{BenchmarkNames.Short(p.Key)} x{p.Value}"))));
            string directory = Path.Combine(root, $"trial-{trial:00}");
            PairedRun.Outcome session = new PairedRun(console, verbose, signals).Run(options, commandLine,
                new PairedRun.Arm("baseline", host, Path.Combine(directory, "baseline"), host.RepositoryRoot),
                new PairedRun.Arm("head", host, Path.Combine(directory, "head"), host.RepositoryRoot, delays));
            if (session.Interrupted)
                throw new HarnessException($"interrupted by {signals.Signal} in trial {trial}; the trials so far are in {root}");
            ResultSet baseline = ResultSetLoader.Load(session.BaselineDirectory), head = ResultSetLoader.Load(session.HeadDirectory);
            var report = GateComparer.Compare(baseline, head, settings);
            judged.Add(new CalibrationTrial($"trial {trial}", report, planted));
            console.WriteLine($"calibration trial {trial}/{trials}: {report.Outcome}; " + string.Join(", ",
                report.Benchmarks.Where(b => planted.ContainsKey(b.FullName)).Select(b => $"{b.Name} x{planted[b.FullName]}: {b.Verdict}")));
            medians = baseline.Benchmarks.Where(b => b.Identity is { Phase: CallPhase.Steady })
                .ToDictionary(b => b.FullName, b => b.TypicalTime, StringComparer.Ordinal);
        }
        return Calibrator.Summarise($"{trials} interleaved gate sessions of one build against itself (as 'benchharness gate' measures), " +
                                    "each planted factor a spin in one benchmark's code from trial 2 on", options.Profile.ToString().ToLowerInvariant(), judged, factors);
    }

    private static Dictionary<string, double> Choose(string[] benchmarks, IReadOnlyList<double> factors, Random random)
    {
        string[] shuffled = [.. benchmarks.OrderBy(_ => random.Next())];
        return factors.Take(shuffled.Length).Select((factor, i) => (shuffled[i], factor)).ToDictionary(p => p.Item1, p => p.factor, StringComparer.Ordinal);
    }
}
