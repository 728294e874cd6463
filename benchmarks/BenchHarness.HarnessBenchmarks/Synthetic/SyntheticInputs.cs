using BenchHarness.Testing;

namespace BenchHarness.HarnessBenchmarks.Synthetic;

/// <summary>
/// Two 500-benchmark result sets written into a fresh temporary directory: a baseline and a current one, two
/// measurements of the same code (different seeds). Deleted on dispose.
/// </summary>
public sealed class SyntheticInputs : IDisposable
{
    private SyntheticInputs(string root)
    {
        Root = root;
        Baseline = LargeResultSet.Create("baseline", firstSeed: 1).WriteTo(Path.Combine(root, "baseline"));
        Current = LargeResultSet.Create("current", firstSeed: 10_001).WriteTo(Path.Combine(root, "current"));
    }

    public string Root { get; }
    public string Baseline { get; }
    public string Current { get; }

    public static SyntheticInputs Write() => new(Directory.CreateTempSubdirectory("harness-speed-").FullName);

    public void Dispose()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
