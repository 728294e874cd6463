namespace BenchHarness.Gate.Verdicts;

/// <summary>What the gate says about one benchmark between baseline and current.</summary>
public enum ChangeVerdict
{
    /// <summary>Significantly faster, by more than the threshold.</summary>
    Faster,

    /// <summary>Significantly slower, by more than the threshold: a regression.</summary>
    Slower,

    /// <summary>Shown equivalent: the whole interval lies within the threshold band.</summary>
    Same,

    /// <summary>Neither shown changed nor shown equivalent; the advice says what would decide it.</summary>
    Inconclusive,
}
