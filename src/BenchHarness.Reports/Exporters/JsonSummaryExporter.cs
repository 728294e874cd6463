using BenchHarness.Analysis.Statistics;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Reports.Model;
using BenchHarness.Results;

namespace BenchHarness.Reports.Exporters;

/// <summary>summary.json: the verdicts, caveats and every comparison, for tools. Field meanings are stable per schema version.</summary>
public static class JsonSummaryExporter
{
    public const string FileName = "summary.json";

    /// <summary>Bump when a field changes meaning or disappears; adding fields keeps the version.</summary>
    public const int SchemaVersion = 2;

    public sealed record Document(
        int SchemaVersion,
        string Generator,
        DateTimeOffset GeneratedUtc,
        RunSummary Run,
        MethodSummary Method,
        IReadOnlyList<Caveat> Caveats,
        IReadOnlyList<VerdictSummary> Verdicts,
        IReadOnlyList<ComparisonSummary> Comparisons,
        IReadOnlyList<BreakEvenSummary> BreakEvens,
        IReadOnlyList<SuiteSummary> Suites,
        IReadOnlyList<string> FailedBenchmarks,
        IReadOnlyList<string> Notes);

    /// <param name="Status">Complete, CompleteWithFailures, Incomplete; null without a manifest.</param>
    public sealed record RunSummary(string Name, string Directory, RunStatus? Status, bool Incomplete, string? Profile,
        int? Processes, int? Iterations, string? Commit, bool? Dirty, int Benchmarks);

    public sealed record MethodSummary(string Time, string SpeedUp, string Interval, double ConfidenceLevel, bool BorrowsVariance);

    /// <param name="Verdict">reproduced, not-reproduced, inconclusive, not-measured.</param>
    /// <param name="Controls">The null checks of comparisons whose members run identical code (added in schema 1).</param>
    public sealed record VerdictSummary(string Pattern, string Name, string Verdict, bool ByBehaviour, string Expected, string Source,
        IReadOnlyList<string> Measured, string Reason, IReadOnlyList<ControlSummary> Controls);

    /// <param name="Outcome">about-one, biased, too-noisy.</param>
    public sealed record ControlSummary(string Mode, string? Device, string Phase, string Case, double SpeedUp, double Lower, double Upper, string Outcome);

    public sealed record ComparisonSummary(string Kind, string Pattern, string Phase, string Case, string? Member, string? Mode, string? Device,
        string Reference, string Candidate, double ReferenceTimeNs, double CandidateTimeNs,
        double SpeedUp, double Lower, double Upper, double PValue, bool Significant, bool SingleProcess,
        string ReferenceSamples, string CandidateSamples);

    public sealed record BreakEvenSummary(string Kind, string Pattern, string Case, string? Member, string? Mode, string? Device,
        string Reference, string Candidate, double ReferenceFirstCallNs, double ReferenceSteadyNs, double CandidateFirstCallNs,
        double CandidateSteadyNs, string CheaperCold, long? BreakEvenCalls);

    public sealed record SuiteSummary(string Pattern, string Suite, SuiteStatus Status, string? Reason, int Benchmarks,
        IReadOnlyList<string> FailedBenchmarks, string? Finding);

    private static readonly JsonSerializerOptions Options = new(ResultJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Render(ReportInput input) => JsonSerializer.Serialize(Build(input), Options);

    public static Document Build(ReportInput input)
    {
        var set = input.ResultSet;
        var m = set.Manifest;
        return new Document(
            SchemaVersion,
            "benchharness report",
            input.GeneratedUtc,
            new RunSummary(set.Name, set.Directory, m?.Status, set.IsIncomplete, m?.Options.Profile.ToString(),
                m?.ProfileSettings.LaunchCount, m?.ProfileSettings.IterationCount, m?.Git.Commit, m?.Git.Dirty, set.Benchmarks.Count),
            new MethodSummary(
                "per-operation time: each process's fastest workload iteration, geometric mean over processes",
                "reference time / candidate time (geometric means of process medians); above 1 the candidate (fix, graph, cuda) is faster",
                RatioInference.Method,
                input.Inference.ConfidenceLevel, input.Inference.BorrowVariance),
            ReportCaveats.For(input),
            VerdictTable.Rows(input).Zip(input.Reproductions, (v, r) => new VerdictSummary(v.PatternId, v.Name, v.CssClass, v.ByBehaviour,
                v.Expected, v.Source, v.Measured, v.Reason, r.Controls.Select(SummarizeControl).ToArray())).ToArray(),
            ReportCharts.Ordered(input.Pairs.FixVsAnti).Concat(ReportCharts.Ordered(input.Pairs.GraphVsEager))
                .Concat(ReportCharts.Ordered(input.Pairs.CudaVsCpu)).Select(Summarize).ToArray(),
            input.Pairs.BreakEvens.Select(b => new BreakEvenSummary(b.Key.Kind.ToString(), b.Key.PatternId, b.Key.Case,
                b.Key.Member?.ToString(), b.Key.Mode?.ToString(), b.Key.Device?.ToString(),
                b.Reference.FirstCallSamples.FullName, b.Candidate.FirstCallSamples.FullName,
                b.Reference.Cost.FirstCall, b.Reference.Cost.Steady, b.Candidate.Cost.FirstCall, b.Candidate.Cost.Steady,
                b.Result.CheaperCold == Analysis.Statistics.CostSide.A ? "reference" : "candidate",
                b.Result.Kind == Analysis.Statistics.BreakEvenKind.AfterCalls ? b.Result.Calls : null)).ToArray(),
            set.Suites.Select(s => new SuiteSummary(s.PatternId, s.Suite, s.Status, s.Reason, s.Benchmarks, s.FailedBenchmarks, s.Finding?.Summary)).ToArray(),
            set.FailedBenchmarks,
            set.Notes);
    }

    private static ControlSummary SummarizeControl(ControlCheck control)
    {
        Comparison c = control.Comparison;
        string outcome = control.Outcome switch
        {
            ControlOutcome.AboutOne => "about-one",
            ControlOutcome.Biased => "biased",
            _ => "too-noisy",
        };
        return new ControlSummary(c.Key.Mode?.ToString() ?? "", c.Key.Device?.ToString(), c.Key.Phase.ToString(), c.Key.Case,
            c.SpeedUp.Estimate, c.SpeedUp.Interval.Lower, c.SpeedUp.Interval.Upper, outcome);
    }

    private static ComparisonSummary Summarize(Comparison c) => new(
        c.Key.Kind.ToString(), c.Key.PatternId, c.Key.Phase.ToString(), c.Key.Case,
        c.Key.Member?.ToString(), c.Key.Mode?.ToString(), c.Key.Device?.ToString(),
        c.Reference.FullName, c.Candidate.FullName, c.ReferenceTime, c.CandidateTime,
        c.SpeedUp.Estimate, c.SpeedUp.Interval.Lower, c.SpeedUp.Interval.Upper, c.SpeedUp.PValue, c.SpeedUp.Significant,
        c.SpeedUp.SingleProcess, c.Reference.Shape, c.Candidate.Shape);
}
