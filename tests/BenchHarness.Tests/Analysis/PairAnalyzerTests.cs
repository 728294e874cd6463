using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Tests.Analysis;

public sealed class PairAnalyzerTests
{
    private static int seed;

    private static BenchmarkSamples Samples(string pattern, PairMember member, ExecutionMode mode, double median,
        CallPhase phase = CallPhase.Steady, ComputeDevice device = ComputeDevice.Cpu, int size = 16, int processes = 3)
    {
        SyntheticBenchmark synthetic = SyntheticBenchmark.Named(pattern, member, mode, device, size,
            SyntheticBenchmark.Samples(median, processes, 10, Interlocked.Increment(ref seed)), phase);
        return new BenchmarkSamples(synthetic.FullName, BenchmarkIdentity.Parse(synthetic.FullName), synthetic.Processes, "synthetic.json");
    }

    [Theory]
    [InlineData("Text: \"a, b\"")]
    [InlineData("Text: \"(x\"")]
    [InlineData("Text: \"say \\\"hi\\\", Mode: Eager\"")]
    public void Pairs_benchmarks_whose_parameter_values_hold_quotes_commas_or_parentheses(string parameter)
    {
        BenchmarkSamples Member(PairMember member, double median)
        {
            string name = $"Bench.P06Quoted.{member}({parameter}, Device: Cpu, Mode: Graph)";
            return new BenchmarkSamples(name, BenchmarkIdentity.TryParse(name, out BenchmarkIdentity identity) ? identity : null,
                SyntheticBenchmark.Samples(median, 3, 10, Interlocked.Increment(ref seed)), "quoted.json");
        }

        PairAnalysis analysis = PairAnalyzer.Analyze([Member(PairMember.Anti, 3000), Member(PairMember.Fix, 1000)]);

        Comparison pair = Assert.Single(analysis.FixVsAnti);
        Assert.Equal(ExecutionMode.Graph, pair.Key.Mode);
        Assert.StartsWith("Text=\"", pair.Key.Case);
        Assert.Empty(analysis.Unpaired);
    }

    [Fact]
    public void Pairs_fix_with_anti_and_graph_with_eager_by_identity()
    {
        BenchmarkSamples antiEager = Samples("P01", PairMember.Anti, ExecutionMode.Eager, 4000);
        BenchmarkSamples fixEager = Samples("P01", PairMember.Fix, ExecutionMode.Eager, 4000);
        BenchmarkSamples antiGraph = Samples("P01", PairMember.Anti, ExecutionMode.Graph, 3000);
        BenchmarkSamples fixGraph = Samples("P01", PairMember.Fix, ExecutionMode.Graph, 1000);
        BenchmarkSamples lonely = Samples("P06", PairMember.Anti, ExecutionMode.Eager, 1000);
        var foreign = new BenchmarkSamples("MyLib.Join(Count: 1)", null, [[1.0, 2.0]], "x.json");

        PairAnalysis analysis = PairAnalyzer.Analyze([antiEager, fixEager, antiGraph, fixGraph, lonely, foreign]);

        Assert.Equal(2, analysis.FixVsAnti.Count);
        Comparison graph = analysis.FixVsAnti.Single(c => c.Key.Mode == ExecutionMode.Graph);
        Assert.Same(antiGraph, graph.Reference);
        Assert.Same(fixGraph, graph.Candidate);
        Assert.Equal("P01 Fix vs Anti, Graph, Cpu, Size=16", graph.Key.ToString());
        Assert.InRange(graph.SpeedUp.Estimate, 2.85, 3.15);
        Assert.True(graph.Significant);
        Assert.InRange(graph.HodgesLehmannSpeedUp, 2.7, 3.3);
        Assert.Equal(3.0, graph.ReferenceTime / graph.CandidateTime, 0.3);

        Comparison eager = analysis.FixVsAnti.Single(c => c.Key.Mode == ExecutionMode.Eager);
        Assert.True(eager.SpeedUp.Interval.Contains(1.0), eager.SpeedUp.Interval.ToString());
        Assert.False(eager.Significant);

        Assert.Equal(2, analysis.GraphVsEager.Count);
        Comparison fixModes = analysis.GraphVsEager.Single(c => c.Key.Member == PairMember.Fix);
        Assert.Same(fixEager, fixModes.Reference);
        Assert.Same(fixGraph, fixModes.Candidate);
        Assert.InRange(fixModes.SpeedUp.Estimate, 3.8, 4.2);

        Assert.Empty(analysis.CudaVsCpu);
        Assert.Equal([foreign, lonely], analysis.Unpaired);
        Assert.Equal(4, analysis.All.Count());
    }

