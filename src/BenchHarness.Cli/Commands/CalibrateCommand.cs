using System.CommandLine;
using System.Globalization;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Gate.Calibration;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>benchharness calibrate</c>: the gate's false-alarm rate and the smallest regression it catches on this machine,
/// either measured live (<c>--trials N</c>: interleaved gate sessions of this build with real slowdowns planted in code)
/// or from stored A/A runs (every pair of them, one benchmark's times scaled at a time).
/// </summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var runs = new Argument<string[]>("runs") { Description = "Two or more result sets of the same code, measured on this machine (or none, with --trials).", Arity = ArgumentArity.ZeroOrMore };
        var trials = new Option<int?>("--trials")
        {
            Description = "Measure this many interleaved gate sessions of this build against itself (the first A/A only, each later one with every planted factor in one benchmark's code).",
        };
        var results = new Option<string?>("--results") { Description = "With --trials: where the sessions' result sets go. Default: results/calibrate-<stamp>." };
        var measurement = new MeasurementOptions(defaultProfile: "gate");
        var plant = new Option<string>("--plant")
        {
            Description = "Slowdown factors to plant in the current side of every pair, comma-separated.",
            DefaultValueFactory = _ => string.Join(',', Calibrator.DefaultFactors.Select(f => f.ToString(CultureInfo.InvariantCulture))),
        };
        var config = new Option<string?>("--config") { Description = "Gate config to calibrate (default: the repository's, as compare uses)." };
        var threshold = new Option<string?>("--threshold", "-t") { Description = "Default threshold, as for compare." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table to this file." };
        Option<bool> force = CompareCommand.ForceOption();
        var command = new Command("calibrate", "Measure the gate's false-alarm rate (A/A) and the smallest planted slowdown it catches on this machine.")
        {
            runs, trials, results, plant, config, threshold, markdown, force,
        };
        foreach (Option option in measurement.All)
            command.Options.Add(option);
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            double[] factors = ParseFactors(parsed.GetValue(plant)!);
            GateSettings settings = CompareCommand.Settings(parsed.GetValue(config), parsed.GetValue(threshold), correction: null,
                failOnInconclusive: false, allowEnvironmentMismatch: false, reproduce: null);
            string[] runPaths = parsed.GetValue(runs)!;
            OutputFile[] outputs = parsed.GetValue(markdown) is { } file ? [new OutputFile("--markdown", file)] : [];
            OutputFiles.Check(outputs, [.. runPaths.Select(InputPath.ResultSet), .. CompareCommand.ConfigInput(parsed.GetValue(config))], parsed.GetValue(force));
            CalibrationResult result;
            if (parsed.GetValue(trials) is int count)
            {
                if (runPaths.Length > 0)
                    throw new BenchHarness.Planning.OptionException("--trials measures its own runs; give either result sets or --trials, not both");
                if (count is < 2 or > 200)
                    throw new BenchHarness.Planning.OptionException($"--trials must be between 2 and 200 (the first trial is A/A only), not {count}");
                string root = Path.GetFullPath(parsed.GetValue(results) ?? Path.Combine(RepositoryLayout.ResultsRoot, $"calibrate-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}"));
                using var signals = new InterruptionSignals();
                result = new CalibrationTrials(Console.Out, parsed.GetValue(measurement.Verbose), signals).Run(measurement.Parse(parsed),
                    string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]), settings, factors, count, root, seed: parsed.GetValue(measurement.Seed));
            }
            else if (runPaths.Length == 0)
                throw new BenchHarness.Planning.OptionException("calibrate needs two or more result sets of the same code, or --trials N (see 'benchharness calibrate --help')");
            else
                result = Calibrator.FromRuns(runPaths, settings, factors);
            string report = CalibrationReport.Render(result,
                $"threshold {settings.EffectiveConfig.Threshold}, {CorrectionNames.Of(settings.Correction)}, alpha {settings.Config.Alpha.ToString(CultureInfo.InvariantCulture)}, " +
                $"at least {settings.Config.MinimumProcesses} processes; config {settings.Config.Source}");
            Console.Out.Write(report);
            foreach (string written in OutputFiles.Write([.. outputs.Select(o => (o, report))]))
                Console.Out.WriteLine(written);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static double[] ParseFactors(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var factors = new List<double>();
        foreach (string part in parts)
        {
            if (!double.TryParse(part.TrimEnd('x', 'X'), NumberStyles.Float, CultureInfo.InvariantCulture, out double factor) || !(factor > 1) || !double.IsFinite(factor))
                throw new BenchHarness.Planning.OptionException($"--plant takes factors above 1 separated by commas (1.05,1.1), not '{part}'");
            factors.Add(factor);
        }
        return factors.Count > 0 ? [.. factors.Order()] : throw new BenchHarness.Planning.OptionException("--plant needs at least one factor");
    }
}
