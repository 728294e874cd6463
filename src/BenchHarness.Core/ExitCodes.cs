namespace BenchHarness;

/// <summary>The exit-code contract of every harness command (documented in README.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything selected ran; the gate (when there is one) passed.</summary>
    public const int Success = 0;

    /// <summary>The gate found a regression.</summary>
    public const int Regression = 1;

    /// <summary>Bad input (options, result files) or an infrastructure failure (a suite crashed, natives missing).</summary>
    public const int BadInputOrFailure = 2;

    /// <summary>The gate could not decide and was told to fail on that.</summary>
    public const int Inconclusive = 3;
}
