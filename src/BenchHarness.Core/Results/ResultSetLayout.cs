namespace BenchHarness.Results;

/// <summary>
/// The on-disk shape of a result set: every name its writers (run, the suite host, merge, resume) and readers (the
/// loader) use, under <see cref="Root"/>. Relative names are what the manifest records and what merge and resume move;
/// the instance members are the same names under one result set's root.
/// </summary>
/// <remarks>
/// <code>
/// manifest.json                  the run (RunManifest)
/// &lt;Suite&gt;-report-full.json       a suite's launches joined: BenchmarkDotNet's full JSON
/// logs/&lt;Pnn&gt;.log                 everything a suite's processes printed
/// requests/&lt;name&gt;.json           what the suite host was asked; &lt;name&gt;.outcome.json what it answered
/// bdn/&lt;Suite&gt;/r&lt;round&gt;/c&lt;case&gt;/  one launch's BenchmarkDotNet artifacts, removed once joined
/// superseded/&lt;stamp&gt;/            an earlier attempt's files, moved aside by a resume
/// .lock                          held by the one run writing the set
/// </code>
/// </remarks>
public sealed record ResultSetLayout(string Root)
{
    public const string ManifestFileName = "manifest.json";
    public const string LockFileName = ".lock";
    public const string LogsFolder = "logs";
    public const string RequestsFolder = "requests";
    public const string LaunchesFolder = "bdn";
    public const string SupersededFolder = "superseded";

    /// <summary>Where BenchmarkDotNet writes its reports inside an artifacts folder (ours per launch, or a foreign set's).</summary>
    public const string BenchmarkDotNetResultsFolder = "results";

    /// <summary>How BenchmarkDotNet's full JSON report of a type ends (<c>JsonExporter.Full</c>).</summary>
    public const string FullReportEnding = "-report-full.json";

    /// <summary>How the compressed variant of the full JSON report ends (<c>--exporters json</c>).</summary>
    public const string CompressedFullReportEnding = "-report-full-compressed.json";

    /// <summary>A suite's results file, relative to the root, as the manifest records it.</summary>
    public static string ResultsFileOf(string suite) => suite + FullReportEnding;

    /// <summary>A suite's log, relative to the root, as the manifest records it.</summary>
    public static string LogFileOf(string patternId) => Path.Combine(LogsFolder, $"{patternId}.log");

    /// <summary>A request to the suite host (a suite's preparation, or one launch), relative to the root.</summary>
    public static string RequestFileOf(string name) => Path.Combine(RequestsFolder, $"{name}.json");

    /// <summary>The suite host's answer to <see cref="RequestFileOf"/>, relative to the root.</summary>
    public static string OutcomeFileOf(string name) => Path.Combine(RequestsFolder, $"{name}.outcome.json");

    /// <summary>The launch folders of a suite, relative to the root.</summary>
    public static string LaunchesOf(string suite) => Path.Combine(LaunchesFolder, suite);

    /// <summary>The folder one launch (a case in a round) leaves BenchmarkDotNet's artifacts in, relative to the root.</summary>
    public static string LaunchOf(string suite, int round, int caseIndex) => Path.Combine(LaunchesOf(suite), $"r{round}", $"c{caseIndex}");

    /// <summary>Where a resume at <paramref name="now"/> moves an earlier attempt's files, relative to the root.</summary>
    public static string SupersededAt(DateTimeOffset now) => Path.Combine(SupersededFolder, $"{now:yyyyMMdd-HHmmss}");

    /// <summary>The file-name endings of BenchmarkDotNet's full JSON exporters (indented and compressed).</summary>
    public static IReadOnlyList<string> BenchmarkDotNetReportEndings { get; } = [FullReportEnding, CompressedFullReportEnding];

    /// <summary>Whether a file name is one of BenchmarkDotNet's full JSON reports (indented or compressed).</summary>
    public static bool IsBenchmarkDotNetReport(string file) =>
        BenchmarkDotNetReportEndings.Any(ending => file.EndsWith(ending, StringComparison.OrdinalIgnoreCase));

    public static string ManifestIn(string root) => Path.Combine(root, ManifestFileName);

    public string Manifest => ManifestIn(Root);

    public string Lock => Path.Combine(Root, LockFileName);

    public string Logs => Path.Combine(Root, LogsFolder);

    public string Requests => Path.Combine(Root, RequestsFolder);

    /// <summary>A path relative to the root (one of the relative names above, or one a manifest records) under it.</summary>
    public string In(string relative) => Path.Combine(Root, relative);
}
