using System.Globalization;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// One benchmark's workload and overhead times per operation, by launch, in one measurement scheme, validated as they
/// are read; or the first thing wrong with them, said once the scheme is known to be the file's (a file is refused for
/// the measurements it is read by, never for others).
/// </summary>
internal sealed class MeasuredTimes(string workloadName, string overheadName)
{
    // About 32 years: no timer measured more, and beyond about 1e300 the statistics' sums overflow to infinity.
    private const double MaxNanosecondsPerOperation = 1e18;

    private readonly SortedDictionary<int, List<double>> workload = [];
    private readonly Dictionary<int, List<double>> overhead = [];

    /// <summary>What is wrong, as "Workload launch 1 iteration 2: time is NaN" (the benchmark's name goes before it).</summary>
    public string? Problem { get; private set; }

    public void Add(MeasurementKind kind, int position, (int Value, string? Problem) launch, (int Value, string? Problem) iteration,
        double operations, double nanoseconds)
    {
        if (Problem is not null)
            return;
        if ((launch.Problem ?? iteration.Problem) is { } index)
        {
            Problem = $"measurement #{position}: {index}";
            return;
        }
        bool isWorkload = kind == MeasurementKind.Workload;
        Problem = ProblemOf($"{(isWorkload ? workloadName : overheadName)} launch {launch.Value} iteration {iteration.Value}",
            isWorkload, operations, nanoseconds);
        if (Problem is not null)
            return;
        IDictionary<int, List<double>> byLaunch = isWorkload ? workload : overhead;
        if (!byLaunch.TryGetValue(launch.Value, out List<double>? times))
            byLaunch[launch.Value] = times = [];
        times.Add(nanoseconds / operations);
    }

    private static string? ProblemOf(string where, bool isWorkload, double operations, double nanoseconds)
    {
        if (double.IsNaN(operations) || operations <= 0)
            return $"{where}: Operations is {Show(operations)}, must be a positive count";
        if (!double.IsFinite(operations) || operations != Math.Floor(operations))
            return $"{where}: Operations is {Show(operations)}, must be a whole count";
        if (!double.IsFinite(nanoseconds))
            return $"{where}: time is {Show(nanoseconds)}";
        if (nanoseconds < 0)
            return $"{where}: time is negative ({Show(nanoseconds)} ns)";
        if (nanoseconds == 0 && isWorkload)
            return $"{where}: time is zero (the timer did not advance)";
        if (nanoseconds / operations == 0 && isWorkload)
            return $"{where}: time per operation rounds to zero ({Show(nanoseconds)} ns over {Show(operations)} operations)";
        if (nanoseconds / operations > MaxNanosecondsPerOperation)
            return $"{where}: time per operation is {Show(nanoseconds / operations)} ns, more than 30 years";
        return null;
    }

    /// <summary>The launch index of each array <see cref="Processes"/> returns, in the same order.</summary>
    public IReadOnlyList<int> Launches => workload.Keys.ToArray();

    /// <summary>
    /// Per-op times, one array per launch in launch order, minus the launch's median overhead when every launch has
    /// one and subtracting it leaves every time above zero (then <paramref name="overheadSubtracted"/>).
    /// </summary>
    public double[][] Processes(out bool overheadSubtracted)
    {
        overheadSubtracted = false;
        double[][] raw = workload.Values.Select(times => times.ToArray()).ToArray();
        double[] overheads = workload.Keys
            .Select(launch => overhead.TryGetValue(launch, out List<double>? o) ? Statistics.Estimators.Median(o.ToArray()) : double.NaN)
            .ToArray();
        if (raw.Length == 0 || overheads.Any(double.IsNaN))
            return raw;
        for (int p = 0; p < raw.Length; p++)
            if (raw[p].Any(t => t - overheads[p] <= 0))
                return raw;
        for (int p = 0; p < raw.Length; p++)
            for (int i = 0; i < raw[p].Length; i++)
                raw[p][i] -= overheads[p];
        overheadSubtracted = true;
        return raw;
    }

    private static string Show(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };
}
