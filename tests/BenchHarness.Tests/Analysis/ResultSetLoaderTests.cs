using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Tests.Analysis;

public sealed class ResultSetLoaderTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    private static string SmokeA => Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a");

    private static readonly string P01 = ResultSetLayout.ResultsFileOf("P01Synthetic");

    private static SyntheticBenchmark Benchmark(PairMember member, ExecutionMode mode = ExecutionMode.Eager, double median = 1000) =>
        SyntheticBenchmark.Named("P01", member, mode, ComputeDevice.Cpu, 16, SyntheticBenchmark.Samples(median, 2, 5, seed: 1));

    private string WriteSet(string name = "set", RunStatus status = RunStatus.Complete, bool withManifest = true) =>
        new SyntheticResultSet([Benchmark(PairMember.Anti), Benchmark(PairMember.Fix)], status, withManifest)
            .WriteTo(temporary.Combine(name));

    /// <summary>Loading fails with one line that names <paramref name="file"/> and contains <paramref name="problem"/>.</summary>
    private static ResultSetException AssertRejected(string path, string file, string problem)
    {
        var error = Assert.Throws<ResultSetException>(() => ResultSetLoader.Load(path));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(file, error.Message);
        Assert.Contains(problem, error.Message);
        Assert.IsAssignableFrom<HarnessException>(error);
        return error;
    }

    [Fact]
    public void Loads_a_real_smoke_result_set()
    {
        ResultSet set = ResultSetLoader.Load(SmokeA);

        Assert.Equal("smoke-a", set.Name);
        Assert.Equal(RunStatus.Complete, set.Status);
        Assert.False(set.IsIncomplete);
        Assert.Empty(set.FailedSuites);
        Assert.Equal(24, set.Benchmarks.Count);
        Assert.All(set.Benchmarks, b => Assert.NotNull(b.Identity));
        Assert.All(set.Benchmarks, b => Assert.Equal("1x3", b.Shape));
        Assert.Equal(8, set.Benchmarks.Count(b => b.Identity!.Phase == CallPhase.FirstCall));
        // DisplayInfo "P01MissingHybridization.Anti: Smoke(EnvironmentVariables=..., Arguments=...) [Size=16, ...]".
        Assert.All(set.Benchmarks, b => Assert.Equal("Smoke", b.Job));

        // Workload/Actual iteration 1 of P01 Anti(Size 16, Eager): 23974192 ns over 247 operations; no overhead was measured.
        BenchmarkSamples anti = set.Find("BenchHarness.Benchmarks.Patterns.P01MissingHybridization.Anti(Size: 16, Device: Cpu, Mode: Eager)")!;
        Assert.Equal(23974192.0 / 247, anti.Processes[0][0], 9);
        Assert.False(anti.OverheadSubtracted);
        Assert.Equal("TorchSharp 0.107.0", set.Environment!.Facts["engine"]);
        Assert.Equal("0.107.0", set.Environment.Facts["package:TorchSharp"]);
        Assert.False(set.Environment.IsPartial);
    }

    [Fact]
    public void Subtracts_the_measured_overhead_per_launch()
    {
        var benchmark = new SyntheticBenchmark("Demo.P01Demo.Anti(Device: Cpu, Mode: Eager)", [[100, 110], [120]], Operations: 4, OverheadPerOp: 2);
        string directory = new SyntheticResultSet(benchmark).WriteTo(temporary.Combine("overhead"));

        BenchmarkSamples samples = ResultSetLoader.Load(directory).Benchmarks.Single();

        Assert.True(samples.OverheadSubtracted);
        Assert.Equal(2, samples.ProcessCount);
        Assert.Equal([100.0, 110.0], samples.Processes[0]);
        Assert.Equal([120.0], samples.Processes[1]);
        Assert.Equal([100.0, 110.0, 120.0], samples.Pooled);
    }

    [Fact]
    public void Keeps_the_overhead_when_subtracting_it_would_leave_nothing()
    {
        // An overhead of 2 ns per op against workload iterations of 1.5 and 4 ns per op.
        string directory = Directory.CreateDirectory(temporary.Combine("o")).FullName;
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ResultsFileOf("Tiny")), """
            {"Benchmarks": [{"FullName": "Tiny.Empty()", "Measurements": [
              {"IterationMode": "Overhead", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 2, "Nanoseconds": 4},
              {"IterationMode": "Workload", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 2, "Nanoseconds": 3},
              {"IterationMode": "Workload", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": 2, "Operations": 2, "Nanoseconds": 8}]}]}
            """);
        BenchmarkSamples samples = ResultSetLoader.Load(directory).Benchmarks.Single();
        Assert.False(samples.OverheadSubtracted);
        Assert.Equal([1.5, 4.0], samples.Processes[0]);
    }

    [Fact]
    public void Loads_foreign_BenchmarkDotNet_json_without_a_manifest_and_keeps_unconventional_names_unpaired()
    {
        var foreign = new SyntheticResultSet(
            [
                new SyntheticBenchmark("MyLib.Benchmarks.StringJoin.Join(Count: 10)", [[51, 52, 53]]),
                new SyntheticBenchmark("MyLib.Benchmarks.StringJoin.Concat(Count: 10)", [[61, 62, 63]]),
            ], WithManifest: false);
        string directory = temporary.Combine("BenchmarkDotNet.Artifacts");
        foreign.WriteTo(Path.Combine(directory, "results"));

        ResultSet set = ResultSetLoader.Load(directory);

        Assert.Null(set.Manifest);
        Assert.Null(set.Status);
        Assert.False(set.IsIncomplete);
        Assert.Empty(set.FailedSuites);
        Assert.Equal(2, set.Benchmarks.Count);
        Assert.All(set.Benchmarks, b => Assert.Null(b.Identity));
        Assert.True(set.Environment!.IsPartial);
        Assert.Equal("0.15.8", set.Environment.Facts["package:BenchmarkDotNet"]);
        Assert.Contains(set.Notes, n => n.Contains("no manifest.json"));
        Assert.Contains(set.Notes, n => n.Contains("2 benchmark(s) do not follow the naming convention"));
        Assert.Same(set, set.EnsureComplete());
    }

    [Fact]
    public void Loads_a_single_BenchmarkDotNet_file()
    {
        string directory = WriteSet(withManifest: false);
        ResultSet set = ResultSetLoader.Load(Path.Combine(directory, P01));
        Assert.Equal(2, set.Benchmarks.Count);
        Assert.All(set.Benchmarks, b => Assert.NotNull(b.Identity));
    }

    [Fact]
    public void Loads_a_run_from_its_manifest_path() =>
        Assert.Equal(2, ResultSetLoader.Load(ResultSetLayout.ManifestIn(WriteSet())).Benchmarks.Count);

    [Fact]
    public void Marks_an_incomplete_run_and_refuses_it_on_request()
    {
        ResultSet set = ResultSetLoader.Load(WriteSet(status: RunStatus.Incomplete));

        Assert.True(set.IsIncomplete);
        Assert.Contains(set.Notes, n => n.Contains("Incomplete"));
        var error = Assert.Throws<ResultSetException>(() => set.EnsureComplete());
        Assert.Contains("manifest.json: is incomplete; run", error.Message);
        Assert.Contains("complete it with 'benchharness run --resume", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Shows_failed_suites_and_failed_benchmarks_without_failing_the_load()
    {
        string directory = WriteSet();
        string failedName = "BenchHarness.Benchmarks.Patterns.P03Synthetic.Anti(Size: 16, Device: Cpu, Mode: Eager)";
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ResultsFileOf("P03Synthetic")),
            SyntheticResultSet.BenchmarkDotNetJson([new SyntheticBenchmark(failedName, [])]));
        EditManifest(directory, m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites =
            [
                .. m.Suites,
                SyntheticResultSet.Suite("P03Synthetic", ResultSetLayout.ResultsFileOf("P03Synthetic"), 1, SuiteStatus.Failed, [failedName]),
                SyntheticResultSet.Suite("P06Synthetic", ResultSetLayout.ResultsFileOf("P06Synthetic"), 0, SuiteStatus.Failed),
            ],
        });

        ResultSet set = ResultSetLoader.Load(directory);

        Assert.Equal(["P03", "P06"], set.FailedSuites.Select(s => s.PatternId));
        Assert.Equal([failedName], set.FailedBenchmarks);
        Assert.Equal(2, set.Benchmarks.Count);
        Assert.Contains(set.Notes, n => n.StartsWith("P06: Failed"));
    }

    [Fact]
    public void Environment_differences_list_each_fact_that_changed()
    {
        RunManifest baseline = SyntheticResultSet.Manifest("a", []);
        RunManifest current = baseline with
        {
            Options = baseline.Options with { Threads = 1 },
            Engine = baseline.Engine with { Packages = new Dictionary<string, string> { ["TorchSharp"] = "0.108.0", ["BenchmarkDotNet"] = "0.15.8" } },
        };

        IReadOnlyList<EnvironmentDifference> differences =
            EnvironmentFingerprint.FromManifest(baseline).DifferencesFrom(EnvironmentFingerprint.FromManifest(current));

        Assert.Equal(["package:TorchSharp", "threads"], differences.Select(d => d.Fact));
        Assert.Equal("package:TorchSharp: 0.107.0 -> 0.108.0", differences[0].ToString());
        Assert.Empty(EnvironmentFingerprint.FromManifest(baseline).DifferencesFrom(EnvironmentFingerprint.FromManifest(baseline)));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        string directory = WriteSet();
        foreach (string file in new[] { P01, ResultSetLayout.ManifestFileName })
        {
            string path = Path.Combine(directory, file);
            File.WriteAllBytes(path, [.. "\uFEFF"u8, .. File.ReadAllBytes(path)]);
        }

        ResultSet set = ResultSetLoader.Load(directory);

        Assert.Equal(2, set.Benchmarks.Count);
        Assert.Equal("synthetic", set.Name);
    }

    [Fact]
    public void Reads_files_and_tokens_larger_than_the_read_buffer()
    {
        // About 1 MB of 300 benchmarks, and a parameter value of 200,000 characters: the file is read through a buffer
        // of 64 kB, so tokens cross refills and one outgrows the buffer.
        var benchmarks = Enumerable.Range(0, 300)
            .Select(i => new SyntheticBenchmark($"MyLib.Many.Run(N: {i})", SyntheticBenchmark.Samples(1000 + i, 2, 10, i), OverheadPerOp: 3))
            .Append(new SyntheticBenchmark($"MyLib.Many.Run(Text: \"{new string('x', 200_000)}\")", [[5.0, 6.0]]))
            .ToArray();
        string directory = new SyntheticResultSet(benchmarks, WithManifest: false).WriteTo(temporary.Combine("large"));
        Assert.True(new FileInfo(Path.Combine(directory, ResultSetLayout.ResultsFileOf("Many"))).Length > 1_000_000);

        ResultSet set = ResultSetLoader.Load(directory);

        Assert.Equal(benchmarks.Select(b => b.FullName), set.Benchmarks.Select(b => b.FullName));
        foreach ((SyntheticBenchmark written, BenchmarkSamples read) in benchmarks.Zip(set.Benchmarks))
        {
            Assert.Equal(written.Processes.Count, read.ProcessCount);
            for (int p = 0; p < read.ProcessCount; p++)
                Assert.All(written.Processes[p].Zip(read.Processes[p]), pair => Assert.Equal(pair.First, pair.Second, pair.First * 1e-9));
        }
    }

    [Fact]
    public void A_file_cut_anywhere_is_refused_in_one_line()
    {
        string directory = WriteSet("cut");
        string file = Path.Combine(directory, P01);
        byte[] whole = File.ReadAllBytes(file);
        for (int length = 1; length < whole.Length; length += whole.Length / 37)
        {
            File.WriteAllBytes(file, whole[..length]);
            var error = Assert.Throws<ResultSetException>(() => ResultSetLoader.Load(directory));
            Assert.Matches("is not valid JSON \\(truncated or corrupt near line \\d+\\)|is empty", error.Message);
        }
    }

    [Fact]
    public void Escaped_names_and_values_read_as_their_text()
    {
        string directory = Directory.CreateDirectory(temporary.Combine("escaped")).FullName;
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ResultsFileOf("Escaped")), """
            {"Benchmarks": [{"Full\u004Eame": "Demo.Escaped.Run(Text: \"a\\\"b\")", "Measurements": [
              {"IterationMode": "Work\u006Coad", "IterationStage": "\u0041ctual", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 2, "Nanoseconds": 10}]}]}
            """);

        BenchmarkSamples samples = ResultSetLoader.Load(directory).Benchmarks.Single();

        Assert.Equal("Demo.Escaped.Run(Text: \"a\\\"b\")", samples.FullName);
        Assert.Equal([5.0], samples.Processes[0]);
    }

    // BenchmarkDotNet before 0.11: no IterationStage; the measured iterations are MainTarget, the overhead IdleTarget.
    private static string LegacyReport(string version, string workloadMode = "MainTarget", string overheadMode = "IdleTarget",
        string workloadWarmup = "MainWarmup", string overheadWarmup = "IdleWarmup") => $$"""
        {"HostEnvironmentInfo": {"BenchmarkDotNetCaption": "BenchmarkDotNet", "BenchmarkDotNetVersion": "{{version}}"},
         "Benchmarks": [{"DisplayInfo": "StringJoin.Join: DefaultJob [Count=10]", "Namespace": "MyLib", "Type": "StringJoin",
           "Method": "Join", "MethodTitle": "Join", "Parameters": "Count=10", "FullName": "MyLib.StringJoin.Join(Count: 10)",
           "Measurements": [
            {"IterationMode": "Pilot", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 1600},
            {"IterationMode": "{{overheadWarmup}}", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 64},
            {"IterationMode": "{{overheadMode}}", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 32},
            {"IterationMode": "{{overheadMode}}", "LaunchIndex": 1, "IterationIndex": 2, "Operations": 16, "Nanoseconds": 32},
            {"IterationMode": "{{overheadMode}}", "LaunchIndex": 1, "IterationIndex": 3, "Operations": 16, "Nanoseconds": 32},
            {"IterationMode": "{{workloadWarmup}}", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 9000},
            {"IterationMode": "{{workloadMode}}", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 1632},
            {"IterationMode": "{{workloadMode}}", "LaunchIndex": 1, "IterationIndex": 2, "Operations": 16, "Nanoseconds": 1792},
            {"IterationMode": "{{workloadMode}}", "LaunchIndex": 2, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 1952},
            {"IterationMode": "{{overheadMode}}", "LaunchIndex": 2, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 32},
            {"IterationMode": "Result", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 16, "Nanoseconds": 1600}]}]}
        """;

    [Fact]
    public void Reads_BenchmarkDotNet_before_0_11_as_main_and_idle_target()
    {
        string directory = Directory.CreateDirectory(temporary.Combine("old")).FullName;
        File.WriteAllText(Path.Combine(directory, "MyLib.StringJoin-report-full.json"), LegacyReport("0.10.14"));

        ResultSet set = ResultSetLoader.Load(directory);

        BenchmarkSamples join = Assert.Single(set.Benchmarks);
        Assert.Empty(set.FailedBenchmarks);
        Assert.True(join.OverheadSubtracted);
        Assert.Equal([100.0, 110.0], join.Processes[0]);
        Assert.Equal([120.0], join.Processes[1]);
        Assert.Contains(set.Notes, n => n.Contains("BenchmarkDotNet 0.10.14 (before 0.11)") && n.Contains("MainTarget"));
    }

    [Fact]
    public void Refuses_measurements_of_no_known_BenchmarkDotNet_format_by_version()
    {
        string directory = Directory.CreateDirectory(temporary.Combine("older")).FullName;
        // BenchmarkDotNet 0.9's names: neither today's stages nor 0.10's modes.
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ResultsFileOf("Ancient")), LegacyReport("0.9.7", "Target", "TargetIdle", "Warmup", "WarmupIdle"));

        ResultSetException error = AssertRejected(directory, ResultSetLayout.ResultsFileOf("Ancient"), "written by BenchmarkDotNet 0.9.7");
        Assert.Contains("IterationMode values (Pilot, Result, Target, TargetIdle, Warmup, ...)", error.Message);
    }

    private static SyntheticBenchmark Foreign(string fullName, string job, double median, int seed) =>
        new(fullName, SyntheticBenchmark.Samples(median, 3, 10, seed, 0.02), Job: job);

    [Fact]
    public void Two_jobs_of_one_full_name_load_as_two_benchmarks_keyed_by_job()
    {
        // As in a public project's file: one benchmark method measured by two jobs; BenchmarkDotNet's FullName has no job.
        string directory = new SyntheticResultSet(
            [
                Foreign("Tests.MyBenchmark.Bench(N: 10)", "ShortRun(IterationCount=3, LaunchCount=1, WarmupCount=3)", 100, 1),
                Foreign("Tests.MyBenchmark.Bench(N: 10)", "MediumRun(IterationCount=15, LaunchCount=2, WarmupCount=10)", 200, 2),
            ], WithManifest: false).WriteTo(temporary.Combine("jobs"));

        ResultSet set = ResultSetLoader.Load(directory);

        Assert.Equal(["Tests.MyBenchmark.Bench(N: 10, Job: ShortRun)", "Tests.MyBenchmark.Bench(N: 10, Job: MediumRun)"],
            set.Benchmarks.Select(b => b.FullName));
        Assert.Equal(["ShortRun", "MediumRun"], set.Benchmarks.Select(b => b.Job));
        Assert.InRange(set.Find("Tests.MyBenchmark.Bench(N: 10, Job: MediumRun)")!.Pooled.Average(), 190, 210);
        Assert.Contains(set.Notes, n => n.Contains("measured by several jobs"));
    }

    [Fact]
    public void Jobs_pair_across_runs_by_id_or_by_settings_when_the_id_was_generated()
    {
        // Generated ids (Job-XXXXXX) come from a per-process hash: the same job has another id in the next run.
        string Write(string name, string net8, string net9) => new SyntheticResultSet(
            [
                Foreign("Tests.MyBenchmark.Bench(N: 10)", $"{net8}(Runtime=.NET 8.0)", 100, name.Length),
                Foreign("Tests.MyBenchmark.Bench(N: 10)", $"{net9}(Runtime=.NET 9.0)", 300, name.Length + 7),
            ], WithManifest: false).WriteTo(temporary.Combine(name));
        ResultSet baseline = ResultSetLoader.Load(Write("baseline", "Job-ABCDEF", "Job-GHIJKL"));
        ResultSet current = ResultSetLoader.Load(Write("current-run", "Job-QWERTY", "Job-ZXCVBN"));

        RunComparison comparison = RunComparer.Compare(baseline, current);

        Assert.Equal(["Tests.MyBenchmark.Bench(N: 10, Job: Runtime=.NET 8.0)", "Tests.MyBenchmark.Bench(N: 10, Job: Runtime=.NET 9.0)"],
            comparison.Changes.Select(c => c.FullName));
        Assert.All(comparison.Changes, c => Assert.InRange(c.Ratio.Estimate, 0.9, 1.1));
        Assert.Empty(comparison.OnlyInBaseline);
        Assert.Empty(comparison.OnlyInCurrent);
    }

    [Fact]
    public void Harness_benchmarks_of_two_jobs_pair_within_each_job()
    {
        SyntheticBenchmark Named(PairMember member, string job, double median) =>
            SyntheticBenchmark.Named("P01", member, ExecutionMode.Graph, ComputeDevice.Cpu, 16, SyntheticBenchmark.Samples(median, 3, 10, (int)median)) with { Job = job };
        string directory = new SyntheticResultSet(
            Named(PairMember.Anti, "ShortRun", 300), Named(PairMember.Fix, "ShortRun", 100),
            Named(PairMember.Anti, "LongRun", 400), Named(PairMember.Fix, "LongRun", 100)).WriteTo(temporary.Combine("harness-jobs"));

        var pairs = PairAnalyzer.Analyze(ResultSetLoader.Load(directory));

        Assert.Equal(["Job=LongRun, Size=16", "Job=ShortRun, Size=16"], pairs.FixVsAnti.Select(c => c.Key.Case).Order());
        Assert.InRange(pairs.FixVsAnti.Single(c => c.Key.Case.Contains("LongRun")).SpeedUp.Estimate, 3.6, 4.4);
        Assert.Empty(pairs.Unpaired);
    }

    [Fact]
    public void One_full_name_measured_twice_by_one_job_is_a_duplicate()
    {
        SyntheticBenchmark twice = Foreign("Tests.MyBenchmark.Bench(N: 10)", "ShortRun", 100, 1);
        string directory = new SyntheticResultSet([twice, twice], WithManifest: false).WriteTo(temporary.Combine("twice"));
        AssertRejected(directory, ResultSetLayout.ResultsFileOf("MyBenchmark"), "holds benchmark 'Tests.MyBenchmark.Bench(N: 10)' twice (job ShortRun both times)");
    }

    [Fact]
    public void Two_benchmarks_that_are_one_point_of_the_naming_convention_are_refused()
    {
        // Two namespaces, one type name, the parameters in another order: different full names, one identity.
        var first = new SyntheticBenchmark("Suites.A.P01Demo.Fix(Size: 16, Device: Cpu, Mode: Eager)", [[100.0, 101.0]]);
        var second = new SyntheticBenchmark("Suites.B.P01Demo.Fix(Device: Cpu, Mode: Eager, Size: 16)", [[200.0, 201.0]]);
        string directory = new SyntheticResultSet(first, second).WriteTo(temporary.Combine("same-point"));

        ResultSetException error = AssertRejected(directory, ResultSetLayout.ResultsFileOf("P01Demo"), "one point of the naming convention");
        Assert.Contains("P01.Fix(Device: Cpu, Mode: Eager, Size: 16)", error.Message);
        Assert.Contains("Suites.A.P01Demo.Fix", error.Message);
        Assert.Contains("Suites.B.P01Demo.Fix", error.Message);
    }

    // ---- malformed inputs: each one line naming the file and the problem ----

    [Fact]
    public void Missing_directory() => AssertRejected(temporary.Combine("nope"), "nope", "does not exist");

    [Fact]
    public void Empty_directory()
    {
        Directory.CreateDirectory(temporary.Combine("empty"));
        AssertRejected(temporary.Combine("empty"), "empty", "is empty");
    }

    [Fact]
    public void Directory_without_results()
    {
        Directory.CreateDirectory(temporary.Combine("other"));
        File.WriteAllText(temporary.Combine("other", "notes.txt"), "hello");
        AssertRejected(temporary.Combine("other"), "other", "has no manifest.json and no BenchmarkDotNet");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Unreadable_directory()
    {
        string directory = Directory.CreateDirectory(temporary.Combine("locked")).FullName;
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ResultsFileOf("x")), "{}");
        File.SetUnixFileMode(directory, UnixFileMode.None);
        try
        {
            try
            {
                Directory.GetFileSystemEntries(directory);
                Assert.Skip("running as root: permissions do not stop this process from reading");
            }
            catch (UnauthorizedAccessException)
            {
            }
            AssertRejected(directory, "locked", "cannot be read");
        }
        finally
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Truncated_results_file()
    {
        string directory = WriteSet();
        string file = Path.Combine(directory, P01);
        string text = File.ReadAllText(file);
        File.WriteAllText(file, text[..(text.Length / 2)]);
        AssertRejected(directory, P01, "is not valid JSON");
    }

    [Fact]
    public void Empty_results_file()
    {
        string directory = WriteSet();
        File.WriteAllText(Path.Combine(directory, P01), "");
        AssertRejected(directory, P01, "is empty");
    }

    [Fact]
    public void Results_file_holding_json_null()
    {
        string directory = WriteSet();
        File.WriteAllText(Path.Combine(directory, P01), "null");
        AssertRejected(directory, P01, "holds JSON null");
    }

    [Theory]
    [InlineData("{\"Title\": \"x\"}", "no 'Benchmarks' array")]
    [InlineData("[1, 2]", "no 'Benchmarks' array")]
    [InlineData("{\"Benchmarks\": []}", "holds no benchmarks")]
    [InlineData("{\"Benchmarks\": [{\"Type\": \"X\"}]}", "benchmark #1 has no FullName")]
    [InlineData("{\"Benchmarks\": [{\"FullName\": \"X.P01A.Anti(Device: Cpu, Mode: Eager)\", \"Statistics\": {}}]}", "has no Measurements array")]
    public void Results_file_that_is_not_a_full_report(string json, string problem)
    {
        string directory = WriteSet();
        File.WriteAllText(Path.Combine(directory, P01), json);
        AssertRejected(directory, P01, problem);
    }

    [Theory]
    [InlineData(double.NaN, "time is NaN")]
    [InlineData(double.PositiveInfinity, "time is Infinity")]
    [InlineData(-5.0, "time is negative")]
    [InlineData(0.0, "time is zero")]
    public void Times_that_are_not_finite_and_positive(double bad, string problem)
    {
        var benchmark = new SyntheticBenchmark("Demo.P01Demo.Anti(Device: Cpu, Mode: Eager)", [[100, bad, 100]]);
        string directory = new SyntheticResultSet(benchmark).WriteTo(temporary.Combine("bad"));
        ResultSetException error = AssertRejected(directory, ResultSetLayout.ResultsFileOf("P01Demo"), problem);
        Assert.Contains("launch 1 iteration 2", error.Message);
    }

    /// <summary>A P01 result set whose first Workload/Actual measurement of the Anti benchmark is edited.</summary>
    private string WriteSetWithMeasurement(string name, Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        string directory = WriteSet(name);
        string file = Path.Combine(directory, P01);
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        var measurement = root["Benchmarks"]![0]!["Measurements"]!.AsArray()
            .First(m => (string?)m!["IterationMode"] == "Workload" && (string?)m["IterationStage"] == "Actual")!.AsObject();
        edit(measurement);
        File.WriteAllText(file, root.ToJsonString());
        return directory;
    }

    [Theory]
    [InlineData("LaunchIndex", "\"1\"", "LaunchIndex is the string \"1\", must be a whole number")]
    [InlineData("IterationIndex", "\"first\"", "IterationIndex is the string \"first\", must be a whole number")]
    [InlineData("LaunchIndex", "1.5", "LaunchIndex is 1.5, must be a whole number")]
    [InlineData("IterationIndex", "-1", "IterationIndex is -1, must be a whole number")]
    [InlineData("LaunchIndex", "null", "LaunchIndex is null, must be a whole number")]
    [InlineData("Operations", "0.5", "Operations is 0.5, must be a whole count")]
    [InlineData("Nanoseconds", "5e-324", "time per operation rounds to zero (4.94066E-324 ns over 16 operations)")]
    public void Measurement_fields_of_the_wrong_kind(string field, string json, string problem)
    {
        string directory = WriteSetWithMeasurement($"bad-{field}-{json.GetHashCode():x}", m => m[field] = System.Text.Json.Nodes.JsonNode.Parse(json));
        ResultSetException error = AssertRejected(directory, P01, problem);
        Assert.Contains("Anti(Size: 16", error.Message);
    }

    [Fact]
    public void A_measurement_that_is_not_an_object()
    {
        string directory = WriteSet("not-object");
        string file = Path.Combine(directory, P01);
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        root["Benchmarks"]![0]!["Measurements"]!.AsArray().Insert(0, 42);
        File.WriteAllText(file, root.ToJsonString());
        AssertRejected(directory, P01, "measurement #1 is not an object");
    }

    [Fact]
    public void Zero_operations()
    {
        var benchmark = new SyntheticBenchmark("Demo.P01Demo.Anti(Device: Cpu, Mode: Eager)", [[100]], Operations: 0);
        AssertRejected(new SyntheticResultSet(benchmark).WriteTo(temporary.Combine("ops")), ResultSetLayout.ResultsFileOf("P01Demo"), "Operations is 0");
    }

    [Fact]
    public void Benchmark_with_zero_samples_not_listed_as_failed()
    {
        var benchmark = new SyntheticBenchmark("Demo.P01Demo.Anti(Device: Cpu, Mode: Eager)", []);
        AssertRejected(new SyntheticResultSet(benchmark).WriteTo(temporary.Combine("zero")), ResultSetLayout.ResultsFileOf("P01Demo"),
            "has zero Workload/Actual measurements");
    }

    [Fact]
    public void Duplicate_benchmark_across_files()
    {
        string directory = WriteSet();
        File.Copy(Path.Combine(directory, P01), Path.Combine(directory, ResultSetLayout.ResultsFileOf("P01Copy")));
        EditManifest(directory, m => m with { Suites = [.. m.Suites, SyntheticResultSet.Suite("P01Copy", ResultSetLayout.ResultsFileOf("P01Copy"), 2)] });
        ResultSetException error = AssertRejected(directory, ResultSetLayout.ResultsFileOf("P01Copy"), "which P01Synthetic-report-full.json holds too");
        Assert.Contains("Anti(Size: 16", error.Message);
    }

    [Fact]
    public void Duplicate_benchmark_in_one_file()
    {
        SyntheticBenchmark anti = Benchmark(PairMember.Anti);
        AssertRejected(new SyntheticResultSet(anti, anti).WriteTo(temporary.Combine("dup")), P01, "twice");
    }

    [Fact]
    public void Manifest_pointing_to_a_missing_results_file()
    {
        string directory = WriteSet();
        File.Delete(Path.Combine(directory, P01));
        AssertRejected(directory, ResultSetLayout.ManifestFileName, $"lists results file '{P01}', which does not exist");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2, \"runId\": \"x\"}", "has schema version 2; this build reads version 1")]
    [InlineData("{\"runId\": \"x\"}", "has no schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"runId\": \"x\"}", "lacks 'machine'")]
    [InlineData("{\"schemaVersion\": 1, \"status\": \"Exploded\"}", "does not match manifest schema 1")]
    [InlineData("null", "holds JSON null")]
    [InlineData("[]", "not a manifest object")]
    [InlineData("{\"schemaVersion\": 1, \"runId\": ", "is not valid JSON")]
    public void Malformed_manifest(string json, string problem)
    {
        string directory = WriteSet();
        File.WriteAllText(Path.Combine(directory, ResultSetLayout.ManifestFileName), json);
        AssertRejected(directory, ResultSetLayout.ManifestFileName, problem);
    }

    private static void EditManifest(string directory, Func<RunManifest, RunManifest> edit)
    {
        string path = Path.Combine(directory, ResultSetLayout.ManifestFileName);
        ResultJson.WriteAtomically(path, edit(ResultJson.Read<RunManifest>(path)));
    }
}
