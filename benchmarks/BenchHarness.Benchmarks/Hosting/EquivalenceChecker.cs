using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// Before anything is timed: every member in every selected mode must compute what the anti-pattern computes
/// eagerly, for every device and size, with the threads and seed the timing will use. A member is compared on
/// <see cref="PairSuite.EquivalenceCalls"/> consecutive calls (call k against the reference's call k), so state that
/// changes from call to call (a schedule, a stream of shapes, a cache that fills and is emptied) is checked too; a
/// first use on each of its calls. A pair that disagrees is not a pair, and is not timed.
/// </summary>
public static class EquivalenceChecker
{
    private const string Reference = "Anti/Eager";

    public static IReadOnlyList<EquivalenceCheck> Check(
        Type suiteType, IEnumerable<ComputeDevice> devices, IReadOnlyList<ExecutionMode> modes, TorchSettings session)
    {
        var checks = new List<EquivalenceCheck>();
        PairSuite template = Create(suiteType, ComputeDevice.Cpu, ExecutionMode.Eager, size: 0, session);
        int calls = template.EquivalenceCalls;
        CallPhase[] phases = template.MeasuresFirstCall ? [CallPhase.Steady, CallPhase.FirstCall] : [CallPhase.Steady];
        foreach (ComputeDevice device in devices)
        foreach (int size in template.SizesOn(device))
        {
            using Outputs reference = Evaluate(suiteType, device, ExecutionMode.Eager, size, suite => suite.Evaluate(PairMember.Anti, CallPhase.Steady, calls), session);
            foreach (CallPhase phase in phases)
            foreach (ExecutionMode mode in modes)
            foreach (PairMember member in Enum.GetValues<PairMember>())
            {
                if (mode == ExecutionMode.Eager && member == PairMember.Anti && phase == CallPhase.Steady)
                    continue;
                using Outputs candidate = Evaluate(suiteType, device, mode, size, suite => suite.Evaluate(member, phase, calls), session);
                checks.Add(Checked(device, size, phase == CallPhase.Steady ? $"{member}/{mode}" : $"{member}{phase}/{mode}", reference, candidate, template));
            }
            foreach (MemberVariant variant in template.Variants.Where(v => modes.Contains(v.Mode) && (v.Phase == CallPhase.Steady || template.MeasuresFirstCall)))
            {
                using Outputs candidate = Evaluate(suiteType, device, variant.Mode, size, suite => suite.Evaluate(variant, calls), session);
                checks.Add(Checked(device, size, $"{variant.MethodName}/{variant.Mode}", reference, candidate, template));
            }
        }
        return checks;
    }

    private static EquivalenceCheck Checked(ComputeDevice device, int size, string candidateName, Outputs reference, Outputs candidate, PairSuite template)
    {
        TensorEquivalence.Comparison comparison = Compare(reference, candidate, template);
        return new EquivalenceCheck(
            Case: $"Device={device}, Size={size}",
            Reference: Reference,
            Candidate: candidateName,
            Equivalent: comparison.Equivalent,
            MaxAbsoluteDifference: comparison.MaxAbsoluteDifference,
            RelativeTolerance: template.RelativeTolerance,
            AbsoluteTolerance: template.AbsoluteTolerance,
            Detail: comparison.Detail);
    }

    /// <summary>One line naming the first disagreement, or null when every check passed.</summary>
    public static string? FirstFailure(IEnumerable<EquivalenceCheck> checks) => checks
        .Where(c => !c.Equivalent)
        .Select(c => $"outputs differ: {c.Candidate} vs {c.Reference} at {c.Case}: {c.Detail}")
        .FirstOrDefault();

    // Call k of the candidate against call k of the reference; the largest difference over all calls, and the first
    // call that disagrees.
    private static TensorEquivalence.Comparison Compare(Outputs reference, Outputs candidate, PairSuite template)
    {
        if (candidate.Tensors.Count > reference.Tensors.Count)
            throw new InvalidOperationException(
                $"{template.GetType().Name}: a first use makes {candidate.Tensors.Count} calls, EquivalenceCalls must be at least that");
        double largest = 0;
        for (int call = 0; call < candidate.Tensors.Count; call++)
        {
            TensorEquivalence.Comparison one = TensorEquivalence.Compare(
                reference.Tensors[call], candidate.Tensors[call], template.RelativeTolerance, template.AbsoluteTolerance);
            if (!one.Equivalent)
                return one with { Detail = $"call {call + 1} of {candidate.Tensors.Count}: {one.Detail}" };
            largest = Math.Max(largest, one.MaxAbsoluteDifference);
        }
        return new(true, largest, null);
    }

    private static Outputs Evaluate(Type suiteType, ComputeDevice device, ExecutionMode mode, int size,
        Func<PairSuite, IReadOnlyList<Tensor>> evaluate, TorchSettings session)
    {
        using PairSuite suite = Create(suiteType, device, mode, size, session);
        suite.GlobalSetup();
        return new Outputs(evaluate(suite));
    }

    private static PairSuite Create(Type suiteType, ComputeDevice device, ExecutionMode mode, int size, TorchSettings session)
    {
        var suite = (PairSuite)Activator.CreateInstance(suiteType)!;
        suite.Device = device;
        suite.Mode = mode;
        suite.Size = size;
        suite.Session = session;
        return suite;
    }

    private sealed record Outputs(IReadOnlyList<Tensor> Tensors) : IDisposable
    {
        public void Dispose()
        {
            foreach (Tensor tensor in Tensors)
                tensor.Dispose();
        }
    }
}
