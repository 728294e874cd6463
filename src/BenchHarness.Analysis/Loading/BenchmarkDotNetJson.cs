using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>One element of a report's Benchmarks array, as written: nothing is validated yet.</summary>
internal sealed class BenchmarkRecord
{
    public bool IsObject { get; init; }
    public string? FullName { get; set; }
    public string? DisplayInfo { get; set; }
    public string? MethodTitle { get; set; }
    public string? Method { get; set; }
    public string? Parameters { get; set; }
    public bool HasMeasurements { get; set; }

    /// <summary>The processes' mechanism counts, where the harness wrote them (<see cref="ProcessMechanism.JsonProperty"/>).</summary>
    public List<ProcessMechanism> Mechanism { get; } = [];

    /// <summary>The first measurement that is not even an object, as "measurement #3 is not an object".</summary>
    public string? MeasurementProblem { get; set; }

    /// <summary>Workload and overhead measurements with an IterationStage (BenchmarkDotNet 0.11 and later).</summary>
    public MeasuredTimes Staged { get; } = new("Workload", "Overhead");

    /// <summary>MainTarget and IdleTarget measurements without one (before 0.11).</summary>
    public MeasuredTimes Unstaged { get; } = new("MainTarget", "IdleTarget");
}

/// <summary>A report's structure, as written.</summary>
/// <param name="HasBenchmarks">Whether the root is an object with a 'Benchmarks' array.</param>
/// <param name="AnyStaged">Whether any measurement has an IterationStage.</param>
/// <param name="UnstagedModes">The IterationMode values of measurements without one.</param>
internal sealed record ReportRecord(
    bool HasBenchmarks, IReadOnlyList<BenchmarkRecord> Benchmarks, IReadOnlyDictionary<string, string> HostFacts,
    bool AnyStaged, IReadOnlySet<string> UnstagedModes);

/// <summary>
/// Reads a BenchmarkDotNet full JSON report in one streaming pass, keeping only what the reader uses: the host facts,
/// each benchmark's names, and its workload and overhead times per operation. Memory follows what is kept (8 bytes per
/// measured iteration), not the file, which holds every pilot, warm-up and result iteration as text.
/// </summary>
internal static class BenchmarkDotNetJson
{
    // Names a report repeats millions of times, matched without making a string of each.
    private static readonly string[] Modes =
        ["Workload", "Overhead", "MainTarget", "IdleTarget", "Pilot", "IdleWarmup", "MainWarmup", "Result", "MainJitting", "IdleJitting", "Unknown"];

    private static readonly byte[][] ModeBytes = Modes.Select(Encoding.UTF8.GetBytes).ToArray();

