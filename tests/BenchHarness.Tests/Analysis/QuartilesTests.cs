using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Tests.Analysis;

public sealed class QuartilesTests
{
    [Fact]
    public void Match_R_quantile_type_7_on_an_odd_count_in_any_order()
    {
        // R: quantile(c(5, 1, 3, 2, 4, 10, 7), type = 7) gives 1, 2.5, 4, 6, 10.
        Assert.Equal(new Quartiles(1, 2.5, 4, 6, 10, 7), Quartiles.Of([5, 1, 3, 2, 4, 10, 7]));
    }

    [Fact]
    public void Interpolate_between_order_statistics_on_an_even_count()
    {
        // R: quantile(c(4, 3, 2, 1), type = 7) gives 1, 1.75, 2.5, 3.25, 4; the median is the mean of the middle two.
        Quartiles quartiles = Quartiles.Of([4, 3, 2, 1]);

        Assert.Equal(new Quartiles(1, 1.75, 2.5, 3.25, 4, 4), quartiles);
        Assert.Equal(Estimators.Median([4.0, 3, 2, 1]), quartiles.Median);
    }

    [Fact]
    public void One_value_is_every_quartile_and_none_leaves_them_undefined()
    {
        Assert.Equal(new Quartiles(7, 7, 7, 7, 7, 1), Quartiles.Of([7]));
        Quartiles none = Quartiles.Of([]);
        Assert.Equal(0, none.Count);
        Assert.True(double.IsNaN(none.Median));
    }
}
