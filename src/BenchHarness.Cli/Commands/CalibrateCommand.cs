using System.CommandLine;
using System.Globalization;
using BenchHarness.Gate.Calibration;
using BenchHarness.Gate.Comparison;
using BenchHarness.Gate.Configuration;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>benchharness calibrate &lt;run&gt;...</c>: the gate's false-alarm rate over every A/A pair of the given runs,
/// and how often planted slowdowns are caught (tools/calibrate-gate.sh makes the runs).
/// </summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var runs = new Argument<string[]>("runs") { Description = "Two or more result sets of the same code, measured on this machine.", Arity = ArgumentArity.OneOrMore };
        var plant = new Option<string>("--plant")
        {
            Description = "Slowdown factors to plant in the current side of every pair, comma-separated.",
            DefaultValueFactory = _ => string.Join(',', Calibrator.DefaultFactors.Select(f => f.ToString(CultureInfo.InvariantCulture))),
        };
        var config = new Option<string?>("--config") { Description = "Gate config to calibrate (default: the repository's, as compare uses)." };
        var threshold = new Option<string?>("--threshold", "-t") { Description = "Default threshold, as for compare." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table to this file." };
        Option<bool> force = CompareCommand.ForceOption();
        var command = new Command("calibrate", "Measure the gate's false-alarm rate (A/A pairs) and the smallest planted slowdown it catches on this machine.")
        {
            runs, plant, config, threshold, markdown, force,
        };
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            double[] factors = ParseFactors(parsed.GetValue(plant)!);
            GateSettings settings = CompareCommand.Settings(parsed.GetValue(config), parsed.GetValue(threshold), correction: null,
                failOnInconclusive: false, allowEnvironmentMismatch: false, reproduce: null);
            string[] runPaths = parsed.GetValue(runs)!;
            OutputFile[] outputs = parsed.GetValue(markdown) is { } file ? [new OutputFile("--markdown", file)] : [];
            OutputFiles.Check(outputs, [.. runPaths.Select(InputPath.ResultSet), .. CompareCommand.ConfigInput(parsed.GetValue(config))], parsed.GetValue(force));
            CalibrationResult result = Calibrator.FromRuns(runPaths, settings, factors);
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
                throw new BenchHarness.Running.OptionException($"--plant takes factors above 1 separated by commas (1.05,1.1), not '{part}'");
            factors.Add(factor);
        }
        return factors.Count > 0 ? [.. factors.Order()] : throw new BenchHarness.Running.OptionException("--plant needs at least one factor");
    }
}
