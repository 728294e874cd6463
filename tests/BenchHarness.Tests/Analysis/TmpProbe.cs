namespace BenchHarness.Tests.Analysis;
public sealed class TmpProbe
{
    [Fact]
    public void Print()
    {
        var lines = new List<string>();
        foreach (int k in new[] { 2, 3, 5 })
            foreach (double share in new[] { 0.0, 1.0 / 3 })
                foreach (bool borrow in new[] { true, false })
                    lines.Add($"k={k} slow={share:F2} borrow={borrow}: {RatioInferenceCoverageTests.Coverage(k, share, borrow, trials: 100):F4}");
        File.WriteAllLines("/tmp/coverage.txt", lines);
    }
}
