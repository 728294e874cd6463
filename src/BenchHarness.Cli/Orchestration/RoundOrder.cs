namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// The order of the launches of one round: the active cases in declared order on odd rounds and reversed on even
/// ones, and with several arms (a gate's baseline and head) each case measured by every arm in turn, the arm that
/// goes first alternating case by case and round by round. Any linear drift of the machine then falls on both
/// members of a pair and on both arms equally often.
/// </summary>
public static class RoundOrder
{
    public static IReadOnlyList<(string Case, int Arm)> Of(IReadOnlyList<string> active, int round, int arms)
    {
        string[] cases = round % 2 == 1 ? [.. active] : [.. active.Reverse()];
        var order = new List<(string, int)>(cases.Length * arms);
        for (int slot = 0; slot < cases.Length; slot++)
        {
            bool reversed = (round + slot) % 2 == 0;
            for (int i = 0; i < arms; i++)
                order.Add((cases[slot], reversed ? arms - 1 - i : i));
        }
        return order;
    }
}