    [Fact]
    public void A_second_benchmark_with_the_same_identity_stays_unpaired()
    {
        BenchmarkSamples anti = Samples("P01", PairMember.Anti, ExecutionMode.Eager, 1000);
        BenchmarkSamples fix = Samples("P01", PairMember.Fix, ExecutionMode.Eager, 1000);
        string otherName = anti.FullName.Replace("Patterns.", "Other.", StringComparison.Ordinal);
        var twin = anti with { FullName = otherName, Identity = BenchmarkIdentity.Parse(otherName) };

        PairAnalysis analysis = PairAnalyzer.Analyze([anti, fix, twin]);

        Assert.Same(anti, Assert.Single(analysis.FixVsAnti).Reference);
        Assert.Equal([twin], analysis.Unpaired);
    }

    [Fact]
    public void Pooled_follows_the_processes_of_a_copy()
    {
        var samples = new BenchmarkSamples("x", null, [[1.0, 2.0], [3.0]], "x.json");
        Assert.Equal([1.0, 2.0, 3.0], samples.Pooled);
        BenchmarkSamples copy = samples with { Processes = [[5.0]] };
        Assert.Equal([5.0], copy.Pooled);
        Assert.Equal(samples, samples with { });
    }

    [Fact]
    public void Pairs_devices_when_both_were_measured()
    {
        PairAnalysis analysis = PairAnalyzer.Analyze(
        [
            Samples("P11", PairMember.Anti, ExecutionMode.Eager, 5000, device: ComputeDevice.Cpu),
            Samples("P11", PairMember.Anti, ExecutionMode.Eager, 1000, device: ComputeDevice.Cuda),
        ]);
        Comparison comparison = Assert.Single(analysis.CudaVsCpu);
        Assert.Equal("P11 Cuda vs Cpu, Anti, Eager, Size=16", comparison.Key.ToString());
        Assert.True(comparison.SpeedUp.Interval.IsAbove(1));
    }

    [Fact]
    public void Cold_starts_and_break_evens_come_from_first_call_and_steady_members()
    {
        // Eager: 3 first calls 30 us, 10 us a call; graph: 10 ms cold, 4 us a call -> graph wins from 1665 calls.
        PairAnalysis analysis = PairAnalyzer.Analyze(
        [
            Samples("P02", PairMember.Fix, ExecutionMode.Eager, 10_000),
            Samples("P02", PairMember.Fix, ExecutionMode.Eager, 30_000, CallPhase.FirstCall),
            Samples("P02", PairMember.Fix, ExecutionMode.Graph, 4_000),
            Samples("P02", PairMember.Fix, ExecutionMode.Graph, 10_000_000, CallPhase.FirstCall),
        ]);

        Assert.Equal(2, analysis.ColdStarts.Count);
        Assert.All(analysis.ColdStarts, c => Assert.Equal(CallPhase.Steady, c.Steady.Phase));
        ColdStartBreakEven breakEven = Assert.Single(analysis.BreakEvens);
        Assert.Equal(ComparisonKind.GraphVsEager, breakEven.Key.Kind);
        Assert.Equal(CallPhase.FirstCall, breakEven.Key.Phase);
        Assert.Equal(BreakEvenKind.AfterCalls, breakEven.Result.Kind);
        Assert.Equal(CostSide.A, breakEven.Result.CheaperCold);
        Assert.InRange(breakEven.Result.Calls!.Value, 1300, 2100);

        // First-call phases are compared too (graph vs eager cold: about 330x slower).
        Comparison cold = analysis.GraphVsEager.Single(c => c.Key.Phase == CallPhase.FirstCall);
        Assert.True(cold.SpeedUp.Interval.IsBelow(1));
        Assert.Empty(analysis.Unpaired);
    }

