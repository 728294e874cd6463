using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Contracts;
using BenchHarness.Gate.Export;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Tests.Gate;

/// <summary>The decision rule end to end on synthetic result sets written as files and loaded as the CLI loads them.</summary>
public sealed class GateComparerTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan;

    [Fact]
    public void Planted_regressions_are_flagged_and_nothing_else()
    {
        PlannedBenchmark[] planted = [Plan[1], Plan[10]];
        string baseline = fixtures.Write(Plan, seed: 1);
        string current = fixtures.Write(Plan, seed: 2, scale: p => planted.Contains(p) ? 1.30 : 1);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.Equal(planted.Select(p => p.ShortName).Order(), report.Benchmarks.Where(b => b.Verdict == ChangeVerdict.Slower).Select(b => b.Name).Order());
        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict == ChangeVerdict.Faster);
        Assert.Equal(GateOutcome.Regression, report.Outcome);
        Assert.Equal(ExitCodes.Regression, report.ExitCode);
        BenchmarkVerdict slower = report.Benchmarks.First(b => b.Verdict == ChangeVerdict.Slower);
        Assert.InRange(slower.Estimate.Ratio, 1.2, 1.4);
        Assert.Contains("holm-adjusted p", slower.Rule);
        Assert.Equal(new SampleSizes(3, 45, 3, 45), slower.Samples);
    }

    [Fact]
    public void A_planted_speed_up_is_faster_not_a_regression()
    {
        string baseline = fixtures.Write(Plan, seed: 3);
        PlannedBenchmark fix = Plan[1];
        Assert.Equal(PairMember.Fix, fix.Member); // a faster anti-pattern would erode the pair's speed-up instead
        string current = fixtures.Write(Plan, seed: 4, scale: p => p == fix ? 0.7 : 1);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.Equal([fix.ShortName], report.Benchmarks.Where(b => b.Verdict == ChangeVerdict.Faster).Select(b => b.Name));
        Assert.NotEqual(GateOutcome.Regression, report.Outcome);
    }

    [Theory]
    [InlineData(10, 11)]
    [InlineData(12, 13)]
    [InlineData(14, 15)]
    public void An_AA_pair_flags_nothing(int baselineSeed, int currentSeed)
    {
        GateReport report = GateFixtures.Compare(fixtures.Write(Plan, baselineSeed), fixtures.Write(Plan, currentSeed));

        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster);
        Assert.DoesNotContain(report.PairChecks, c => c.Outcome == CheckOutcome.Fails);
        Assert.Contains(report.Benchmarks, b => b.Verdict == ChangeVerdict.Same);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public void A_single_process_is_inconclusive_never_same_and_says_what_is_needed()
    {
        GateReport report = GateFixtures.Compare(fixtures.Write(Plan, 5, processes: 1), fixtures.Write(Plan, 6, processes: 1));

        Assert.All(report.Benchmarks, b => Assert.Equal(ChangeVerdict.Inconclusive, b.Verdict));
        Assert.All(report.Benchmarks, b => Assert.Contains("processes per side", b.Advice));
        Assert.Equal(GateOutcome.Inconclusive, report.Outcome);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        Assert.Equal(ExitCodes.Inconclusive, (report with { FailOnInconclusive = true }).ExitCode);
    }

    [Fact]
    public void Too_few_samples_for_the_threshold_are_inconclusive_with_the_processes_needed()
    {
        // 3 noisy processes a side cannot resolve 5%: the verdict must say so instead of "same".
        string baseline = fixtures.Write(Plan, 7, processes: 3, iterations: 5, processNoise: 0.03, iterationNoise: 0.05);
        string current = fixtures.Write(Plan, 8, processes: 3, iterations: 5, processNoise: 0.03, iterationNoise: 0.05);

        GateReport report = GateFixtures.Compare(baseline, current);

        BenchmarkVerdict[] underpowered = report.Benchmarks.Where(b => b.Rule.Contains("too few samples to detect 5%")).ToArray();
        Assert.NotEmpty(underpowered);
        Assert.All(underpowered, b => Assert.Equal(ChangeVerdict.Inconclusive, b.Verdict));
        Assert.All(underpowered, b => Assert.Matches(@"(about \d+ processes x 5 iterations|more than 100 processes) per side would be needed", b.Advice));
        Assert.Contains(underpowered, b => b.Advice!.StartsWith("about ", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict == ChangeVerdict.Same && b.Estimate.MinimumDetectableEffect > b.ThresholdFraction);
    }

    [Fact]
    public void Processes_that_disagree_wildly_get_advice_about_the_machine_not_an_absurd_process_count()
    {
        // What a busy 2-core machine did to the gate profile: one process in three landing 10x-100x slow.
        string baseline = fixtures.Write(Plan, 9, processNoise: 1.5), current = fixtures.Write(Plan, 10, processNoise: 1.5);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster);
        BenchmarkVerdict hopeless = Assert.IsType<BenchmarkVerdict>(report.Benchmarks.FirstOrDefault(b => b.Advice?.Contains("more than 100 processes") == true));
        Assert.Contains("measure on a quiet runner, or raise this benchmark's threshold", hopeless.Advice);
    }

    [Fact]
    public void A_breached_contract_fails_the_gate_and_a_kept_one_holds()
    {
        // P03 graph: the fix is 40x faster in the plan; the current build loses most of that at Size=16 (40x -> 4x).
        string baseline = fixtures.Write(Plan, 20);
        string current = fixtures.Write(Plan, 21, scale: p => p is { PatternId: "P03", Member: PairMember.Fix, Mode: ExecutionMode.Graph, Size: 16 } ? 10 : 1);
        GateConfig config = GateConfig.Defaults with { Contracts = [PairContract.Parse("P03 Fix >= 5x Anti, Graph")] };

        GateReport report = GateFixtures.Compare(baseline, current, config);

        PairCheckVerdict[] contracts = report.PairChecks.Where(c => c.Kind == PairCheckKind.Contract).ToArray();
        Assert.Equal(2, contracts.Length);
        PairCheckVerdict breached = Assert.Single(contracts, c => c.Outcome == CheckOutcome.Fails);
        Assert.Equal("P03 Graph/Cpu Size=16", breached.Subject);
        Assert.InRange(breached.CurrentSpeedup!.Value, 3.5, 4.5);
        Assert.InRange(breached.BaselineSpeedup!.Value, 35, 45);
        Assert.Equal(CheckOutcome.Holds, Assert.Single(contracts, c => c.Subject == "P03 Graph/Cpu Size=256").Outcome);
        Assert.Equal(ExitCodes.Regression, report.ExitCode);
    }

    [Fact]
    public void A_contract_on_a_pattern_not_run_is_listed_as_not_measured_not_failed()
    {
        string baseline = fixtures.Write(Plan, 22), current = fixtures.Write(Plan, 23);
        GateConfig config = GateConfig.Defaults with { Contracts = [PairContract.Parse("P10 Fix >= 2x Anti, Graph")] };

        GateReport report = GateFixtures.Compare(baseline, current, config);

        Assert.Equal(CheckOutcome.NotMeasured, Assert.Single(report.PairChecks, c => c.Kind == PairCheckKind.Contract).Outcome);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
    }

    [Fact]
    public void An_eroded_speed_up_fails_although_neither_member_crossed_its_threshold()
    {
        // Anti 4% faster and Fix 4% slower: each within 5%, but the speed-up fell by 7.7%.
        PlannedBenchmark anti = Plan.Single(p => p is { PatternId: "P01", Member: PairMember.Anti, Mode: ExecutionMode.Graph, Size: 16 });
        PlannedBenchmark fix = Plan.Single(p => p is { PatternId: "P01", Member: PairMember.Fix, Mode: ExecutionMode.Graph, Size: 16 });
        string baseline = fixtures.Write(Plan, 30, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01);
        string current = fixtures.Write(Plan, 31, scale: p => p == anti ? 0.96 : p == fix ? 1.04 : 1, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict == ChangeVerdict.Slower);
        PairCheckVerdict eroded = Assert.Single(report.PairChecks, c => c.Outcome == CheckOutcome.Fails);
        Assert.Equal(PairCheckKind.Erosion, eroded.Kind);
        Assert.Equal("P01 Graph/Cpu Size=16", eroded.Subject);
        Assert.InRange(eroded.Estimate!.Ratio, 1.05, 1.11); // baseline speed-up over current speed-up
        Assert.Equal(ExitCodes.Regression, report.ExitCode);
    }

    [Fact]
    public void Different_environments_are_refused_with_the_differences_listed()
    {
        string baseline = fixtures.Write(Plan, 40);
        string current = fixtures.Write(Plan, 41, editManifest: m => m with
        {
            Machine = m.Machine with { MachineName = "other-runner" },
            Options = m.Options with { Threads = 1 },
        });

        var refused = Assert.Throws<EnvironmentMismatchException>(() => GateFixtures.Compare(baseline, current));
        Assert.Contains("machine: vm -> other-runner", refused.Message);
        Assert.Contains("threads: 2 -> 1", refused.Message);
        Assert.Contains("--allow-env-mismatch", refused.Message);

        GateReport allowed = GateFixtures.Compare(baseline, current, allowEnvironmentMismatch: true);
        Assert.Contains("machine: vm -> other-runner", allowed.EnvironmentDifferences);
    }

    [Fact]
    public void New_benchmarks_are_listed_and_removed_ones_make_the_outcome_inconclusive()
    {
        string baseline = fixtures.Write(Plan.Skip(1), 50, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01);
        string current = fixtures.Write(Plan.Take(Plan.Count - 1), 51, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.Equal([Plan[0].ShortName], report.Added);
        Assert.Equal([Plan[^1].ShortName], report.Removed);
        Assert.Equal(Plan.Count - 2, report.Benchmarks.Count);
        Assert.DoesNotContain(report.Benchmarks, b => b.Verdict == ChangeVerdict.Inconclusive);
        // A pull request that deletes a benchmark must not pass as if it had been judged.
        Assert.Equal(GateOutcome.Inconclusive, report.Outcome);
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        Assert.Equal(ExitCodes.Inconclusive, (report with { FailOnInconclusive = true }).ExitCode);
    }

    [Fact]
    public void Only_new_benchmarks_leave_the_outcome_a_pass()
    {
        GateReport report = GateFixtures.Compare(
            fixtures.Write(Plan.Skip(1), 52, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01),
            fixtures.Write(Plan, 53, processes: 5, iterations: 20, processNoise: 0.004, iterationNoise: 0.01));

        Assert.Equal([Plan[0].ShortName], report.Added);
        Assert.Equal(GateOutcome.Pass, report.Outcome);
    }

    [Fact]
    public void A_baseline_suite_that_failed_while_the_current_run_measured_it_makes_the_outcome_inconclusive()
    {
        string baseline = fixtures.Write(Plan, 54, editManifest: m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = [.. m.Suites.Select(s => s.PatternId == "P03" ? s with { Status = SuiteStatus.Failed, ResultsFile = null, Reason = "equivalence failed" } : s)],
        });
        string current = fixtures.Write(Plan, 55);

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.All(report.Benchmarks, b => Assert.Equal("P01", b.PatternId));
        string failed = Assert.Single(report.BaselineFailed);
        Assert.StartsWith("suite P03 failed in the baseline run (equivalence failed): 8 benchmark(s) of the current run not judged", failed);
        Assert.Empty(report.Added); // not new: measured before, but not by this baseline
        Assert.Equal(GateOutcome.Inconclusive, report.Outcome);
        Assert.Equal(ExitCodes.Inconclusive, (report with { FailOnInconclusive = true }).ExitCode);
        var console = new StringWriter();
        ConsoleTableWriter.Write(report, console);
        Assert.Contains(failed, console.ToString());
        Assert.Contains(failed, MarkdownWriter.Render(report, all: false));
    }

    [Fact]
    public void A_benchmark_that_failed_in_the_baseline_is_listed_by_name()
    {
        PlannedBenchmark lost = Plan[0];
        string baseline = fixtures.Write(Plan.Skip(1), 56, editManifest: m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = [.. m.Suites.Select(s => s.PatternId == lost.PatternId ? s with { Status = SuiteStatus.Failed, FailedBenchmarks = [lost.FullName], Reason = "1 benchmark failed" } : s)],
        });

        GateReport report = GateFixtures.Compare(baseline, fixtures.Write(Plan, 57));

        Assert.Contains(lost.ShortName, Assert.Single(report.BaselineFailed));
        Assert.Equal(Plan.Count - 1, report.Benchmarks.Count);
        Assert.Equal(GateOutcome.Inconclusive, report.Outcome);
    }

    [Fact]
    public void Nothing_compared_is_refused_not_passed()
    {
        string current = fixtures.Write(Plan, 58);

        var refused = Assert.Throws<NothingComparedException>(() => GateFixtures.Compare(fixtures.Write([], 59), current));

        Assert.IsAssignableFrom<HarnessException>(refused);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains("nothing to compare", refused.Message);
    }

    [Fact]
    public void A_benchmark_whose_overhead_was_subtracted_on_one_side_only_is_named_in_the_notes()
    {
        PlannedBenchmark cheap = Plan[0];
        string Write(string name, double? overhead, int seed)
        {
            var benchmarks = Plan.Select((p, i) => new SyntheticBenchmark(p.FullName,
                SyntheticBenchmark.Samples(p.MedianNs, 3, 15, seed * 100 + i, processNoise: 0.01),
                OverheadPerOp: p == cheap ? overhead : null));
            return new SyntheticResultSet([.. benchmarks], RunId: name).WriteTo(Path.Combine(fixtures.Root, name));
        }

        GateReport report = GateFixtures.Compare(Write("with-overhead", 50, 1), Write("without-overhead", null, 2));

        string note = Assert.Single(report.Notes, n => n.Contains(cheap.ShortName));
        Assert.Contains("subtracted in the baseline but kept in the current", note);
    }

    [Fact]
    public void A_contract_selecting_a_parameter_value_no_benchmark_has_is_reported_as_a_likely_typo()
    {
        string baseline = fixtures.Write(Plan, 66), current = fixtures.Write(Plan, 67);
        GateConfig config = GateConfig.Defaults with
        {
            Contracts =
            [
                PairContract.Parse("P03 Fix >= 5x Anti, Graph, Size=99999"),
                PairContract.Parse("P03 Fix >= 5x Anti, Graph, Sise=256"),
                PairContract.Parse("P10 Fix >= 2x Anti, Size=99999"), // P10 did not run: expected to select nothing
                PairContract.Parse("P03 Fix >= 5x Anti, Graph, Size=256"),
            ],
        };

        GateReport report = GateFixtures.Compare(baseline, current, config);

        Assert.Single(report.Notes, n => n.Contains("'P03 Fix >= 5x Anti, Graph, Size=99999'") && n.Contains("Size=99999") && n.Contains("measured: 16, 256"));
        Assert.Single(report.Notes, n => n.Contains("'P03 Fix >= 5x Anti, Graph, Sise=256'") && n.Contains("no measured P03 benchmark has a parameter Sise"));
        Assert.DoesNotContain(report.Notes, n => n.Contains("P10"));
        Assert.DoesNotContain(report.Notes, n => n.Contains("'P03 Fix >= 5x Anti, Graph, Size=256'"));
    }

    [Fact]
    public void An_absolute_threshold_wins_where_it_is_larger()
    {
        // +6% on a 10 us benchmark is 0.6 us: slower at 5% (its interval reaches 1.05), not at 5%|1us (10% of 10 us),
        // whose band its interval does not reach.
        PlannedBenchmark small = Plan.Single(p => p is { PatternId: "P03", Member: PairMember.Fix, Mode: ExecutionMode.Eager, Size: 16 });
        string baseline = fixtures.Write(Plan, 60), current = fixtures.Write(Plan, 61, scale: p => p == small ? 1.06 : 1);

        BenchmarkVerdict Verdict(string threshold) => GateFixtures.Compare(baseline, current, GateConfig.Defaults with { Threshold = Threshold.Parse(threshold) })
            .Benchmarks.Single(b => b.Name == small.ShortName);

        Assert.Equal(ChangeVerdict.Slower, Verdict("5%").Verdict);
        BenchmarkVerdict floored = Verdict("5%|1us");
        Assert.NotEqual(ChangeVerdict.Slower, floored.Verdict);
        Assert.Equal(0.10, floored.ThresholdFraction, 2);
    }

    [Fact]
    public void Per_pattern_and_per_benchmark_overrides_apply_in_that_order()
    {
        PlannedBenchmark target = Plan.Single(p => p is { PatternId: "P01", Member: PairMember.Fix, Mode: ExecutionMode.Eager, Size: 16 });
        string baseline = fixtures.Write(Plan, 62), current = fixtures.Write(Plan, 63, scale: p => p.PatternId == "P01" && p.Member == PairMember.Fix ? 1.15 : 1);
        GateConfig config = GateConfig.Defaults with
        {
            Patterns = new Dictionary<string, Threshold> { ["P01"] = Threshold.Parse("20%") },
            Benchmarks = new Dictionary<string, Threshold> { [target.ShortName] = Threshold.Parse("10%") },
        };

        GateReport report = GateFixtures.Compare(baseline, current, config);

        BenchmarkVerdict overridden = report.Benchmarks.Single(b => b.Name == target.ShortName);
        Assert.Equal(ChangeVerdict.Slower, overridden.Verdict);
        Assert.StartsWith("benchmarks[", overridden.ThresholdOrigin);
        Assert.All(report.Benchmarks.Where(b => b.PatternId == "P01" && b.Name != target.ShortName), b =>
        {
            Assert.Equal("patterns.P01", b.ThresholdOrigin);
            Assert.NotEqual(ChangeVerdict.Slower, b.Verdict);
        });
    }

    [Fact]
    public void An_override_that_matches_nothing_in_a_pattern_that_ran_is_reported_as_a_likely_typo()
    {
        string baseline = fixtures.Write(Plan, 64), current = fixtures.Write(Plan, 65);
        const string typo = "P01Synthetic.Fix(Size: 17, Device: Cpu, Mode: Graph)", notRun = "P10Synthetic.Fix(Size: 16, Device: Cpu, Mode: Graph)";
        GateConfig config = GateConfig.Defaults with
        {
            Benchmarks = new Dictionary<string, Threshold> { [typo] = Threshold.Parse("9%"), [notRun] = Threshold.Parse("9%") },
        };

        GateReport report = GateFixtures.Compare(baseline, current, config);

        Assert.Single(report.Notes, n => n.Contains(typo));
        Assert.DoesNotContain(report.Notes, n => n.Contains(notRun));
    }

    [Fact]
    public void A_failed_suite_in_the_current_run_is_an_infrastructure_failure()
    {
        string baseline = fixtures.Write(Plan, 70);
        string current = fixtures.Write(Plan, 71, editManifest: m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = [.. m.Suites, SyntheticResultSet.Suite("P10Synthetic", null, 0, SuiteStatus.Failed)],
        });

        GateReport report = GateFixtures.Compare(baseline, current);

        Assert.Contains(report.Failed, f => f.Contains("P10"));
        Assert.Equal(ExitCodes.BadInputOrFailure, report.ExitCode);
    }

    [Fact]
    public void Benjamini_Hochberg_is_used_when_configured_and_named_in_the_rules()
    {
        string baseline = fixtures.Write(Plan, 80), current = fixtures.Write(Plan, 81, scale: p => p == Plan[3] ? 1.3 : 1);

        GateReport report = GateFixtures.Compare(baseline, current, GateConfig.Defaults with { Correction = Correction.BenjaminiHochberg });

        Assert.Equal("benjamini-hochberg", report.Correction);
        Assert.Contains("benjamini-hochberg-adjusted p", report.Benchmarks.Single(b => b.Verdict == ChangeVerdict.Slower).Rule);
    }

    public void Dispose() => fixtures.Dispose();
}
