using System.CommandLine;
using BenchHarness.Analysis.Loading;
using BenchHarness.Cli.Running;
using BenchHarness.Gate.Comparison;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Export;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
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
        var baseline = new Option<string>("--baseline", "-b") { Description = "The baseline result set (a run directory).", Required = true };
        var current = new Option<string>("--current", "-c") { Description = "The result set to judge (a run directory).", Required = true };
        var threshold = new Option<string?>("--threshold", "-t")
        {
            Description = "Default threshold: relative (5%), absolute per operation (0.5ms, 500us, 250ns) or both (5%|0.5ms: the larger). " +
                          "Replaces the config's default; its per-pattern and per-benchmark overrides still apply.",
        };
        var config = new Option<string?>("--config")
        {
            Description = $"Gate config (JSON, docs/gate.md). Default: {GateConfig.DefaultFileName} at the repository root when present, else built-in defaults.",
        };
        var correction = new Option<string?>("--correction") { Description = "holm (default) or benjamini-hochberg: how p-values of the run are corrected together." };
        var failOnInconclusive = new Option<bool>("--fail-on-inconclusive") { Description = "Exit 3 when nothing regressed but some verdict is inconclusive." };
        var allowEnvMismatch = new Option<bool>("--allow-env-mismatch") { Description = "Compare result sets from different machines, devices, threads or package versions (listed in every output)." };
        var output = new Option<string?>("--out", "-o") { Description = $"Directory for all outputs: {GateOutputs.MarkdownFile}, {GateOutputs.JsonFile}, {GateOutputs.JUnitFile}, {GateOutputs.HtmlFile}." };
        var markdown = new Option<string?>("--markdown") { Description = "Write markdown for a PR comment or $GITHUB_STEP_SUMMARY to this file." };
        var json = new Option<string?>("--json") { Description = "Write the verdicts as JSON to this file." };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML (one test case per verdict and pair check) to this file." };
        var html = new Option<string?>("--html") { Description = "Write the HTML comparison page to this file." };
        var all = new Option<bool>("--all") { Description = "Markdown shows every verdict, not only what changed." };
        Option<bool> force = ForceOption();

        var command = new Command("compare", "Compare a result set with a baseline: per-benchmark verdicts, pair contracts and erosion; exit 1 on a regression.")
        {
            baseline, current, threshold, config, correction, failOnInconclusive, allowEnvMismatch, output, markdown, json, junit, html, all, force,
        };
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            GateSettings settings = Settings(parsed.GetValue(config), parsed.GetValue(threshold), parsed.GetValue(correction),
                parsed.GetValue(failOnInconclusive), parsed.GetValue(allowEnvMismatch),
                string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]));
            var outputs = new GateOutputs(parsed.GetValue(markdown), parsed.GetValue(json), parsed.GetValue(junit), parsed.GetValue(html), parsed.GetValue(all))
                .InDirectory(parsed.GetValue(output));
            string baselinePath = parsed.GetValue(baseline)!, currentPath = parsed.GetValue(current)!;
            OutputFiles.Check(outputs.Files, [InputPath.ResultSet(baselinePath), InputPath.ResultSet(currentPath), .. ConfigInput(parsed.GetValue(config))],
                parsed.GetValue(force));

            ResultSet baselineSet = ResultSetLoader.Load(baselinePath);
            ResultSet currentSet = ResultSetLoader.Load(currentPath);
            GateReport report = GateComparer.Compare(baselineSet, currentSet, settings);

            ConsoleTableWriter.Write(report, Console.Out);
            foreach (string written in OutputFiles.Write(outputs.Render(report)))
                Console.Out.WriteLine(written);
            if (report.Failed.Count > 0)
                Console.Error.WriteLine($"benchharness: the current run has {report.Failed.Count} failure(s) the gate cannot judge: {report.Failed[0]}");
            return report.ExitCode;
        }));
        return command;
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
            throw new BenchHarness.Running.OptionException($"--threshold: {e.Message}");
        }
    }

    private static Correction ParseCorrection(string text) =>
        CorrectionNames.TryParse(text, out Correction correction)
            ? correction
            : throw new BenchHarness.Running.OptionException($"--correction must be holm or benjamini-hochberg, not '{text}'");
}
