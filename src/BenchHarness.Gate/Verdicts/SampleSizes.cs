namespace BenchHarness.Gate.Verdicts;

/// <summary>Processes and measured iterations (all processes together) on each side of a comparison.</summary>
public sealed record SampleSizes(int BaselineProcesses, int BaselineIterations, int CurrentProcesses, int CurrentIterations)
{
    public int FewestProcesses => Math.Min(BaselineProcesses, CurrentProcesses);

    public override string ToString() =>
        $"baseline {BaselineProcesses}x{PerProcess(BaselineIterations, BaselineProcesses)}, current {CurrentProcesses}x{PerProcess(CurrentIterations, CurrentProcesses)}";

    private static string PerProcess(int iterations, int processes) =>
        processes == 0 ? "0" : iterations % processes == 0 ? $"{iterations / processes}" : $"~{iterations / (double)processes:0.#}";
}
