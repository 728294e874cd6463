namespace BenchHarness.Gate.Verdicts;

/// <summary>What the gate says about a pair check (a contract or an erosion check).</summary>
public enum CheckOutcome
{
    /// <summary>Shown to hold (the interval lies on the right side of the bound).</summary>
    Holds,

    /// <summary>Shown breached after the run's false-alarm correction: a regression.</summary>
    Fails,

    /// <summary>Neither shown; the advice says what would decide it.</summary>
    Inconclusive,

    /// <summary>The contract's benchmarks are not in the current result set (another selection); not a failure.</summary>
    NotMeasured,
}
