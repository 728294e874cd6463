namespace BenchHarness.Analysis.Statistics;

/// <summary>One benchmark's sample at a glance: what a table row of a report shows, paired or not.</summary>
/// <param name="Median">Median of all iterations pooled (the value every ratio uses).</param>
/// <param name="ProcessMedians">Each process's median, in process order.</param>
/// <param name="Min">Fastest iteration; <paramref name="Max"/> the slowest.</param>
public sealed record SampleSummary(
    double Median,
    IReadOnlyList<double> ProcessMedians,
    double Min,
    double Max,
    SampleShape Shape,
    ModalityAssessment Modality)
{
    public static SampleSummary Of(IReadOnlyList<double[]> processes)
    {
        double[] pooled = processes.SelectMany(p => p).ToArray();
        return new SampleSummary(Estimators.Median(pooled), Estimators.ProcessMedians(processes), pooled.Min(), pooled.Max(),
            SampleShape.Of(processes), Statistics.Modality.Assess(processes));
    }
}