    [Fact]
    public void Warns_about_single_process_and_disagreeing_processes()
    {
        var anti = new BenchmarkSamples("X.P01A.Anti(Device: Cpu, Mode: Eager)", BenchmarkIdentity.Parse("X.P01A.Anti(Device: Cpu, Mode: Eager)"),
            [[100.0, 101, 99]], "x");
        var fix = new BenchmarkSamples("X.P01A.Fix(Device: Cpu, Mode: Eager)", BenchmarkIdentity.Parse("X.P01A.Fix(Device: Cpu, Mode: Eager)"),
            [[50.0, 51, 49]], "x");
        Comparison comparison = Assert.Single(PairAnalyzer.Analyze([anti, fix]).FixVsAnti);
        Assert.Contains(comparison.Warnings, w => w.StartsWith("single process"));

        var slowProcess = fix with { Processes = [[50.0, 51, 49], [90.0, 91, 89]] };
        var twoProcessAnti = anti with { Processes = [[100.0, 101, 99], [100.0, 102, 98]] };
        Comparison disagreeing = Assert.Single(PairAnalyzer.Analyze([twoProcessAnti, slowProcess]).FixVsAnti);
        Assert.Contains(disagreeing.Warnings, w => w.StartsWith("Fix: processes disagree"));
        Assert.DoesNotContain(disagreeing.Warnings, w => w.StartsWith("single process"));
    }

    [Fact]
    public void Pairs_the_real_smoke_result_set()
    {
        ResultSet set = ResultSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a"));
        PairAnalysis analysis = PairAnalyzer.Analyze(set);

        // P01: 2 sizes x 2 modes; P03: 2 sizes x 2 modes x 2 phases.
        Assert.Equal(12, analysis.FixVsAnti.Count);
        Assert.Equal(12, analysis.GraphVsEager.Count);
        Assert.Equal(8, analysis.ColdStarts.Count);
        Assert.Equal(8, analysis.BreakEvens.Count);
        Assert.Empty(analysis.Unpaired);
        Assert.All(analysis.All, c => Assert.True(c.SpeedUp.SingleProcess));
    }

    [Fact]
    public void Analyses_500_benchmarks_into_every_pair()
    {
        // 125 cases x (Anti, Fix) x (Eager, Graph), 3 processes x 15 iterations each.
        var benchmarks = new List<BenchmarkSamples>();
        for (int size = 0; size < 125; size++)
            foreach (PairMember member in Enum.GetValues<PairMember>())
                foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
                {
                    SyntheticBenchmark synthetic = SyntheticBenchmark.Named("P01", member, mode, ComputeDevice.Cpu, size,
                        SyntheticBenchmark.Samples(1000 + size, 3, 15, seed: benchmarks.Count, processNoise: 0.05));
                    benchmarks.Add(new BenchmarkSamples(synthetic.FullName, BenchmarkIdentity.Parse(synthetic.FullName), synthetic.Processes, "x"));
                }

        PairAnalysis analysis = PairAnalyzer.Analyze(benchmarks);

        Assert.Equal(250, analysis.FixVsAnti.Count);
        Assert.Equal(250, analysis.GraphVsEager.Count);
        Assert.Empty(analysis.Unpaired);
    }
}

public sealed class ReproductionRuleTests
{
    private static readonly AntiPattern P01 = PatternCatalog.Find("P01")!;

