using BenchHarness.Text;
using Perfolizer.Mathematics.Multimodality;

namespace BenchHarness.Analysis.Statistics;

/// <summary>Whether a sample looks multimodal, by Perfolizer's mValue, and how far its processes disagree.</summary>
/// <param name="MValue">Brendan Gregg's mValue (Perfolizer <c>MValueCalculator</c>): about 2 for one mode, higher with more.</param>
/// <param name="ProcessSpread">Largest over smallest process's fastest iteration (<see cref="Estimators.ProcessSpread"/>).</param>
public sealed record ModalityAssessment(double MValue, double ProcessSpread)
{
    /// <summary>mValue at or above which BenchmarkDotNet reports "the distribution is bimodal".</summary>
    public const double MultimodalMValue = 3.2;

    /// <summary>A process spread above this (10%) means processes disagree more than iterations within them typically do.</summary>
    public const double DisagreeingProcessSpread = 1.10;

    public bool IsMultimodal => MValue >= MultimodalMValue;

    public bool ProcessesDisagree => ProcessSpread > DisagreeingProcessSpread;

    /// <summary>Null when neither warning applies; otherwise one line for people.</summary>
    public string? Warning => Describe(briefMultimodal: false, briefDisagreement: false);

    /// <summary>
    /// The warning with the parts named brief reduced to their marker ("multimodal", "processes disagree"): for a page
    /// that states those once, with their numbers, above its rows.
    /// </summary>
    public string? Describe(bool briefMultimodal, bool briefDisagreement)
    {
        var parts = new List<string>(2);
        if (IsMultimodal)
            parts.Add(briefMultimodal ? "multimodal" : $"multimodal (mValue {Numbers.Plain(MValue, "0.00")})");
        if (ProcessesDisagree)
            parts.Add(briefDisagreement ? "processes disagree" : $"processes disagree (fastest iterations differ {Numbers.Ratio(ProcessSpread)})");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}

public static class Modality
{
    /// <summary>The mValue of the pooled sample, and the spread of its process medians.</summary>
    public static ModalityAssessment Assess(IReadOnlyList<double[]> processes) =>
        new(MValue(processes.SelectMany(p => p).ToArray()), Estimators.ProcessSpread(processes));

    /// <summary>Values past which the mValue is that of this many evenly spaced order statistics of the sample.</summary>
    public const int MValueSampleLimit = 2_000;

    /// <summary>mValue of <paramref name="values"/>; 1 for a sample too small or too flat to have a histogram (one mode).</summary>
    /// <remarks>
    /// The calculator's cost grows with the square of the sample (15 s for 40,000 values, hours for millions), so a
    /// larger sample is represented by <see cref="MValueSampleLimit"/> evenly spaced order statistics: the same shape.
    /// </remarks>
    public static double MValue(IReadOnlyList<double> values)
    {
        if (values.Count < 2 || values.Min() == values.Max())
            return 1;
        return MValueCalculator.Calculate(Estimators.EvenlySpacedOrderStatistics(values, MValueSampleLimit).ToArray());
    }
}
