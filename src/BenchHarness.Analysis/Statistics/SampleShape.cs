namespace BenchHarness.Analysis.Statistics;

/// <summary>How many processes and iterations one side of a comparison had.</summary>
public sealed record SampleShape(int Processes, int Iterations, int MinIterationsPerProcess)
{
    public static SampleShape Of(IReadOnlyList<double[]> processes) =>
        new(processes.Count, processes.Sum(p => p.Length), processes.Count == 0 ? 0 : processes.Min(p => p.Length));

    public override string ToString() => $"{Processes}x{MinIterationsPerProcess}";
}
