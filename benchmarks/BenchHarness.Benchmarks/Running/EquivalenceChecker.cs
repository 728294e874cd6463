using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Running;

/// <summary>
/// Before anything is timed: every member in every selected mode must compute what the anti-pattern computes
/// eagerly, for every device and size. A pair that disagrees is not a pair, and is not timed.
/// </summary>
public static class EquivalenceChecker
{
    private const string Reference = "Anti/Eager";

    public static IReadOnlyList<EquivalenceCheck> Check(
        Type suiteType, IEnumerable<ComputeDevice> devices, IReadOnlyList<ExecutionMode> modes)
    {
        var checks = new List<EquivalenceCheck>();
        PairSuite template = Create(suiteType, ComputeDevice.Cpu, ExecutionMode.Eager, size: 0);
        CallPhase[] phases = template.MeasuresFirstCall ? [CallPhase.Steady, CallPhase.FirstCall] : [CallPhase.Steady];
        foreach (ComputeDevice device in devices)
        foreach (int size in template.Sizes)
        {
            using Tensor reference = Evaluate(suiteType, device, ExecutionMode.Eager, size, PairMember.Anti, CallPhase.Steady);
            foreach (CallPhase phase in phases)
            foreach (ExecutionMode mode in modes)
            foreach (PairMember member in Enum.GetValues<PairMember>())
            {
                if (mode == ExecutionMode.Eager && member == PairMember.Anti && phase == CallPhase.Steady)
                    continue;
                using Tensor candidate = Evaluate(suiteType, device, mode, size, member, phase);
                TensorEquivalence.Comparison comparison = TensorEquivalence.Compare(
                    reference, candidate, template.RelativeTolerance, template.AbsoluteTolerance);
                checks.Add(new EquivalenceCheck(
                    Case: $"Device={device}, Size={size}",
                    Reference: Reference,
                    Candidate: phase == CallPhase.Steady ? $"{member}/{mode}" : $"{member}{phase}/{mode}",
                    Equivalent: comparison.Equivalent,
                    MaxAbsoluteDifference: comparison.MaxAbsoluteDifference,
                    RelativeTolerance: template.RelativeTolerance,
                    AbsoluteTolerance: template.AbsoluteTolerance,
                    Detail: comparison.Detail));
            }
        }
        return checks;
    }

    /// <summary>One line naming the first disagreement, or null when every check passed.</summary>
    public static string? FirstFailure(IEnumerable<EquivalenceCheck> checks) => checks
        .Where(c => !c.Equivalent)
        .Select(c => $"outputs differ: {c.Candidate} vs {c.Reference} at {c.Case}: {c.Detail}")
        .FirstOrDefault();

    private static Tensor Evaluate(
        Type suiteType, ComputeDevice device, ExecutionMode mode, int size, PairMember member, CallPhase phase)
    {
        using PairSuite suite = Create(suiteType, device, mode, size);
        suite.GlobalSetup();
        return suite.Evaluate(member, phase);
    }

    private static PairSuite Create(Type suiteType, ComputeDevice device, ExecutionMode mode, int size)
    {
        var suite = (PairSuite)Activator.CreateInstance(suiteType)!;
        suite.Device = device;
        suite.Mode = mode;
        suite.Size = size;
        return suite;
    }
}
