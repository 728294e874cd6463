using System.Formats.Tar;
using System.IO.Compression;
using BenchHarness.Analysis.Loading;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Pages;
using BenchHarness.History.Store;

namespace BenchHarness.Tests.History;

/// <summary>
/// An A/A history of real noise: the whole catalog measured at the default profile on this project's 2-core machine
/// (TestData/catalog-default.tar.gz, the BenchmarkDotNet JSON and manifest of that run, 4-7 processes per case). Each
/// of eight commits is a run of four of those processes (rounds drawn at random without replacement, the same rounds
/// for every case of a suite, so speed-ups still pair by round): real process noise and real intervals, nothing
/// changed, so no change point may be found.
/// </summary>
/// <remarks>
/// The commits share processes, so they scatter less than eight independent runs would; independent runs of one
/// commit are what the between-commit noise estimate (<see cref="SeriesNoise"/>) is for, and the synthetic tests
/// cover it (ChangePointTests).
/// </remarks>
public class HistoryRealNoiseTests
{
    public const int Commits = 8;
    public const int ProcessesPerRun = 4;

    [Fact]
    public void An_A_A_history_of_real_noise_has_no_change_point()
    {
        using var temporary = new TemporaryDirectory();
        ResultSet catalog = ResultSetLoader.Load(Extract(temporary.Combine("catalog-default")));
        int rounds = catalog.Benchmarks.Max(b => b.Rounds!.Max());
        Assert.True(rounds > ProcessesPerRun, $"{rounds} rounds");
        var random = new Random(20261202);
        var suites = catalog.Benchmarks.Select(b => b.SourceFile).Distinct(StringComparer.Ordinal).ToArray();

        var runs = new List<RunToAdd>();
        for (int commit = 0; commit < Commits; commit++)
        {
            var drawn = suites.ToDictionary(s => s, _ => Enumerable.Range(1, rounds).OrderBy(_ => random.Next()).Take(ProcessesPerRun).ToHashSet());
            ResultSet run = catalog with { Benchmarks = catalog.Benchmarks.Select(b => Subset(b, drawn[b.SourceFile])).ToArray() };
            RunFacts facts = RunFacts.Of(run, new GivenFacts(SyntheticHistory.Commit(commit), "main", SyntheticHistory.Start.AddHours(commit)));
            runs.Add(new RunToAdd(run, facts, RunMeasurements.Of(run, facts)));
        }
        using HistoryStore store = HistoryStore.Open(temporary.Combine("history.db"), create: true);
        store.Add(runs);

        HistoryReport report = HistoryReport.Build(store, "main", DetectionSettings.Default);

        MachineHistory machine = Assert.Single(report.Machines);
        Assert.True(machine.Series.Count >= 150, $"{machine.Series.Count} series");
        Assert.All(machine.Series, s => Assert.Equal(Commits, s.Series.Points.Count));
        string[] found = machine.Series.SelectMany(s => s.Changes.Select(c => $"{s.Series.Key.Name}: {c.Ratio:0.###} at {c.Index}")).ToArray();
        Assert.True(found.Length == 0, $"{found.Length} change point(s) in an A/A history of {machine.Series.Count} series:\n{string.Join('\n', found)}");
    }

    /// <summary>The processes of the drawn rounds; a case measured in fewer rounds keeps its first four.</summary>
    private static BenchmarkSamples Subset(BenchmarkSamples samples, HashSet<int> rounds)
    {
        int[] chosen = Enumerable.Range(0, samples.ProcessCount).Where(i => rounds.Contains(samples.Rounds![i])).ToArray();
        if (chosen.Length < 3)
            chosen = Enumerable.Range(0, Math.Min(ProcessesPerRun, samples.ProcessCount)).ToArray();
        return samples with
        {
            Processes = chosen.Select(i => samples.Processes[i]).ToArray(),
            Rounds = chosen.Select(i => samples.Rounds![i]).ToArray(),
        };
    }

    internal static string Extract(string directory)
    {
        Directory.CreateDirectory(directory);
        using var archive = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "catalog-default.tar.gz")), CompressionMode.Decompress);
        TarFile.ExtractToDirectory(archive, directory, overwriteFiles: false);
        return directory;
    }
}
