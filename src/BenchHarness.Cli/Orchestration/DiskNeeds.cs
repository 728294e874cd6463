namespace BenchHarness.Cli.Orchestration;

/// <summary>How much a verdict on free disk space says a machine can do.</summary>
public enum DiskVerdict
{
    /// <summary>Room for a run and for a gate (which builds a baseline revision beside this build).</summary>
    Enough,

    /// <summary>Room for a run, not for a gate's baseline build.</summary>
    RunOnly,

    /// <summary>Not even a run's result set and report fit.</summary>
    TooLittle,
}

/// <summary>
/// What a run and a gate write to disk. A run writes its result set and report only (launches run BenchmarkDotNet in
/// the suite host: no project is generated or built, so no natives are copied): the whole catalog at the default
/// profile wrote 9.0 MB of results and 2.9 MB of report here, and each suite's launch folders live only until they are
/// joined. A gate also builds the baseline revision in a worktree, whose output holds the natives again: as much as
/// this build's suite host (about 0.5 GB for the CPU build, about 6 GB for the CUDA one).
/// </summary>
/// <param name="Run">Bytes one run needs, with a wide margin.</param>
/// <param name="Gate">Bytes one gate needs: two result sets and a baseline build the size of this one.</param>
public sealed record DiskNeeds(long Run, long Gate)
{
    /// <summary>About 20 times what the default-profile catalog wrote, for logs of failing suites and reports.</summary>
    public const long RunBytes = 256L * 1024 * 1024;

    /// <summary>The needs when this build's suite host output (its natives) takes <paramref name="buildOutputBytes"/>.</summary>
    public static DiskNeeds For(long buildOutputBytes) => new(RunBytes, 2 * RunBytes + buildOutputBytes);

    public DiskVerdict Judge(long freeBytes) =>
        freeBytes >= Gate ? DiskVerdict.Enough : freeBytes >= Run ? DiskVerdict.RunOnly : DiskVerdict.TooLittle;

    /// <summary>The bytes under <paramref name="directory"/>, links not followed.</summary>
    public static long SizeOf(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Sum(f => f.Length);

    /// <summary>Bytes in a person's unit: "6.1 GiB", "256 MiB".</summary>
    public static string Show(long bytes) => bytes >= 1L << 30
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0} MiB");
}
