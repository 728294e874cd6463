using System.Globalization;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// What a first call includes, per device: one graph-mode first use of each member at the suite's smallest size, its
/// compile and each call timed apart (on the CPU a compile, a profiling run and an optimisation; on CUDA the second call
/// also compiles fused kernels with NVRTC). Written to the suite's log while it is prepared; single, unrepeated timings
/// that say where a first call's time goes, not figures to compare (the first-call benchmarks are those).
/// </summary>
public static class FirstUseProfiler
{
    public static IEnumerable<string> Describe(Type suiteType, IEnumerable<ComputeDevice> devices, TorchSettings session)
    {
        foreach (ComputeDevice device in devices)
        {
            using var suite = (PairSuite)Activator.CreateInstance(suiteType)!;
            if (!suite.MeasuresFirstCall)
                yield break;
            suite.Device = device;
            suite.Mode = ExecutionMode.Graph;
            suite.Size = suite.SizesOn(device)[0];
            suite.Session = session;
            suite.GlobalSetup();
            foreach (PairMember member in Enum.GetValues<PairMember>())
                yield return $"{suiteType.Name} first use of {member}/Graph on {device}, Size={suite.Size}: " + string.Join(", ",
                    suite.ProfileFirstUse(member).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Milliseconds:0.###} ms")));
        }
    }
}