    private static Comparison Comparison(string pattern, double lower, double upper, CallPhase phase = CallPhase.Steady,
        ComputeDevice device = ComputeDevice.Cpu, double pValue = double.NaN, string @case = "Size=16",
        ExecutionMode mode = ExecutionMode.Graph, bool singleProcess = false)
    {
        double estimate = Math.Sqrt(lower * upper);
        double p = double.IsNaN(pValue) ? (lower > 1 || upper < 1 ? 0.001 : 0.5) : pValue;
        int processes = singleProcess ? 1 : 3;
        var ratio = new RatioEstimate(estimate, new Interval(lower, upper, 0.95), p,
            singleProcess ? UnitOfNoise.Iteration : UnitOfNoise.Process,
            [new SampleShape(processes, processes * 10, 10), new SampleShape(processes, processes * 10, 10)],
            Math.Log(upper / lower) / 4, 4, Paired: false, Units: processes);
        var key = new ComparisonKey(ComparisonKind.FixVsAnti, pattern, phase, @case, null, mode, device);
        var samples = new BenchmarkSamples("x", null, [[1.0]], "x");
        var modality = new ModalityAssessment(2, 1);
        return new Comparison(key, samples, samples, 1, 1, ratio, estimate, modality, modality);
    }

    [Fact]
    public void Fix_faster_somewhere_and_slower_nowhere_is_reproduced()
    {
        Reproduction result = ReproductionRule.Judge(P01, [Comparison("P01", 1.5, 2.0), Comparison("P01", 0.9, 1.3, @case: "Size=256")]);
        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
        Assert.Equal(2, result.Evidence.Count);
        Assert.Contains("fix faster in 1 (by at least 1.1x), slower in 0 of 2", result.Reason);
    }

    [Fact]
    public void Fix_slower_is_not_reproduced_and_mixed_is_inconclusive()
    {
        Assert.Equal(ReproductionVerdict.NotReproduced, ReproductionRule.Judge(P01, [Comparison("P01", 0.5, 0.8)]).Verdict);
        Assert.Equal(ReproductionVerdict.Inconclusive,
            ReproductionRule.Judge(P01, [Comparison("P01", 1.5, 2.0), Comparison("P01", 0.5, 0.8, @case: "Size=256")]).Verdict);
    }

    [Fact]
    public void Narrow_intervals_around_one_are_not_reproduced_and_wide_ones_inconclusive()
    {
        Assert.Equal(ReproductionVerdict.NotReproduced, ReproductionRule.Judge(P01, [Comparison("P01", 0.97, 1.04)]).Verdict);
        Assert.Equal(ReproductionVerdict.Inconclusive, ReproductionRule.Judge(P01, [Comparison("P01", 0.7, 1.6)]).Verdict);
    }

    [Fact]
    public void Significance_is_Holm_adjusted_across_the_patterns_comparisons()
    {
        // p = 0.03 alone is significant; with three comparisons Holm makes it 0.09.
        Comparison[] three = [Comparison("P01", 1.12, 1.5, pValue: 0.03), Comparison("P01", 0.9, 1.3, @case: "a"), Comparison("P01", 0.9, 1.3, @case: "b")];
        Assert.Equal(ReproductionVerdict.Reproduced, ReproductionRule.Judge(P01, [three[0]]).Verdict);
        Assert.Equal(ReproductionVerdict.Inconclusive, ReproductionRule.Judge(P01, three).Verdict);
    }

    [Fact]
    public void Cold_expectations_use_first_call_comparisons()
    {
        AntiPattern p02 = PatternCatalog.Find("P02")!;
        Assert.Equal(ReproductionVerdict.NotMeasured, ReproductionRule.Judge(p02, [Comparison("P02", 1.5, 2)]).Verdict);
        Reproduction cold = ReproductionRule.Judge(p02, [Comparison("P02", 0.95, 1.05), Comparison("P02", 5, 9, CallPhase.FirstCall)]);
        Assert.Equal(ReproductionVerdict.Reproduced, cold.Verdict);
        Assert.Single(cold.Evidence);
    }

    [Fact]
    public void Device_dependent_expectations_need_the_device_or_stay_inconclusive()
    {
        AntiPattern p11 = PatternCatalog.Find("P11")!;
        Assert.Equal(ReproductionVerdict.Inconclusive, ReproductionRule.Judge(p11, [Comparison("P11", 0.98, 1.02)]).Verdict);
        Assert.Equal(ReproductionVerdict.Reproduced, ReproductionRule.Judge(p11,
            [Comparison("P11", 0.98, 1.02), Comparison("P11", 3, 5, device: ComputeDevice.Cuda)]).Verdict);
        Assert.Equal(ReproductionVerdict.NotReproduced, ReproductionRule.Judge(p11,
            [Comparison("P11", 0.98, 1.02), Comparison("P11", 0.97, 1.05, device: ComputeDevice.Cuda)]).Verdict);
    }

