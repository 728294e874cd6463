using BenchHarness.Analysis.Statistics;
using BenchHarness.Reports.Charts;
using BenchHarness.Results;
using BenchHarness.Planning;
using BenchHarness.Text;

namespace BenchHarness.Reports.Model;

public enum CaveatSeverity
{
    Info,
    Warning,
    Failure,
}

/// <summary>Something a reader must know before trusting the numbers, shown above them in every output.</summary>
public sealed record Caveat(string Code, CaveatSeverity Severity, string Label, string Text);

/// <summary>The caveats of one report, decided once so that the page, the markdown and the JSON agree.</summary>
public static class ReportCaveats
{
    public static IReadOnlyList<Caveat> For(ReportInput input)
    {
        var caveats = new List<Caveat>();
        var set = input.ResultSet;
        if (set.IsIncomplete)
            caveats.Add(new("incomplete", CaveatSeverity.Failure, "Incomplete run.",
                $"Run {set.Name} never finished (killed, or still running): suites may be missing and only what finished is shown."));

        foreach (SuiteOutcome suite in set.FailedSuites)
            caveats.Add(new("suite-failed", CaveatSeverity.Failure, $"Suite {suite.PatternId} failed.",
                $"{suite.Suite}: {suite.Reason ?? "no reason recorded"}. Its pattern is not measured here."));

        if (set.FailedBenchmarks.Count > 0)
            caveats.Add(new("benchmarks-failed", CaveatSeverity.Warning, $"{set.FailedBenchmarks.Count} benchmark(s) failed.",
                $"They have no measurements and are left out of every comparison: {string.Join(", ", set.FailedBenchmarks.Take(5))}{(set.FailedBenchmarks.Count > 5 ? ", ..." : "")}."));

        if (set.Manifest is { } manifest && manifest.Options.Profile == BenchmarkProfile.Smoke)
            caveats.Add(new("smoke-profile", CaveatSeverity.Warning, "Smoke profile: not for conclusions.",
                $"{manifest.ProfileSettings.LaunchCount} process x {manifest.ProfileSettings.IterationCount} iterations of " +
                $"{manifest.ProfileSettings.IterationTime.TotalMilliseconds:0} ms per benchmark proves the pipeline works; " +
                "its speed-ups and verdicts are too noisy to act on. Run the default or gate profile for that."));

        var comparisons = input.Pairs.All.ToArray();
        int singleProcess = comparisons.Count(c => c.SpeedUp.SingleProcess);
        if (singleProcess > 0)
            caveats.Add(new("single-process", CaveatSeverity.Warning, "Single-process intervals.",
                $"{singleProcess} of {comparisons.Length} comparisons have one process per benchmark: their intervals treat " +
                "iterations as the units, leave out between-process noise, and are too narrow."));

        CommonWarnings common = CommonWarnings.Of(set);
        if (common.ProcessesDisagree)
            caveats.Add(new("processes-disagree", CaveatSeverity.Info, "Processes disagree.",
                $"In {common.DisagreeingCount} of {common.Total} benchmarks the processes' fastest iterations differ by more than " +
                $"{Numbers.Ratio(ModalityAssessment.DisagreeingProcessSpread)} (noise between processes: a shared or drifting machine); " +
                "the intervals include it. Those rows say \"processes disagree\"."));
        if (common.Multimodal)
            caveats.Add(new("multimodal", CaveatSeverity.Info, "Multimodal samples.",
                $"{common.MultimodalCount} of {common.Total} benchmarks look multimodal (mValue at least {Numbers.Plain(ModalityAssessment.MultimodalMValue, "0.0")}): " +
                "their iterations fall into clusters, so a median can sit between them. Those rows say \"multimodal\"."));

        if (set.Manifest is null)
            caveats.Add(new("foreign", CaveatSeverity.Info, "No manifest.",
                "This result set was not written by benchharness run: run status, failed suites and engine facts are unknown."));

        if (input.Pairs.Unpaired.Count > 0)
            caveats.Add(new("unpaired", CaveatSeverity.Info, $"{input.Pairs.Unpaired.Count} benchmark(s) not paired.",
                "Their names do not follow the harness convention or they have no partner: they appear under Benchmarks only."));

        if (ChartFonts.Warning is { } fonts)
            caveats.Add(new("no-fonts", CaveatSeverity.Warning, "Charts without text.", fonts));
        return caveats;
    }
}
