using BenchHarness.Identity;

namespace BenchHarness.Tests.Core;

public class BenchmarkIdentityTests
{
    [Fact]
    public void Reads_pattern_member_mode_device_and_sweep_from_a_full_name()
    {
        var identity = BenchmarkIdentity.Parse(
            "BenchHarness.Benchmarks.Patterns.P01MissingHybridization.Fix(Device: Cuda, Mode: Graph, Size: 256)");

        Assert.Equal("P01", identity.PatternId);
        Assert.Equal(PairMember.Fix, identity.Member);
        Assert.Equal(CallPhase.Steady, identity.Phase);
        Assert.Equal(ExecutionMode.Graph, identity.Mode);
        Assert.Equal(ComputeDevice.Cuda, identity.Device);
        Assert.Equal("256", identity.Parameters["Size"]);
        Assert.Equal("Size=256", identity.Case);
    }

    [Fact]
    public void A_first_call_benchmark_is_the_same_member_in_another_phase()
    {
        var identity = BenchmarkIdentity.Parse("P03ScalarRetracing.AntiFirstCall(Device: Cpu, Mode: Graph, Size: 256)");

        Assert.Equal(PairMember.Anti, identity.Member);
        Assert.Equal(CallPhase.FirstCall, identity.Phase);
    }

    [Fact]
    public void A_throughput_benchmark_is_the_same_member_pipelined_and_pairs_at_its_own_phase()
    {
        var anti = BenchmarkIdentity.Parse("BenchHarness.Benchmarks.Patterns.P11HostSyncInLoop.AntiThroughput(Size: 256, Device: Cuda, Mode: Graph)");
        var fix = BenchmarkIdentity.Parse("BenchHarness.Benchmarks.Patterns.P11HostSyncInLoop.FixThroughput(Size: 256, Device: Cuda, Mode: Graph)");

        Assert.Equal((PairMember.Anti, CallPhase.Throughput), (anti.Member, anti.Phase));
        Assert.Equal((PairMember.Fix, CallPhase.Throughput), (fix.Member, fix.Phase));
        Assert.Equal(anti.Case, fix.Case);
        Assert.Equal("P11.AntiThroughput(Device: Cuda, Mode: Graph, Size: 256)", anti.CanonicalName);
        Assert.NotEqual(BenchmarkIdentity.Parse("P11HostSyncInLoop.Anti(Size: 256, Device: Cuda, Mode: Graph)").CanonicalName, anti.CanonicalName);
    }

    [Fact]
    public void Keeps_array_parameters_whole_and_orders_the_case_by_name()
    {
        var identity = BenchmarkIdentity.Parse("P04ShapeRetracing.Anti(Shapes: [1, 2, 3], Device: Cpu, Mode: Eager, Batch: 8)");

        Assert.Equal("[1, 2, 3]", identity.Parameters["Shapes"]);
        Assert.Equal("Batch=8, Shapes=[1, 2, 3]", identity.Case);
    }

    [Theory]
    [InlineData("Text: \"a, b\"", "\"a, b\"")]
    [InlineData("Text: \"(x\"", "\"(x\"")]
    [InlineData("Text: \"x)\"", "\"x)\"")]
    [InlineData("Text: \"say \\\"hi\\\", ok\"", "\"say \\\"hi\\\", ok\"")]
    [InlineData("Text: \"a: b\"", "\"a: b\"")]
    [InlineData("Separator: ','", "','")]
    [InlineData("Separator: '\\''", "'\\''")]
    [InlineData("Kind: typeof(System.Collections.Generic.Dictionary<int, string>)", "typeof(System.Collections.Generic.Dictionary<int, string>)")]
    [InlineData("Texts: [\"a, b\", \"]\"]", "[\"a, b\", \"]\"]")]
    [InlineData("Tag: <b class=\"x\">it's", "<b class=\"x\">it's")] // a custom type's ToString(): quotes inside are text
    public void Keeps_quoted_and_bracketed_values_whole(string parameter, string value)
    {
        var identity = BenchmarkIdentity.Parse($"Bench.P06Demo.Fix({parameter}, Device: Cpu, Mode: Graph)");

        Assert.Equal(ExecutionMode.Graph, identity.Mode);
        Assert.Equal(ComputeDevice.Cpu, identity.Device);
        string name = parameter[..parameter.IndexOf(':')];
        Assert.Equal(value, identity.Parameters[name]);
        Assert.Equal(3, identity.Parameters.Count);
    }

    [Fact]
    public void A_value_that_looks_like_a_harness_name_does_not_make_one() =>
        Assert.False(BenchmarkIdentity.TryParse("MyLib.Bench.Run(Text: \"x.P01A.Fix(Device: Cpu, Mode: Eager)\")", out _));

    [Fact]
    public void The_canonical_name_ignores_namespace_type_and_parameter_order()
    {
        var a = BenchmarkIdentity.Parse("A.P01One.FixFirstCall(Size: 16, Device: Cpu, Mode: Graph)");
        var b = BenchmarkIdentity.Parse("B.C.P01Other.FixFirstCall(Device: Cpu, Mode: Graph, Size: 16)");

        Assert.Equal("P01.FixFirstCall(Device: Cpu, Mode: Graph, Size: 16)", a.CanonicalName);
        Assert.Equal(a.CanonicalName, b.CanonicalName);
        Assert.NotEqual(a.CanonicalName, BenchmarkIdentity.Parse("A.P01One.FixFirstCall(Size: 17, Device: Cpu, Mode: Graph)").CanonicalName);
        // Enum.TryParse reads "1" as Graph: the same point to pairs and the gate, so the same canonical name.
        Assert.Equal(a.CanonicalName, BenchmarkIdentity.Parse("A.P01One.FixFirstCall(Size: 16, Device: 0, Mode: 1)").CanonicalName);
    }