    [Fact]
    public void Cuda_comparisons_are_shown_but_not_judged_against_a_cpu_expectation()
    {
        AntiPattern p02 = PatternCatalog.Find("P02")!;

        // On CUDA a first call also pays fusion compiles: a fix slower cold there must not read as "not reproduced".
        Reproduction cudaOnly = ReproductionRule.Judge(p02, [Comparison("P02", 0.2, 0.4, CallPhase.FirstCall, ComputeDevice.Cuda)]);
        Assert.Equal(ReproductionVerdict.NotMeasured, cudaOnly.Verdict);
        Assert.Contains("CUDA: 1 comparison(s) shown, not judged", cudaOnly.Reason);
        Assert.Contains("to be measured", cudaOnly.Reason);

        Reproduction both = ReproductionRule.Judge(P01, [Comparison("P01", 1.5, 2.0), Comparison("P01", 0.5, 0.8, device: ComputeDevice.Cuda)]);
        Assert.Equal(ReproductionVerdict.Reproduced, both.Verdict);
        Assert.All(both.Evidence, c => Assert.Equal(ComputeDevice.Cpu, c.Key.Device));
    }

    [Fact]
    public void Throughput_comparisons_are_never_a_verdicts_evidence()
    {
        Comparison throughput = Comparison("P01", 0.5, 0.8, CallPhase.Throughput);

        Assert.Equal(ReproductionVerdict.NotMeasured, ReproductionRule.Judge(P01, [throughput]).Verdict);
        Assert.Equal("P01 Fix vs Anti (throughput), Graph, Cpu, Size=16", throughput.Key.ToString());
    }

    [Fact]
    public void Untimed_unmeasured_and_alias_entries()
    {
        Assert.Equal(ReproductionVerdict.NotTimed, ReproductionRule.Judge(PatternCatalog.Find("P08")!, []).Verdict);
        Assert.Equal(ReproductionVerdict.NotMeasured, ReproductionRule.Judge(P01, [Comparison("P03", 2, 3)]).Verdict);
        Reproduction alias = ReproductionRule.Judge(PatternCatalog.Find("P13")!, [Comparison("P01", 2, 3)]);
        Assert.Equal(ReproductionVerdict.Reproduced, alias.Verdict);
        Assert.StartsWith("measured as P01", alias.Reason);
        Assert.Equal(PatternCatalog.All.Count, ReproductionRule.JudgeAll(PatternCatalog.All, []).Count);
    }

    [Fact]
    public void An_eager_control_does_not_turn_a_clear_graph_effect_into_mixed()
    {
        // P01's eager column runs the same code in both members: a slight, significant difference there is not evidence.
        Reproduction result = ReproductionRule.Judge(P01,
            [Comparison("P01", 1.3, 1.6), Comparison("P01", 0.95, 0.99, mode: ExecutionMode.Eager)]);

        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
        Assert.All(result.Evidence, c => Assert.Equal(ExecutionMode.Graph, c.Key.Mode));
        ControlCheck control = Assert.Single(result.Controls);
        Assert.Equal(ExecutionMode.Eager, control.Comparison.Key.Mode);
        Assert.Equal(ControlOutcome.AboutOne, control.Outcome);
        Assert.StartsWith("graph mode: ", result.Reason);
    }

    [Fact]
    public void A_control_far_from_one_is_flagged_as_biased_and_the_verdict_cannot_stand()
    {
        Reproduction result = ReproductionRule.Judge(P01,
            [Comparison("P01", 1.3, 1.6), Comparison("P01", 1.2, 1.4, mode: ExecutionMode.Eager, @case: "Size=256")]);

        Assert.Equal(ControlOutcome.Biased, Assert.Single(result.Controls).Outcome);
        Assert.Equal(ReproductionVerdict.Inconclusive, result.Verdict);
        Assert.Contains("biased", result.Reason);
        Assert.Contains("Size=256", result.Reason);
    }

