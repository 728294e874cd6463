namespace BenchHarness.Gate.Verdicts;

/// <summary>The gate's overall result, before <c>--fail-on-inconclusive</c> turns it into an exit code.</summary>
public enum GateOutcome
{
    Pass,
    Regression,
    Inconclusive,
}
