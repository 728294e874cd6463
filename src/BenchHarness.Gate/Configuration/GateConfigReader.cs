using System.Text.Json;
using BenchHarness.Gate.Contracts;
using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Gate.Configuration;

/// <summary>
/// Reads <c>benchharness.gate.json</c> strictly: an unknown key, a wrong type or an unreadable threshold is a one-line
/// error naming the file and the JSON path, because a misspelt override that silently does nothing is worse than none.
/// </summary>
public static class GateConfigReader
{
    private static readonly string[] TopLevelKeys =
        ["$schema", "schemaVersion", "threshold", "alpha", "correction", "minimumProcesses", "patterns", "benchmarks", "contracts"];

    public static GateConfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GateConfigException($"config {path}: cannot be read ({e.Message})");
        }
        return Parse(text, path);
    }

    public static GateConfig Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new GateConfigException($"config {source}: not valid JSON ({FirstLine(e.Message)})");
        }

        using (document)
        {
            var reader = new Reader(source);
            JsonElement root = document.RootElement;
            reader.RequireObject(root, "$", TopLevelKeys);

            if (!root.TryGetProperty("schemaVersion", out JsonElement version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out int schemaVersion) || schemaVersion != GateConfig.CurrentSchemaVersion)
                throw reader.Error("$.schemaVersion", $"must be {GateConfig.CurrentSchemaVersion}");

            GateConfig defaults = GateConfig.Defaults;
            Threshold threshold = root.TryGetProperty("threshold", out JsonElement t) ? reader.Threshold(t, "$.threshold") : defaults.Threshold;
            double alpha = root.TryGetProperty("alpha", out JsonElement a) ? reader.Number(a, "$.alpha", min: 1e-9, max: 0.5) : defaults.Alpha;
            Correction correction = root.TryGetProperty("correction", out JsonElement c) ? reader.Correction(c, "$.correction") : defaults.Correction;
            int minimumProcesses = root.TryGetProperty("minimumProcesses", out JsonElement m)
                ? (int)reader.Number(m, "$.minimumProcesses", min: 1, max: 1000, integer: true)
                : defaults.MinimumProcesses;
            var patterns = root.TryGetProperty("patterns", out JsonElement p) ? reader.Overrides(p, "$.patterns", patternKeys: true) : [];
            var benchmarks = root.TryGetProperty("benchmarks", out JsonElement b) ? reader.Overrides(b, "$.benchmarks", patternKeys: false) : [];
            IReadOnlyList<PairContract> contracts = root.TryGetProperty("contracts", out JsonElement k) ? reader.Contracts(k, "$.contracts") : [];
            return new GateConfig(threshold, alpha, correction, minimumProcesses, patterns, benchmarks, contracts, source);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private sealed class Reader(string source)
    {
        public GateConfigException Error(string path, string message) => new($"config {source}: {path} {message}");

        public void RequireObject(JsonElement element, string path, IReadOnlyCollection<string>? allowedKeys)
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw Error(path, $"must be an object, not {Kind(element)}");
            if (allowedKeys is null)
                return;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (!allowedKeys.Contains(property.Name))
                    throw Error(path, $"has an unknown key '{property.Name}' (known: {string.Join(", ", allowedKeys.Where(k => k != "$schema"))})");
            }
        }

        public Threshold Threshold(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.String)
                throw Error(path, $"must be a string such as \"5%\" or \"5%|0.5ms\", not {Kind(element)}");
            try
            {
                return Thresholds.Threshold.Parse(element.GetString()!);
            }
            catch (ThresholdFormatException e)
            {
                throw Error(path, $"is invalid: {e.Message}");
            }
        }

        public double Number(JsonElement element, string path, double min, double max, bool integer = false)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value))
                throw Error(path, $"must be a number, not {Kind(element)}");
            if (value < min || value > max || (integer && value != Math.Floor(value)))
                throw Error(path, $"must be {(integer ? "a whole number" : "a number")} from {min} to {max}, not {element.GetRawText()}");
            return value;
        }

        public Correction Correction(JsonElement element, string path) =>
            element.ValueKind == JsonValueKind.String && CorrectionNames.TryParse(element.GetString()!, out Correction correction)
                ? correction
                : throw Error(path, $"must be \"holm\" or \"benjamini-hochberg\", not {element.GetRawText()}");

        public Dictionary<string, Threshold> Overrides(JsonElement element, string path, bool patternKeys)
        {
            RequireObject(element, path, allowedKeys: null);
            var overrides = new Dictionary<string, Threshold>(StringComparer.Ordinal);
            foreach (JsonProperty entry in element.EnumerateObject())
            {
                string entryPath = $"{path}[\"{entry.Name}\"]";
                if (patternKeys && Catalog.PatternCatalog.Find(entry.Name) is null)
                    throw Error(entryPath, $"is not a pattern id (P01..P{Catalog.PatternCatalog.All.Count:00})");
                RequireObject(entry.Value, entryPath, ["threshold", "why"]);
                if (!entry.Value.TryGetProperty("threshold", out JsonElement threshold))
                    throw Error(entryPath, "needs a \"threshold\"");
                overrides[patternKeys ? entry.Name.ToUpperInvariant() : entry.Name] = Threshold(threshold, $"{entryPath}.threshold");
            }
            return overrides;
        }

        public IReadOnlyList<PairContract> Contracts(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array)
                throw Error(path, $"must be an array, not {Kind(element)}");
            var contracts = new List<PairContract>();
            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                string itemPath = $"{path}[{index++}]";
                (string? rule, string? why) = item.ValueKind switch
                {
                    JsonValueKind.String => (item.GetString(), null),
                    JsonValueKind.Object => ContractObject(item, itemPath),
                    _ => throw Error(itemPath, $"must be a string or an object with \"rule\" and \"why\", not {Kind(item)}"),
                };
                try
                {
                    contracts.Add(PairContract.Parse(rule!, why));
                }
                catch (ContractFormatException e)
                {
                    throw Error(itemPath, $"is invalid: {e.Message}");
                }
            }
            return contracts;
        }

        private (string Rule, string? Why) ContractObject(JsonElement item, string path)
        {
            RequireObject(item, path, ["rule", "why"]);
            if (!item.TryGetProperty("rule", out JsonElement rule) || rule.ValueKind != JsonValueKind.String)
                throw Error(path, "needs a string \"rule\"");
            string? why = item.TryGetProperty("why", out JsonElement w)
                ? w.ValueKind == JsonValueKind.String ? w.GetString() : throw Error($"{path}.why", "must be a string")
                : null;
            return (rule.GetString()!, why);
        }

        private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
    }
}

/// <summary>The names of <see cref="Correction"/> in configs, options and outputs.</summary>
public static class CorrectionNames
{
    public static string Of(Correction correction) => correction == Correction.Holm ? "holm" : "benjamini-hochberg";

    public static bool TryParse(string text, out Correction correction)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "holm":
                correction = Correction.Holm;
                return true;
            case "benjamini-hochberg" or "bh":
                correction = Correction.BenjaminiHochberg;
                return true;
            default:
                correction = default;
                return false;
        }
    }
}

/// <summary>A gate config that cannot be used as written.</summary>
public sealed class GateConfigException(string message) : HarnessException(message);
