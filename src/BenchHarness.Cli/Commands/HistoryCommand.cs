using System.CommandLine;
using System.Globalization;
using BenchHarness.Analysis.Loading;
using BenchHarness.Cli.Orchestration;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Pages;
using BenchHarness.History.Store;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>benchharness history add|report</c>: result sets of a branch in one SQLite store, and the page of their trends
/// over commits with change points; <c>report --fail-on-change</c> follows compare's exit codes (1: regressed).
/// </summary>
public static class HistoryCommand
{
    /// <summary>Where the store lives unless --store says otherwise.</summary>
    public static string DefaultStore => Path.Combine(RepositoryLayout.ResultsRoot, "history.db");

    public static Command Create() => new("history", "Keep every result set of a branch in one store, and chart its trends over commits with change points.")
    {
        AddVerb(), ReportVerb(),
    };

    private static Option<string> StoreOption() => new("--store")
    {
        Description = "The history store (an SQLite file). Default: results/history.db.",
        DefaultValueFactory = _ => DefaultStore,
    };

    private static Command AddVerb()
    {
        var sets = new Argument<string[]>("result-sets")
        {
            Description = "Result sets to add: directories 'benchharness run' wrote, or BenchmarkDotNet *-report-full.json folders or files.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<string> store = StoreOption();
        var commit = new Option<string?>("--commit") { Description = "The commit the sets were measured at (needed for sets without a manifest)." };
        var branch = new Option<string?>("--branch") { Description = "The branch they belong to (needed for sets without a manifest)." };
        var time = new Option<string?>("--time") { Description = "When they were measured, ISO 8601 (default: the manifest's start, else the newest file's time)." };
        var command = new Command("add", "Add result sets to the history store; a set stored already is left as it is.") { sets, store, commit, branch, time };
        command.SetAction(parsed => CommandAction.Guard(() => Add(
            parsed.GetValue(sets)!, parsed.GetValue(store)!,
            new GivenFacts(parsed.GetValue(commit), parsed.GetValue(branch), ParseTime(parsed.GetValue(time))))));
        return command;
    }

    private static Command ReportVerb()
    {
        Option<string> store = StoreOption();
        var branch = new Option<string>("--branch") { Description = "The branch whose history to show.", DefaultValueFactory = _ => "main" };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Directory for index.html, history.md and history.json. Default: reports/history. Files there are replaced (derived data).",
        };
        var failOnChange = new Option<bool>("--fail-on-change") { Description = "Exit 1 when the newest change point of any series is a regression." };
        var minimumChange = new Option<string>("--min-change")
        {
            Description = "Changes smaller than this are merged away (a percentage).",
            DefaultValueFactory = _ => "2%",
        };
        var command = new Command("report", "Write the history page (trends over commits, change points named by commit), history.md and history.json.")
        {
            store, branch, output, failOnChange, minimumChange,
        };
        command.SetAction(parsed => CommandAction.Guard(() => Report(
            parsed.GetValue(store)!, parsed.GetValue(branch)!, parsed.GetValue(output), parsed.GetValue(failOnChange),
            DetectionSettings.Default with { MinimumChange = ParsePercent(parsed.GetValue(minimumChange)!) })));
        return command;
    }

    private static int Add(IReadOnlyList<string> paths, string storePath, GivenFacts given)
    {
        // Everything is loaded and checked before the store is opened: a bad set leaves the store untouched.
        var runs = new List<RunToAdd>();
        foreach (string path in paths)
        {
            OutputFiles.RefuseInside(new OutputFile("--store", storePath), [InputPath.ResultSet(path)]);
            runs.Add(RunToAdd.Of(ResultSetLoader.Load(path).EnsureComplete(), given));
        }
        using HistoryStore store = HistoryStore.Open(storePath, create: true);
        if (store.OpenedAtVersion < StoreSchema.CurrentVersion && store.OpenedAtVersion > 0)
            Console.Out.WriteLine($"migrated {storePath} from schema version {store.OpenedAtVersion} to {StoreSchema.CurrentVersion}");
        foreach (AddedRun added in store.Add(runs))
            Console.Out.WriteLine(added.AlreadyStored
                ? $"already stored: {added.Name} (as {added.StoredAs}); nothing added"
                : string.Create(CultureInfo.InvariantCulture,
                    $"added {added.Name}: commit {CommitText.Short(added.Facts.Commit)}, branch {added.Facts.Branch}, {added.Facts.Machine}, {added.Benchmarks} benchmarks, {added.SpeedUps} speed-ups"));
        Console.Out.WriteLine($"store: {storePath} (schema version {StoreSchema.CurrentVersion})");
        return ExitCodes.Success;
    }

    private static int Report(string storePath, string branch, string? output, bool failOnChange, DetectionSettings settings)
    {
        string directory = output ?? Path.Combine(RepositoryLayout.CurrentRoot, "reports", "history");
        OutputFiles.RefuseEmpty("--out", directory, "a directory");
        var files = new[] { HistoryPage.FileName, HistoryMarkdown.FileName, HistoryJson.FileName }
            .Select(name => new OutputFile("--out", Path.Combine(directory, name))).ToArray();
        foreach (OutputFile file in files)
            OutputFiles.RefuseInside(file, [new InputPath("history store", storePath)]);

        HistoryReport report;
        using (HistoryStore store = HistoryStore.Open(storePath, create: false))
            report = HistoryReport.Build(store, branch, settings);
        string[] contents = [HistoryPage.Render(report), HistoryMarkdown.Render(report), HistoryJson.Render(report)];
        foreach (string written in OutputFiles.Write(files.Zip(contents).ToArray()))
            Console.Out.WriteLine(written);

        int changes = report.Machines.Sum(m => m.Series.Sum(s => s.Changes.Count));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Runs} runs, {report.Machines.Sum(m => m.Series.Count)} series, {changes} change point(s), {report.StandingRegressions.Count} standing regression(s)"));
        foreach (var (_, series) in report.StandingRegressions.Take(10))
            Console.Out.WriteLine($"regressed: {HistoryPage.Describe(series)}");
        int exitCode = report.ExitCode(failOnChange);
        if (exitCode == ExitCodes.Regression)
            Console.Error.WriteLine($"benchharness: {report.StandingRegressions.Count} series stand regressed at their newest change point (--fail-on-change)");
        return exitCode;
    }

    private static DateTimeOffset? ParseTime(string? text)
    {
        if (text is null)
            return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time)
            ? time
            : throw new OptionException($"--time must be a time such as 2026-12-02T08:00:00Z, not '{text}'");
    }

    private static double ParsePercent(string text)
    {
        string number = text.Trim().TrimEnd('%');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && percent is >= 0 and < 100
            ? percent / 100
            : throw new OptionException($"--min-change must be a percentage from 0% to under 100% (e.g. 2%), not '{text}'");
    }
}
