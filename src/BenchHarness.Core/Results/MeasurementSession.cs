namespace BenchHarness.Results;

/// <summary>
/// Two result sets measured in one session (<c>benchharness gate</c>, <c>calibrate --trials</c>): their processes
/// alternated case by case and round by round on one machine, so a comparison of the two may pair them round by round.
/// </summary>
/// <param name="Id">Shared by both sets of the session.</param>
/// <param name="Role">"baseline" or "head".</param>
/// <param name="Partner">The other set's directory, as it was written.</param>
public sealed record MeasurementSession(string Id, string Role, string Partner)
{
    /// <summary>Both sets were measured in the same session.</summary>
    public static bool Together(MeasurementSession? a, MeasurementSession? b) =>
        a is not null && b is not null && a.Id == b.Id && a.Role != b.Role;
}
