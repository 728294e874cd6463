using System.CommandLine;
using BenchHarness.Analysis.Loading;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Export;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.History.Baselines;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Store;
using BenchHarness.Reports.Pages;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>benchharness compare</c>: the regression gate. Baseline against current, verdicts with their rules, and the
/// exit-code contract: 0 pass, 1 regression, 2 bad input or failure, 3 inconclusive with --fail-on-inconclusive.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Option<string?>("--baseline", "-b") { Description = "The baseline result set (a run directory)." };
        var baselineHistory = new Option<string?>("--baseline-history")
        {
            Description = "Instead of --baseline: a history store; the baseline is each benchmark's newest stable segment of --branch on this machine and profile.",
        };
        var branch = new Option<string>("--branch") { Description = "With --baseline-history: the branch whose history is the baseline.", DefaultValueFactory = _ => "main" };
        var current = new Option<string>("--current", "-c") { Description = "The result set to judge (a run directory).", Required = true };
        var gate = new GateOptions();

        var command = new Command("compare", "Compare a result set with a baseline: per-benchmark verdicts, pair contracts and erosion; exit 1 on a regression.")
        {
            baseline, baselineHistory, branch, current,
        };
        foreach (Option option in gate.Options)
            command.Options.Add(option);
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            GateSettings settings = gate.Settings(parsed);
            GateOutputs outputs = gate.Outputs(parsed);
            string? baselinePath = parsed.GetValue(baseline), storePath = parsed.GetValue(baselineHistory);
            string currentPath = parsed.GetValue(current)!;
            if ((baselinePath is null) == (storePath is null))
                throw new BenchHarness.Planning.OptionException("give either --baseline <result-set> or --baseline-history <store>, not both or neither");
            InputPath baselineInput = storePath is null ? InputPath.ResultSet(baselinePath!) : new InputPath("history store", storePath);
            OutputFiles.Check(outputs.Files, [baselineInput, InputPath.ResultSet(currentPath), .. ConfigInput(parsed.GetValue(gate.Config))],
                parsed.GetValue(gate.Force));
            return storePath is null
                ? Judge(baselinePath!, currentPath, settings, outputs)
                : JudgeAgainstHistory(storePath, parsed.GetValue(branch)!, currentPath, settings, outputs);
        }));
        return command;
    }

    /// <summary>Loads both sets, judges, prints the table, writes the outputs; returns the gate's exit code.</summary>
    public static int Judge(string baselinePath, string currentPath, GateSettings settings, GateOutputs outputs) =>
        Judge(ResultSetLoader.Load(baselinePath), ResultSetLoader.Load(currentPath), settings, outputs);

    /// <summary>Judges the current set against the history store's stable segment of a branch (<see cref="HistoryBaseline"/>).</summary>
    public static int JudgeAgainstHistory(string storePath, string branch, string currentPath, GateSettings settings, GateOutputs outputs)
    {
        ResultSet currentSet = ResultSetLoader.Load(currentPath);
        ResultSet baselineSet;
        using (HistoryStore store = HistoryStore.Open(storePath, create: false))
            baselineSet = HistoryBaseline.For(store, branch, currentSet, DetectionSettings.Default);
        return Judge(baselineSet, currentSet, settings, outputs);
    }

    private static int Judge(ResultSet baselineSet, ResultSet currentSet, GateSettings settings, GateOutputs outputs)
    {
        GateReport report = GateComparer.Compare(baselineSet, currentSet, settings);

        ConsoleTableWriter.Write(report, Console.Out);
        foreach (string written in OutputFiles.Write(outputs.Render(report, GatePage.Render)))
            Console.Out.WriteLine(written);
        if (report.Failed.Count > 0)
            Console.Error.WriteLine($"benchharness: the current run has {report.Failed.Count} failure(s) the gate cannot judge: {report.Failed[0]}");
        return report.ExitCode;
    }

    /// <summary>The gate's settings from the options compare and calibrate share.</summary>
    public static GateSettings Settings(string? config, string? threshold, string? correction, bool failOnInconclusive, bool allowEnvironmentMismatch, string? reproduce) =>
        new(LoadConfig(config),
            threshold is null ? null : ParseThreshold(threshold),
            correction is null ? null : ParseCorrection(correction),
            failOnInconclusive, allowEnvironmentMismatch, reproduce);

    /// <summary>--force, as compare and calibrate take it.</summary>
    public static Option<bool> ForceOption() =>
        new(OutputFiles.ForceOption) { Description = "Replace output files that exist already (without it, an existing output is refused, naming the file)." };

    /// <summary>The config file the gate reads, as an input no output may replace; none for the built-in defaults.</summary>
    public static IEnumerable<InputPath> ConfigInput(string? config) =>
        ConfigPath(config) is string path ? [new InputPath("gate config", path)] : [];

    private static string? ConfigPath(string? path)
    {
        if (path is not null)
            return path;
        string discovered = Path.Combine(RepositoryLayout.CurrentRoot, GateConfig.DefaultFileName);
        return File.Exists(discovered) ? discovered : null;
    }

    private static GateConfig LoadConfig(string? path) => ConfigPath(path) switch
    {
        null => GateConfig.Defaults,
        string file when File.Exists(file) => GateConfigReader.Read(file),
        string file => throw new GateConfigException($"config {file}: does not exist"),
    };

    private static Threshold ParseThreshold(string text)
    {
        try
        {
            return Threshold.Parse(text);
        }
        catch (ThresholdFormatException e)
        {
            throw new BenchHarness.Planning.OptionException($"--threshold: {e.Message}");
        }
    }

    private static Correction ParseCorrection(string text) =>
        CorrectionNames.TryParse(text, out Correction correction)
            ? correction
            : throw new BenchHarness.Planning.OptionException($"--correction must be holm or benjamini-hochberg, not '{text}'");
}
