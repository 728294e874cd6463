using BenchHarness.Cli.Orchestration;

namespace BenchHarness.Tests.Cli;

/// <summary><c>doctor</c>'s free-disk check: a run needs its result set, a gate a baseline build as large as this one.</summary>
public class DiskNeedsTests
{
    private const long GiB = 1L << 30;

    private static readonly DiskNeeds CudaBuild = DiskNeeds.For(6 * GiB);

    [Fact]
    public void A_gate_needs_room_for_a_second_build_of_the_natives()
    {
        Assert.Equal(DiskNeeds.RunBytes, CudaBuild.Run);
        Assert.Equal(6 * GiB + 2 * DiskNeeds.RunBytes, CudaBuild.Gate);
    }

    [Theory]
    [InlineData(100L << 30, DiskVerdict.Enough)]
    [InlineData(3L << 30, DiskVerdict.RunOnly)]
    [InlineData(100L << 20, DiskVerdict.TooLittle)]
    public void Free_space_is_judged_against_both_needs(long free, DiskVerdict verdict) =>
        Assert.Equal(verdict, CudaBuild.Judge(free));

    [Fact]
    public void Sizes_read_in_a_persons_unit()
    {
        Assert.Equal("6.0 GiB", DiskNeeds.Show(6 * GiB));
        Assert.Equal("256 MiB", DiskNeeds.Show(DiskNeeds.RunBytes));
    }
}
