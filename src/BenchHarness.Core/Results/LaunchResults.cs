using System.Text.Json;
using System.Text.Json.Nodes;

namespace BenchHarness.Results;

/// <summary>One measured process's BenchmarkDotNet full JSON and the round it was measured in.</summary>
public sealed record LaunchResult(int Round, string JsonFile);

/// <summary>
/// Joins the BenchmarkDotNet full JSON of every launch of a suite (one case, one process each) into the suite's
/// results file, in BenchmarkDotNet's own schema: one entry per case holding the measurements of all its launches,
/// each measurement's <c>LaunchIndex</c> set to its round. The per-launch <c>Statistics</c> would describe one process
/// only, so the joined entries carry none (as BenchmarkDotNet writes for a case without results); readers that need
/// them recompute from <c>Measurements</c>, as the harness's loader does. Each launch's <see cref="ProcessMechanism"/>
/// counts, where it wrote them, are joined the same way.
/// </summary>
public static class LaunchResults
{
    public static void Merge(IReadOnlyList<LaunchResult> launches, string outputFile, string title)
    {
        if (launches.Count == 0)
            throw new ArgumentException("There is nothing to merge.", nameof(launches));
        JsonObject? host = null;
        var byCase = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (LaunchResult launch in launches.OrderBy(l => l.Round))
        {
            JsonObject report = JsonNode.Parse(File.ReadAllText(launch.JsonFile))?.AsObject()
                ?? throw new InvalidDataException($"{launch.JsonFile} is not a JSON object");
            host ??= report["HostEnvironmentInfo"]?.DeepClone().AsObject();
            foreach (JsonNode? node in report["Benchmarks"]?.AsArray() ?? [])
            {
                if (node is not JsonObject benchmark || benchmark["FullName"]?.GetValue<string>() is not string fullName)
                    continue;
                if (!byCase.TryGetValue(fullName, out JsonObject? merged))
                {
                    merged = (JsonObject)benchmark.DeepClone();
                    merged["Statistics"] = null;
                    merged["Measurements"] = new JsonArray();
                    merged.Remove(ProcessMechanism.JsonProperty);
                    byCase[fullName] = merged;
                    order.Add(fullName);
                }
                JsonArray measurements = merged["Measurements"]!.AsArray();
                foreach (JsonNode? measurement in benchmark["Measurements"]?.AsArray() ?? [])
                {
                    if (measurement?.DeepClone() is JsonObject copy)
                    {
                        copy["LaunchIndex"] = launch.Round;
                        measurements.Add(copy);
                    }
                }
                foreach (JsonNode? process in benchmark[ProcessMechanism.JsonProperty]?.AsArray() ?? [])
                {
                    if (process?.DeepClone() is not JsonObject copy)
                        continue;
                    copy["LaunchIndex"] = launch.Round;
                    if (merged[ProcessMechanism.JsonProperty] is not JsonArray processes)
                        merged[ProcessMechanism.JsonProperty] = processes = new JsonArray();
                    processes.Add(copy);
                }
            }
        }
        var joined = new JsonObject
        {
            ["Title"] = title,
            ["HostEnvironmentInfo"] = host,
            ["Benchmarks"] = new JsonArray(order.Select(name => (JsonNode)byCase[name]).ToArray()),
        };
        AtomicFile.WriteAllText(outputFile, joined.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