    [Fact]
    public void A_wide_control_is_too_noisy_to_confirm_the_null_and_changes_nothing()
    {
        Reproduction result = ReproductionRule.Judge(P01,
            [Comparison("P01", 1.3, 1.6), Comparison("P01", 0.8, 1.3, mode: ExecutionMode.Eager)]);

        Assert.Equal(ControlOutcome.TooNoisy, Assert.Single(result.Controls).Outcome);
        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
    }

    [Fact]
    public void Controls_of_every_phase_are_checked_while_the_evidence_keeps_its_phase()
    {
        AntiPattern p02 = PatternCatalog.Find("P02")!;
        Reproduction result = ReproductionRule.Judge(p02,
        [
            Comparison("P02", 5, 9, CallPhase.FirstCall),
            Comparison("P02", 0.98, 1.02, CallPhase.FirstCall, mode: ExecutionMode.Eager),
            Comparison("P02", 0.97, 1.03, mode: ExecutionMode.Eager),
        ]);

        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
        Assert.Single(result.Evidence);
        Assert.Equal(2, result.Controls.Count);
    }

    [Fact]
    public void A_mode_whose_members_differ_without_the_mechanism_is_neither_evidence_nor_control()
    {
        // P03's eager fix allocates a 0-dim tensor per call: slower eagerly, which says nothing about retracing.
        AntiPattern p03 = PatternCatalog.Find("P03")!;
        Reproduction result = ReproductionRule.Judge(p03,
            [Comparison("P03", 15, 25), Comparison("P03", 0.7, 0.8, mode: ExecutionMode.Eager)]);

        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
        Assert.Single(result.Evidence);
        Assert.Empty(result.Controls);
    }

    [Fact]
    public void Where_both_modes_carry_the_mechanism_both_are_evidence()
    {
        AntiPattern p10 = PatternCatalog.Find("P10")!;
        Reproduction result = ReproductionRule.Judge(p10,
            [Comparison("P10", 2, 3), Comparison("P10", 2, 4, mode: ExecutionMode.Eager)]);

        Assert.Equal(ReproductionVerdict.Reproduced, result.Verdict);
        Assert.Equal(2, result.Evidence.Count);
        Assert.Empty(result.Controls);
    }

    [Fact]
    public void Only_the_control_mode_measured_is_not_measured()
    {
        Reproduction result = ReproductionRule.Judge(P01, [Comparison("P01", 0.98, 1.02, mode: ExecutionMode.Eager)]);

        Assert.Equal(ReproductionVerdict.NotMeasured, result.Verdict);
        Assert.Single(result.Controls);
        Assert.Contains("graph mode", result.Reason);
    }

    [Fact]
    public void A_significant_but_immaterial_speed_up_is_not_reproduced()
    {
        Assert.Equal(ReproductionVerdict.NotReproduced, ReproductionRule.Judge(P01, [Comparison("P01", 1.01, 1.03)]).Verdict);
        // Significant, and possibly material: the interval cannot tell.
        Assert.Equal(ReproductionVerdict.Inconclusive, ReproductionRule.Judge(P01, [Comparison("P01", 1.05, 1.3)]).Verdict);
        Assert.Equal(ReproductionVerdict.Reproduced, ReproductionRule.Judge(P01, [Comparison("P01", 1.1, 1.3)]).Verdict);
    }

    [Fact]
    public void Single_process_evidence_is_inconclusive()
    {
        Reproduction faster = ReproductionRule.Judge(P01, [Comparison("P01", 1.5, 2.0, singleProcess: true)]);
        Reproduction slower = ReproductionRule.Judge(P01, [Comparison("P01", 0.5, 0.8, singleProcess: true)]);

        Assert.Equal(ReproductionVerdict.Inconclusive, faster.Verdict);
        Assert.Equal(ReproductionVerdict.Inconclusive, slower.Verdict);
        Assert.Contains("single process", faster.Reason);
        Assert.Contains("fix faster in 1", faster.Reason);
    }
}