    public static ReportRecord Read(string path, string expected)
    {
        using JsonTokenStream json = JsonTokenStream.Open(path, expected);
        json.Read();
        if (json.TokenType == JsonTokenType.Null)
            throw new ResultSetException(path, $"holds JSON null, expected {expected}", "run it again");

        var benchmarks = new List<BenchmarkRecord>();
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        var unstagedModes = new SortedSet<string>(StringComparer.Ordinal);
        bool hasBenchmarks = false, anyStaged = false;
        if (json.TokenType == JsonTokenType.StartObject)
        {
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                bool isBenchmarks = json.ValueIs("Benchmarks"u8), isHost = json.ValueIs("HostEnvironmentInfo"u8);
                json.Read();
                if (isBenchmarks && json.TokenType == JsonTokenType.StartArray)
                {
                    hasBenchmarks = true;
                    benchmarks.Clear();
                    while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                        benchmarks.Add(ReadBenchmark(json, unstagedModes, ref anyStaged));
                }
                else if (isHost && json.TokenType == JsonTokenType.StartObject)
                    ReadFacts(json, facts);
                else
                    json.Skip();
            }
        }
        else
            json.Skip();
        // The end of the file: anything after the root value is an error the reader raises here.
        json.Read();
        return new ReportRecord(hasBenchmarks, benchmarks, facts, anyStaged, unstagedModes);
    }

    // HostEnvironmentInfo's scalars as JsonElement.ToString() shows them (numbers as written, True/False).
    private static void ReadFacts(JsonTokenStream json, Dictionary<string, string> facts)
    {
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            string name = json.GetString();
            json.Read();
            string? value = json.TokenType switch
            {
                JsonTokenType.String or JsonTokenType.Number => json.Text(),
                JsonTokenType.True => bool.TrueString,
                JsonTokenType.False => bool.FalseString,
                _ => null,
            };
            json.Skip();
            if (value is not null && name is not ("HasAttachedDebugger" or "BenchmarkDotNetCaption"))
                facts[name] = value;
        }
    }

    private static BenchmarkRecord ReadBenchmark(JsonTokenStream json, SortedSet<string> unstagedModes, ref bool anyStaged)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return new BenchmarkRecord { IsObject = false };
        }
        var benchmark = new BenchmarkRecord { IsObject = true };
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueIs("Measurements"u8))
            {
                json.Read();
                if (json.TokenType == JsonTokenType.StartArray)
                {
                    benchmark.HasMeasurements = true;
                    ReadMeasurements(json, benchmark, unstagedModes, ref anyStaged);
                }
                else
                    json.Skip();
                continue;
            }
            if (json.ValueIs("Mechanism"u8))
            {
                json.Read();
                if (json.TokenType == JsonTokenType.StartArray)
                    ReadMechanism(json, benchmark.Mechanism);
                else
                    json.Skip();
                continue;
            }
            string property = json.GetString();
            json.Read();
            string? text = json.TokenType == JsonTokenType.String ? json.GetString() : null;
            json.Skip();
            switch (property)
            {
                case "FullName": benchmark.FullName = text; break;
                case "DisplayInfo": benchmark.DisplayInfo = text; break;
                case "MethodTitle": benchmark.MethodTitle = text; break;
                case "Method": benchmark.Method = text; break;
                case "Parameters": benchmark.Parameters = text; break;
            }
        }
        return benchmark;
    }

    private static void ReadMeasurements(JsonTokenStream json, BenchmarkRecord benchmark, SortedSet<string> unstagedModes, ref bool anyStaged)
    {
        int position = 0;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            position++;
            if (json.TokenType != JsonTokenType.StartObject)
            {
                benchmark.MeasurementProblem ??= $"measurement #{position} is not an object";
                json.Skip();
                continue;
            }
            string? mode = null;
            bool staged = false, actual = false;
            (int Value, string? Problem) launch = (1, null), iteration = (0, null);
            double operations = double.NaN, nanoseconds = double.NaN;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueIs("IterationMode"u8))
                {
                    json.Read();
                    mode = json.TokenType == JsonTokenType.String ? Known(json) : null;
                }
                else if (json.ValueIs("IterationStage"u8))
                {
                    json.Read();
                    staged = true;
                    actual = json.ValueIs("Actual"u8);
                }
                else if (json.ValueIs("LaunchIndex"u8))
                    launch = Index(json, "LaunchIndex");
                else if (json.ValueIs("IterationIndex"u8))
                    iteration = Index(json, "IterationIndex");
                else if (json.ValueIs("Operations"u8))
                    operations = Number(json);
                else if (json.ValueIs("Nanoseconds"u8))
                    nanoseconds = Number(json);
                else
                    json.Read();
                json.Skip();
            }

            anyStaged |= staged;
            MeasurementKind kind = (staged, mode) switch
            {
                (true, "Workload") when actual => MeasurementKind.Workload,
                (true, "Overhead") when actual => MeasurementKind.Overhead,
                (false, "MainTarget") => MeasurementKind.Workload,
                (false, "IdleTarget") => MeasurementKind.Overhead,
                _ => MeasurementKind.Other,
            };
            if (!staged && !anyStaged && mode is not null)
                unstagedModes.Add(mode);
            if (kind != MeasurementKind.Other)
                (staged ? benchmark.Staged : benchmark.Unstaged).Add(kind, position, launch, iteration, operations, nanoseconds);
        }
    }

    // Each process's counts; an element that is not an object, or lacks a count, is left out (the counts are optional).
    private static void ReadMechanism(JsonTokenStream json, List<ProcessMechanism> processes)
    {
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                string name = json.GetString();
                counts[name] = Number(json);
                json.Skip();
            }
            if (counts.GetValueOrDefault(nameof(ProcessMechanism.Operations)) is > 0 and var operations
                && counts.TryGetValue(nameof(ProcessMechanism.Compiles), out double compiles)
                && counts.TryGetValue(nameof(ProcessMechanism.ResidentBytesAtStart), out double before)
                && counts.TryGetValue(nameof(ProcessMechanism.ResidentBytesAtEnd), out double after)
                && new[] { compiles, before, after }.All(double.IsFinite))
                processes.Add(new ProcessMechanism((long)operations, (long)compiles, (long)before, (long)after));
        }
    }

    private static string Known(JsonTokenStream json)
    {
        for (int i = 0; i < Modes.Length; i++)
            if (json.ValueIs(ModeBytes[i]))
                return Modes[i];
        return json.GetString();
    }

    // BenchmarkDotNet writes launch and iteration indexes as JSON integers; anything else is a file of another writer.
    private static (int Value, string? Problem) Index(JsonTokenStream json, string name)
    {
        json.Read();
        if (json.TokenType == JsonTokenType.Number && json.TryGetInt32(out int index) && index >= 0)
            return (index, null);
        string shown = json.TokenType switch
        {
            JsonTokenType.String => $"the string \"{json.GetString()}\"",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => json.Text(),
        };
        return (0, $"{name} is {(shown.Length <= 40 ? shown : $"{shown[..40]}...")}, must be a whole number of at least 0");
    }

    // Writers that allow named literals put NaN and infinities in strings; anything else that is not a number is NaN.
    private static double Number(JsonTokenStream json)
    {
        json.Read();
        return json.TokenType switch
        {
            JsonTokenType.Number => json.TryGetDouble(out double value) ? value : double.NaN,
            JsonTokenType.String => double.TryParse(json.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : double.NaN,
            _ => double.NaN,
        };
    }
}
