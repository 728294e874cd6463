using BenchmarkDotNet.Attributes;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;

namespace BenchHarness.HarnessBenchmarks.History;

/// <summary>The history's change-point search (PELT) on one long series: 1,000 commits, a 15% slowdown at commit 600.</summary>
public class ChangePointBenchmarks
{
    public const int Commits = 1_000;

    private TrendSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20220125);
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        const double standardError = 0.01;
        TrendPoint[] points = Enumerable.Range(0, Commits).Select(i =>
        {
            double estimate = (i < 600 ? 20_000 : 23_000) * Math.Exp(standardError * (random.NextDouble() * 2 - 1));
            return new TrendPoint($"{i:x40}", start.AddHours(i), estimate, standardError,
                estimate * Math.Exp(-1.96 * standardError), estimate * Math.Exp(1.96 * standardError), Runs: 1, SingleProcess: false);
        }).ToArray();
        var machine = new MachineGroup("synthetic", "vm, 2 cores", "default");
        _series = new TrendSeries(new SeriesKey(machine, "P01", SeriesKind.Time, "P01 Fix, Graph, Cpu, Size=16"), points);
    }

    [Benchmark]
    public IReadOnlyList<ChangePoint> Detect() => ChangePointDetector.Detect(_series);
}
