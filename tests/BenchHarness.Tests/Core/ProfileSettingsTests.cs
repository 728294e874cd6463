using BenchHarness.Planning;

namespace BenchHarness.Tests.Core;

public class ProfileSettingsTests
{
    [Fact]
    public void Gate_measures_several_processes_with_at_least_fifteen_iterations()
    {
        ProfileSettings gate = ProfileSettings.For(BenchmarkProfile.Gate);
        Assert.True(gate.IterationCount >= 15);
        Assert.True(gate.LaunchCount >= 3, "the process, not the iteration, is the unit of noise");
    }

    [Fact]
    public void Profiles_grow_in_measuring_effort()
    {
        static double Effort(ProfileSettings s) => s.LaunchCount * s.IterationCount * s.IterationTime.TotalMilliseconds;
        ProfileSettings[] profiles = Enum.GetValues<BenchmarkProfile>().Select(ProfileSettings.For).ToArray();
        Assert.True(Effort(profiles[0]) < Effort(profiles[1]) && Effort(profiles[1]) < Effort(profiles[2]));
        Assert.All(profiles, p => Assert.True(p.SuiteTimeout > TimeSpan.Zero));
    }
}
