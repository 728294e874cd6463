namespace BenchHarness.Results;

/// <summary>
/// The facts of an environment that a fair timing comparison must hold equal (machine, CPU, OS, .NET, engine and
/// backend, native runtime and package versions, threads, devices, GPU names, CUDA runtime, cuDNN and driver), as named,
/// ordered strings so that two fingerprints compare fact by fact and new facts need no new code.
/// </summary>
/// <param name="Facts">Fact name to value, e.g. "cpu" -> "Intel(R) Xeon(R) Processor", "package:TorchSharp" -> "0.107.0".</param>
/// <param name="IsPartial">True when built from BenchmarkDotNet's host information (no manifest): engine facts are unknown.</param>
public sealed record EnvironmentFingerprint(IReadOnlyDictionary<string, string> Facts, bool IsPartial)
{
    public static EnvironmentFingerprint FromManifest(RunManifest manifest) =>
        Of(manifest.Machine, manifest.Engine, manifest.Options.Threads, manifest.Devices);

    /// <summary>The fingerprint of a run with <paramref name="threads"/> on these devices, here: what resume checks against.</summary>
    public static EnvironmentFingerprint Of(MachineInfo machine, EngineInfo engine, int threads, IEnumerable<DeviceAvailability> devices)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["machine"] = machine.MachineName,
            ["cpu"] = machine.Cpu,
            ["logical-cores"] = machine.LogicalCores.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["os"] = machine.OperatingSystem,
            ["dotnet"] = machine.DotNetVersion,
            ["engine"] = $"{engine.Engine} {engine.EngineVersion}",
            ["runtime"] = engine.RuntimeVersion,
            ["backend"] = engine.Backend,
            ["threads"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["threads.intra-op"] = engine.IntraOpThreads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["threads.inter-op"] = engine.InterOpThreads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gpus"] = engine.Gpus.Count == 0 ? "none" : string.Join("; ", engine.Gpus),
            ["devices"] = string.Join(", ", devices.Where(d => d.Used).Select(d => d.Device).Order(StringComparer.Ordinal)),
        };
        foreach ((string fact, string value) in CudaFacts(engine))
            facts[fact] = value;
        foreach ((string package, string version) in engine.Packages)
            facts[$"package:{package}"] = version;
        return new EnvironmentFingerprint(facts, IsPartial: false);
    }

    /// <summary>
    /// The CUDA stack as facts: "none" on a CPU build (which never loads CUDA), "unknown" for what a CUDA build could not
    /// read. A CUDA build runs even its CPU cases with the CUDA backend loaded, so its backend fact alone already keeps it
    /// from being compared with a CPU build.
    /// </summary>
    private static IEnumerable<(string Fact, string Value)> CudaFacts(EngineInfo engine)
    {
        bool cudaBuild = engine.Backend == "cuda";
        string Value(string? version) => !cudaBuild ? CudaStack.NotUsed : version ?? CudaStack.Unknown;
        yield return ("cuda.runtime", Value(engine.Cuda?.Runtime));
        yield return ("cuda.cudnn", Value(engine.Cuda?.Cudnn));
        yield return ("cuda.driver", Value(engine.Cuda?.Driver));
    }

    /// <summary>
    /// BenchmarkDotNet's <c>HostEnvironmentInfo</c> as the manifest's facts, so a foreign set compares with one of ours:
    /// OsVersion (with its Architecture, as the manifest writes it) is "os", ProcessorName "cpu", LogicalCoreCount
    /// ("ProcessorCount" before 0.11) "logical-cores", RuntimeVersion "dotnet", BenchmarkDotNetVersion
    /// "package:BenchmarkDotNet". Facts without a manifest counterpart keep BenchmarkDotNet's name ("bdn:Configuration")
    /// and compare with other foreign sets only.
    /// </summary>
    public static EnvironmentFingerprint FromBenchmarkDotNetHost(IReadOnlyDictionary<string, string> hostFacts)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string value) in hostFacts)
        {
            if (name == "Architecture" && hostFacts.ContainsKey("OsVersion"))
                continue;
            if (name == "ProcessorCount" && hostFacts.ContainsKey("LogicalCoreCount"))
                continue;
            facts[name switch
            {
                "OsVersion" => "os",
                "ProcessorName" => "cpu",
                "LogicalCoreCount" or "ProcessorCount" => "logical-cores",
                "RuntimeVersion" => "dotnet",
                "BenchmarkDotNetVersion" => "package:BenchmarkDotNet",
                _ => $"bdn:{name}",
            }] = name == "OsVersion" && hostFacts.TryGetValue("Architecture", out string? architecture) ? $"{value} ({architecture})" : value;
        }
        return new EnvironmentFingerprint(facts, IsPartial: true);
    }

    /// <summary>The facts both fingerprints can be compared on: all of them, unless either side is partial (then the shared ones).</summary>
    public IReadOnlyList<string> ComparableFacts(EnvironmentFingerprint current) =>
        (IsPartial || current.IsPartial ? Facts.Keys.Intersect(current.Facts.Keys) : Facts.Keys.Union(current.Facts.Keys))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Every fact whose value differs, in name order so messages are stable; empty when the environments match.
    /// A fact known on one side only is a difference, unless either side is partial (then only shared facts count).
    /// Two manifests compare exactly; against a partial side, values compare word by word (<see cref="SameWords"/>),
    /// because BenchmarkDotNet spells the same machine differently ("Intel Xeon Processor", "Intel(R) Xeon(R) Processor").
    /// </summary>
    public IReadOnlyList<EnvironmentDifference> DifferencesFrom(EnvironmentFingerprint current)
    {
        bool spelledDifferently = IsPartial || current.IsPartial;
        return ComparableFacts(current)
            .Select(fact => new EnvironmentDifference(fact, Facts.GetValueOrDefault(fact), current.Facts.GetValueOrDefault(fact)))
            .Where(d => !string.Equals(d.Baseline, d.Current, StringComparison.Ordinal)
                        && !(spelledDifferently && d.Baseline is not null && d.Current is not null && SameWords(d.Baseline, d.Current)))
            .ToArray();
    }

    /// <summary>
    /// Whether every word of one value appears in the other, ignoring case, punctuation and marks that carry no fact
    /// ("(R)", "(TM)", "@", "Microsoft"); a version matches a longer one it begins ("10.0.19045" and "10.0.19045.3693").
    /// So ".NET 10.0.12" matches ".NET 10.0.12 (10.0.12, 10.0.1226.42308)" and "Ubuntu 22.04.3 LTS (X64)" matches
    /// "Linux Ubuntu 22.04.3 LTS (Jammy Jellyfish) (X64)", but no two operating systems, CPUs or versions match.
    /// </summary>
    public static bool SameWords(string a, string b)
    {
        string[] left = Words(a), right = Words(b);
        return left.Length > 0 && right.Length > 0 && (Covers(left, right) || Covers(right, left));

        static bool Covers(string[] words, string[] within) => words.All(w => within.Any(o => w == o || IsVersionPrefix(w, o) || IsVersionPrefix(o, w)));

        static bool IsVersionPrefix(string shorter, string longer) =>
            char.IsDigit(shorter[0]) && longer.StartsWith(shorter + ".", StringComparison.Ordinal);
    }

    private static readonly string[] Marks = ["(r)", "(tm)", "(c)"];

    private static readonly string[] NoFact = ["@", "microsoft"];

    private static string[] Words(string value)
    {
        string text = value.ToLowerInvariant();
        foreach (string mark in Marks)
            text = text.Replace(mark, " ", StringComparison.Ordinal);
        return text.Split([' ', '\t', '(', ')', '[', ']', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ':', '-'))
            .Where(w => w.Length > 0 && !NoFact.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
