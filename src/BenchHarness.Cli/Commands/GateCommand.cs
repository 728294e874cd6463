using System.CommandLine;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Export;
using BenchHarness.Results;
using BenchHarness.Planning;
using BenchHarness.Text;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>benchharness gate</c>: the regression gate on one machine, as <c>asv continuous</c> does it. Builds the baseline
/// revision (default: the merge-base with the default branch) beside this build, measures both interleaved (case by
/// case, round by round), compares them paired round by round, and exits with the gate's code.
/// </summary>
public static class GateCommand
{
    public static Command Create()
    {
        var measurement = new MeasurementOptions(defaultProfile: "gate");
        var gate = new GateOptions();
        var baseRevision = new Option<string?>("--base")
        {
            Description = "The baseline revision (a commit, branch or tag). Default: the merge-base of HEAD with the default branch (origin/HEAD, main or master).",
        };
        var results = new Option<string?>("--results")
        {
            Description = "Directory for the two result sets (baseline/ and head/ below it). Default: results/gate-<session>.",
        };
        var builds = new Option<string?>("--base-builds")
        {
            Description = "Where baseline revisions are checked out and built, one folder per commit, kept for the next gate. Default: results/.base.",
        };
        var command = new Command("gate", "Build the baseline revision, measure it and this build interleaved on this machine, and gate this build against it.")
        {
            baseRevision, results, builds,
        };
        foreach (Option option in measurement.All.Concat(gate.Options))
            command.Options.Add(option);
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            RunOptions options = measurement.Parse(parsed);
            GateSettings settings = gate.Settings(parsed);
            string repository = RepositoryLayout.CurrentRoot;
            string stamp = $"gate-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}";
            string root = Path.GetFullPath(parsed.GetValue(results) ?? Path.Combine(RepositoryLayout.ResultsRoot, stamp));
            GateOutputs outputs = gate.Outputs(parsed, defaultDirectory: Path.Combine(repository, "reports", Path.GetFileName(root)));
            OutputFiles.Check(outputs.Files, [InputPath.ResultSet(root), .. CompareCommand.ConfigInput(parsed.GetValue(gate.Config))], parsed.GetValue(gate.Force));

            SuiteHost head = SuiteHost.Locate();
            string commit = BaseBuild.Resolve(repository, parsed.GetValue(baseRevision));
            EngineInfo engine = head.Probe(options.Threads);
            (SuiteHost baseHost, string baseTree) = BaseBuild.Build(repository, commit, engine.Backend,
                parsed.GetValue(builds) ?? BaseBuild.DefaultBuilds(repository), Console.Out);
            if (baseHost.Probe(options.Threads).HostProtocol < SuiteHostProtocol.Version)
                throw new HarnessException($"the baseline {Numbers.Commit(commit)} predates interleaved measurement (suite-host protocol {SuiteHostProtocol.Version}): " +
                                           "measure it with its own 'benchharness run' and gate with 'benchharness compare'");

            using var signals = new InterruptionSignals();
            PairedRun.Outcome session = new PairedRun(Console.Out, parsed.GetValue(measurement.Verbose), signals).Run(options,
                string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]),
                new PairedRun.Arm("baseline", baseHost, Path.Combine(root, "baseline"), baseTree),
                new PairedRun.Arm("head", head, Path.Combine(root, "head"), head.RepositoryRoot));
            foreach (string note in session.Notes)
                Console.Out.WriteLine($"note: {note}");
            if (session.Interrupted)
                throw new HarnessException($"interrupted by {signals.Signal}: the gate judged nothing; the measurements so far are in {root}");
            return CompareCommand.Judge(session.BaselineDirectory, session.HeadDirectory, settings, outputs);
        }));
        return command;
    }
}
