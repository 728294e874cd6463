using System.Globalization;
using System.Text.Json;
using BenchHarness.Identity;

namespace BenchHarness.Analysis.Loading;

/// <summary>One BenchmarkDotNet full JSON file, validated.</summary>
/// <param name="Failed">Benchmarks present without workload measurements that are known (or, in a foreign set, assumed) to have failed.</param>
/// <param name="HostFacts">BenchmarkDotNet's <c>HostEnvironmentInfo</c> scalars (OS, processor, runtime, ...), empty when absent.</param>
/// <param name="Notes">What a reader should know about how the file was read (e.g. an old BenchmarkDotNet format).</param>
public sealed record BenchmarkDotNetReport(
    string File,
    IReadOnlyList<BenchmarkSamples> Benchmarks,
    IReadOnlyList<FailedBenchmark> Failed,
    IReadOnlyDictionary<string, string> HostFacts,
    IReadOnlyList<string> Notes);

/// <summary>A benchmark of a report without workload measurements, and the job that tried to measure it.</summary>
public sealed record FailedBenchmark(string FullName, string? Job);

/// <summary>
/// Reads a BenchmarkDotNet full JSON report into per-process samples.
/// </summary>
/// <remarks>
/// The samples are the <c>Workload</c>/<c>Actual</c> measurements, per operation, grouped by <c>LaunchIndex</c> (one
/// process each), minus the median <c>Overhead</c>/<c>Actual</c> per-op time of the same launch when BenchmarkDotNet
/// measured one. That is BenchmarkDotNet's own <c>Result</c> stage before its outlier removal: the <c>Result</c>
/// stage itself drops upper outliers by default, and at the process level those "outliers" are exactly the evidence
/// of a slow process (or a slow phase inside one) that intervals must see. The overhead is kept when subtracting it
/// would leave a time at or below zero (a benchmark as cheap as an empty call). Reports of BenchmarkDotNet before 0.11
/// are read the same way through their own names (<see cref="MeasurementScheme"/>).
/// </remarks>
public static class BenchmarkDotNetReportReader
{
    private const string Remedy = "run the suite again (or re-export with BenchmarkDotNet's JsonExporter.Full)";