    [Theory]
    [InlineData("Tests.MyBenchmark.Bench", "Tests.MyBenchmark.Bench(Job: ShortRun)", "ShortRun")]
    [InlineData("Tests.MyBenchmark.Bench(N: 10)", "Tests.MyBenchmark.Bench(N: 10, Job: .NET 8.0)", ".NET 8.0")]
    [InlineData("Tests.MyBenchmark.Bench(N: 10)", "Tests.MyBenchmark.Bench(N: 10, Job: \"Runtime=.NET 8.0, Toolchain=net8.0\")", "Runtime=.NET 8.0, Toolchain=net8.0")]
    [InlineData("Tests.MyBenchmark.Bench(N: 10)", "Tests.MyBenchmark.Bench(N: 10, Job: \"say \\\"hi\\\"\")", "say \"hi\"")]
    public void A_parameter_added_to_a_full_name_reads_back(string fullName, string expected, string job)
    {
        string named = FullNameSyntax.WithParameter(fullName, "Job", job);

        Assert.Equal(expected, named);
        Assert.True(FullNameSyntax.TrySplit(named, out string method, out IReadOnlyList<KeyValuePair<string, string>> parameters));
        Assert.Equal("Tests.MyBenchmark.Bench", method);
        Assert.Equal("Job", parameters[^1].Key);
    }

    [Theory]
    [InlineData("BenchHarness.Foo.Bar(Device: Cpu, Mode: Eager)")] // no pattern id
    [InlineData("P01MissingHybridization.Fix(Text: \"open, Device: Cpu, Mode: Eager)")] // a quote left open
    [InlineData("P01MissingHybridization.Fix(Shapes: [1, 2, Device: Cpu, Mode: Eager)")] // a bracket left open
    [InlineData("P01MissingHybridization.Fix(Size: 16, Size: 256, Device: Cpu, Mode: Eager)")] // a parameter twice
    [InlineData("P01MissingHybridization.Baseline(Device: Cpu, Mode: Eager)")] // not a pair member
    [InlineData("P01MissingHybridization.FixLater(Device: Cpu, Mode: Eager)")] // not a phase
    [InlineData("P01MissingHybridization.Fix(Device: Cpu)")] // no mode
    [InlineData("P01MissingHybridization.Fix(Device: Tpu, Mode: Eager)")] // unknown device
    [InlineData("P01MissingHybridization.Fix")] // no parameters at all
    public void Rejects_names_outside_the_convention(string fullName)
    {
        Assert.False(BenchmarkIdentity.TryParse(fullName, out _));
        Assert.Throws<FormatException>(() => BenchmarkIdentity.Parse(fullName));
    }

    [Fact]
    public void Two_parses_of_one_point_are_equal_and_hash_alike_whatever_the_namespace_and_parameter_order()
    {
        var first = BenchmarkIdentity.Parse("BenchHarness.Benchmarks.Patterns.P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: 16)");
        var second = BenchmarkIdentity.Parse("Elsewhere.P04Renamed.Anti(Size: 16, Mode: Eager, Device: Cpu, Batch: 8)");

        Assert.NotSame(first.Parameters, second.Parameters);
        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal("found", new Dictionary<BenchmarkIdentity, string> { [first] = "found" }.GetValueOrDefault(second));
    }

    [Theory]
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: 32)")] // another value
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Width: 16)")] // another name
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: 16, Seed: 1)")] // one more
    [InlineData("P04ShapeRetracing.Anti(Device: Cpu, Mode: Eager, Size: 16)")] // one fewer
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: \"16\")")] // the value as a string
    [InlineData("P04ShapeRetracing.Fix(Batch: 8, Device: Cpu, Mode: Eager, Size: 16)")]
    [InlineData("P04ShapeRetracing.AntiFirstCall(Batch: 8, Device: Cpu, Mode: Eager, Size: 16)")]
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Graph, Size: 16)")]
    [InlineData("P04ShapeRetracing.Anti(Batch: 8, Device: Cuda, Mode: Eager, Size: 16)")]
    [InlineData("P05ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: 16)")]
    public void Identities_that_differ_in_any_axis_or_parameter_are_not_equal(string other)
    {
        var point = BenchmarkIdentity.Parse("P04ShapeRetracing.Anti(Batch: 8, Device: Cpu, Mode: Eager, Size: 16)");

        Assert.NotEqual(point, BenchmarkIdentity.Parse(other));
        Assert.NotEqual(point.CanonicalName, BenchmarkIdentity.Parse(other).CanonicalName);
    }

    [Fact]
    public void An_identity_moved_along_an_axis_equals_the_benchmark_measured_there()
    {
        var eager = BenchmarkIdentity.Parse("P01MissingHybridization.Anti(Device: Cpu, Mode: Eager, Size: 16)");
        var graphFix = BenchmarkIdentity.Parse("P01MissingHybridization.Fix(Device: Cpu, Mode: Graph, Size: 16)");

        BenchmarkIdentity moved = eager with { Member = PairMember.Fix, Mode = ExecutionMode.Graph };

        Assert.Equal(graphFix, moved);
        Assert.Equal(graphFix.GetHashCode(), moved.GetHashCode());
    }
}
