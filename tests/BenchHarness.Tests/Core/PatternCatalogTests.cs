using BenchHarness.Catalog;

namespace BenchHarness.Tests.Core;

public class PatternCatalogTests
{
    [Fact]
    public void Holds_every_entry_of_the_study_catalog_once()
    {
        string[] expected = Enumerable.Range(1, 13).Select(n => $"P{n:D2}").ToArray();
        Assert.Equal(expected, PatternCatalog.All.Select(p => p.Id));
        Assert.Equal(PatternCatalog.All.Count, PatternCatalog.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Every_entry_explains_itself()
    {
        foreach (AntiPattern pattern in PatternCatalog.All)
        {
            Assert.Matches("^[a-z]+(-[a-z]+)+$", pattern.Name);
            Assert.False(string.IsNullOrWhiteSpace(pattern.AntiPatternShape), pattern.Id);
            Assert.False(string.IsNullOrWhiteSpace(pattern.FixShape), pattern.Id);
            Assert.False(string.IsNullOrWhiteSpace(pattern.Mechanism), pattern.Id);
            Assert.False(string.IsNullOrWhiteSpace(pattern.ExpectedEffect), pattern.Id);
            Assert.False(string.IsNullOrWhiteSpace(pattern.Evidence), pattern.Id);
        }
    }

    [Fact]
    public void Timing_expectations_match_the_kind_of_entry()
    {
        foreach (AntiPattern pattern in PatternCatalog.All)
        {
            bool timed = pattern.Kind is PatternKind.PerformancePair or PatternKind.AliasOf;
            Assert.Equal(timed, pattern.Direction != ExpectedDirection.NotTimed);
        }
    }

    [Fact]
    public void An_alias_points_at_an_existing_performance_pair()
    {
        AntiPattern alias = Assert.Single(PatternCatalog.All, p => p.Kind == PatternKind.AliasOf);
        Assert.Equal("P13", alias.Id);
        AntiPattern target = PatternCatalog.Find(alias.RelatedTo!)!;
        Assert.Equal(PatternKind.PerformancePair, target.Kind);
        Assert.Equal("P01", target.Id);
    }

    [Theory]
    [InlineData("p03", "scalar-retracing")]
    [InlineData("P12", "recursion-in-graph")]
    public void Finds_ids_ignoring_case(string id, string name) => Assert.Equal(name, PatternCatalog.Find(id)!.Name);

    [Fact]
    public void Does_not_invent_entries() => Assert.Null(PatternCatalog.Find("P14"));
}