    /// <param name="knownFailed">Full names reported failed elsewhere (the manifest): these may lack measurements.</param>
    /// <param name="treatEmptyAsFailed">For foreign sets: a benchmark without measurements is listed as failed
    /// instead of being an error.</param>
    public static BenchmarkDotNetReport Read(string path, IReadOnlySet<string> knownFailed, bool treatEmptyAsFailed)
    {
        using JsonDocument document = JsonFile.Parse(path, "a BenchmarkDotNet full JSON report");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("Benchmarks", out JsonElement benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            throw new ResultSetException(path, "is not a BenchmarkDotNet full JSON report (no 'Benchmarks' array)", Remedy);
        if (benchmarks.GetArrayLength() == 0)
            throw new ResultSetException(path, "holds no benchmarks", Remedy);

        IReadOnlyDictionary<string, string> host = ReadHostFacts(root);
        MeasurementScheme scheme = MeasurementScheme.Detect(path, benchmarks, host.GetValueOrDefault(MeasurementScheme.VersionFact));
        var samples = new List<BenchmarkSamples>();
        var failed = new List<FailedBenchmark>();
        int index = 0;
        foreach (JsonElement benchmark in benchmarks.EnumerateArray())
        {
            index++;
            string fullName = benchmark.ValueKind == JsonValueKind.Object
                              && benchmark.TryGetProperty("FullName", out JsonElement name) && name.ValueKind == JsonValueKind.String
                              && name.GetString() is { Length: > 0 } text
                ? text
                : throw new ResultSetException(path, $"benchmark #{index} has no FullName", Remedy);
            string? job = BenchmarkDotNetJob.Label(benchmark);
            double[][] processes = ReadProcesses(path, fullName, benchmark, scheme, out bool overheadSubtracted);
            if (processes.Length == 0)
            {
                if (knownFailed.Contains(fullName) || treatEmptyAsFailed)
                {
                    failed.Add(new FailedBenchmark(fullName, job));
                    continue;
                }
                throw new ResultSetException(path,
                    $"benchmark '{fullName}' has zero {scheme.WorkloadName} measurements and is not listed as failed", Remedy);
            }
            BenchmarkIdentity? identity = BenchmarkIdentity.TryParse(fullName, out BenchmarkIdentity parsed) ? parsed : null;
            samples.Add(new BenchmarkSamples(fullName, identity, processes, path, overheadSubtracted, job));
        }
        return new BenchmarkDotNetReport(path, samples, failed, host, scheme.Note is { } note ? [$"{Path.GetFileName(path)}: {note}"] : []);
    }

    private readonly record struct Measurement(bool IsOverhead, int Launch, double PerOp);

    private static double[][] ReadProcesses(string path, string fullName, JsonElement benchmark, MeasurementScheme scheme, out bool overheadSubtracted)
    {
        overheadSubtracted = false;
        if (!benchmark.TryGetProperty("Measurements", out JsonElement measurements) || measurements.ValueKind != JsonValueKind.Array)
            throw new ResultSetException(path,
                $"benchmark '{fullName}' has no Measurements array (a brief report holds statistics only)",
                "export with BenchmarkDotNet's JsonExporter.Full");

        var actual = new List<Measurement>();
        int position = 0;
        foreach (JsonElement measurement in measurements.EnumerateArray())
        {
            position++;
            if (measurement.ValueKind != JsonValueKind.Object)
                throw new ResultSetException(path, $"benchmark '{fullName}', measurement #{position} is not an object", Remedy);
            MeasurementKind kind = scheme.KindOf(StringProperty(measurement, "IterationMode"), StringProperty(measurement, "IterationStage"));
            if (kind == MeasurementKind.Other)
                continue;
            string at = $"benchmark '{fullName}', measurement #{position}";
            int launch = Index(path, at, measurement, "LaunchIndex", absent: 1);
            int iteration = Index(path, at, measurement, "IterationIndex", absent: 0);
            string where = $"benchmark '{fullName}', {scheme.NameOf(kind)} launch {launch} iteration {iteration}";
            double operations = Number(measurement, "Operations");
            double nanoseconds = Number(measurement, "Nanoseconds");
            if (double.IsNaN(operations) || operations <= 0)
                throw new ResultSetException(path, $"{where}: Operations is {Show(operations)}, must be a positive count", Remedy);
            if (!double.IsFinite(operations) || operations != Math.Floor(operations))
                throw new ResultSetException(path, $"{where}: Operations is {Show(operations)}, must be a whole count", Remedy);
            if (double.IsNaN(nanoseconds) || double.IsInfinity(nanoseconds))
                throw new ResultSetException(path, $"{where}: time is {Show(nanoseconds)}", Remedy);
            if (nanoseconds < 0)
                throw new ResultSetException(path, $"{where}: time is negative ({Show(nanoseconds)} ns)", Remedy);
            if (nanoseconds == 0 && kind == MeasurementKind.Workload)
                throw new ResultSetException(path, $"{where}: time is zero (the timer did not advance)", Remedy);
            double perOp = nanoseconds / operations;
            if (perOp == 0 && kind == MeasurementKind.Workload)
                throw new ResultSetException(path,
                    $"{where}: time per operation rounds to zero ({Show(nanoseconds)} ns over {Show(operations)} operations)", Remedy);
            actual.Add(new Measurement(kind == MeasurementKind.Overhead, launch, perOp));
        }

        var launches = actual.Where(m => !m.IsOverhead).GroupBy(m => m.Launch).OrderBy(g => g.Key).ToArray();
        double[][] raw = launches.Select(g => g.Select(m => m.PerOp).ToArray()).ToArray();
        double[] overheads = launches
            .Select(g => actual.Where(m => m.IsOverhead && m.Launch == g.Key).Select(m => m.PerOp).ToArray())
            .Select(o => o.Length == 0 ? double.NaN : Statistics.Estimators.Median(o))
            .ToArray();
        if (raw.Length == 0 || overheads.Any(double.IsNaN))
            return raw;
        double[][] net = raw.Select((times, p) => times.Select(t => t - overheads[p]).ToArray()).ToArray();
        if (net.Any(times => times.Any(t => t <= 0)))
            return raw;
        overheadSubtracted = true;
        return net;
    }

    // BenchmarkDotNet writes launch and iteration indexes as JSON integers; anything else is a file of another writer.
    private static int Index(string path, string at, JsonElement measurement, string name, int absent)
    {
        if (!measurement.TryGetProperty(name, out JsonElement value))
            return absent;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int index) && index >= 0)
            return index;
        string shown = value.ValueKind == JsonValueKind.String ? $"the string \"{value.GetString()}\"" : value.GetRawText();
        throw new ResultSetException(path, $"{at}: {name} is {Shorten(shown)}, must be a whole number of at least 0", Remedy);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..40]}...";

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    // Writers that allow named literals put NaN and infinities in strings; anything else that is not a number is NaN.
    private static double Number(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out JsonElement value))
            return double.NaN;
        if (value.ValueKind == JsonValueKind.Number)
            return value.TryGetDouble(out double number) ? number : double.NaN;
        return value.ValueKind == JsonValueKind.String
               && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : double.NaN;
    }

    private static string Show(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    private static IReadOnlyDictionary<string, string> ReadHostFacts(JsonElement root)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("HostEnvironmentInfo", out JsonElement host) && host.ValueKind == JsonValueKind.Object)
            foreach (JsonProperty property in host.EnumerateObject())
                if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    && property.Name is not ("HasAttachedDebugger" or "BenchmarkDotNetCaption"))
                    facts[property.Name] = property.Value.ToString();
        return facts;
    }
}
