using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Tests.Core;

public class PatternCatalogTests
{
    [Fact]
    public void Holds_every_entry_of_the_study_catalog_once()
    {
        string[] expected = Enumerable.Range(1, 21).Select(n => $"P{n:D2}").ToArray();
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
    [InlineData("P01", ModeRole.Control)]
    [InlineData("P02", ModeRole.Control)]
    [InlineData("P04", ModeRole.Control)]
    [InlineData("P05", ModeRole.Control)]
    [InlineData("P06", ModeRole.Control)]
    [InlineData("P09", ModeRole.Control)]
    [InlineData("P03", ModeRole.Contrast)]
    [InlineData("P07", ModeRole.Contrast)]
    [InlineData("P10", ModeRole.Mechanism)]
    [InlineData("P11", ModeRole.Mechanism)]
    public void The_catalog_says_which_mode_carries_the_mechanism(string id, ModeRole eager)
    {
        ModeRoles modes = PatternCatalog.Find(id)!.Modes!;
        Assert.Equal(ModeRole.Mechanism, modes.RoleOf(ExecutionMode.Graph));
        Assert.Equal(eager, modes.RoleOf(ExecutionMode.Eager));
    }

    [Fact]
    public void Timed_entries_have_mode_roles_and_an_alias_has_those_of_its_target()
    {
        foreach (AntiPattern pattern in PatternCatalog.All)
        {
            bool timed = pattern.Direction != ExpectedDirection.NotTimed;
            Assert.Equal(timed, pattern.Modes is not null);
            if (timed)
                Assert.Contains(ModeRole.Mechanism, Enum.GetValues<ExecutionMode>().Select(pattern.Modes!.RoleOf));
        }
        AntiPattern alias = PatternCatalog.Find("P13")!;
        Assert.Equal(PatternCatalog.Find(alias.RelatedTo!)!.Modes, alias.Modes);
    }

    [Theory]
    [InlineData("p03", "scalar-retracing")]
    [InlineData("P12", "recursion-in-graph")]
    public void Finds_ids_ignoring_case(string id, string name) => Assert.Equal(name, PatternCatalog.Find(id)!.Name);

    [Fact]
    public void Does_not_invent_entries() => Assert.Null(PatternCatalog.Find("P22"));
}
