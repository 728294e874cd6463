namespace BenchHarness.Planning;

/// <summary>The suite host's verbs and exit codes.</summary>
public static class SuiteHostProtocol
{
    /// <summary>
    /// The protocol this build speaks: 2 prepares a suite and measures one case per process (<see cref="LaunchRequest"/>);
    /// hosts before it ran a whole suite through BenchmarkDotNet's own processes.
    /// </summary>
    public const int Version = 2;

    /// <summary><c>probe [--threads N]</c>: prints <see cref="Results.EngineInfo"/> as JSON on standard output.</summary>
    public const string Probe = "probe";

    /// <summary><c>prepare-suite &lt;request.json&gt;</c>: checks one suite (equivalence, or its semantic probe) and writes
    /// its <see cref="SuitePlan"/>: the cases to measure.</summary>
    public const string PrepareSuite = "prepare-suite";

    /// <summary><c>measure &lt;launch.json&gt;</c>: measures one case in this process (<see cref="LaunchRequest"/>) and writes its outcome file.</summary>
    public const string Measure = "measure";

    /// <summary><c>check-scripts</c>: compiles every embedded TorchScript file; exit 0 when all compile.</summary>
    public const string CheckScripts = "check-scripts";

    /// <summary>The outcome (or plan) file was written, whatever the suite's status.</summary>
    public const int OutcomeWritten = 0;

    /// <summary>The request could not be read or names no suite.</summary>
    public const int BadRequest = 2;

    /// <summary>Marks the lines of host output that report progress, so the CLI can show them briefly.</summary>
    public const string ProgressPrefix = "@@progress ";
}
