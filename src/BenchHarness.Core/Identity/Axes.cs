namespace BenchHarness.Identity;

/// <summary>Which member of a pair a benchmark measures.</summary>
public enum PairMember
{
    /// <summary>The anti-pattern as the study found it in the wild.</summary>
    Anti,

    /// <summary>The study's fix, computing the same function.</summary>
    Fix,
}

/// <summary>How the computation is executed.</summary>
public enum ExecutionMode
{
    /// <summary>Op by op, dispatched from host code.</summary>
    Eager,

    /// <summary>Compiled into a graph function (TorchScript for the TorchSharp engine).</summary>
    Graph,
}

/// <summary>Where the tensors live.</summary>
public enum ComputeDevice
{
    Cpu,
    Cuda,
}

/// <summary>Which calls of a member a benchmark times.</summary>
public enum CallPhase
{
    /// <summary>Steady state: the member called again and again on prepared inputs and compiled graphs.</summary>
    Steady,

    /// <summary>
    /// First-call cost: building the member from scratch (a new graph function: compile, first profiling
    /// invocations) and calling it, as a program pays on its first use; the benchmark method ends in "FirstCall".
    /// </summary>
    FirstCall,

    /// <summary>
    /// Throughput: the steady member called many times per device synchronisation (pipelined, where
    /// <see cref="Steady"/> synchronises after every call), timed per call; the benchmark method ends in "Throughput".
    /// </summary>
    Throughput,
}

/// <summary>How a phase appears in benchmark method names and in text.</summary>
public static class CallPhases
{
    /// <summary>The suffix of the benchmark method: "" (steady), "FirstCall", "Throughput".</summary>
    public static string Suffix(this CallPhase phase) => phase == CallPhase.Steady ? "" : phase.ToString();

    /// <summary>The phase in words, or null for the steady state (which text leaves unsaid): "first call", "throughput".</summary>
    public static string? Words(this CallPhase phase) => phase switch
    {
        CallPhase.FirstCall => "first call",
        CallPhase.Throughput => "throughput",
        _ => null,
    };
}
