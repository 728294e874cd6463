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
}
