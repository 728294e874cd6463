using BenchHarness.Catalog;
using BenchHarness.Cli.Orchestration;

namespace BenchHarness.Tests.Core;

/// <summary>
/// The catalog, docs/patterns.md and the suites' own comments tell one story: the places that have contradicted each
/// other (the counter example's direction, P08's finding, P06's shape, P03's eager cost) are held to the study's text.
/// </summary>
public class PatternDocumentationTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    [Fact]
    public void The_counter_example_returns_1_1_1_eagerly_and_1_2_3_from_the_graph_everywhere()
    {
        const string Study = "eager execution returns 1, 1, 1 and the graph 1, 2, 3";
        Assert.Contains("the graph returns 1,2,3 where eager execution returns 1,1,1", Pattern("P07").ExpectedEffect);
        Assert.Contains(Study, OneLine(Section("P07")));
        Assert.Contains(Study, OneLine(SuiteSource("P07SideEffectInGraph")));
        foreach (string text in new[] { Section("P07"), SuiteSource("P07SideEffectInGraph") })
            Assert.DoesNotContain("1, 2, 3 eagerly", OneLine(text));
    }

    [Fact]
    public void P08_is_filed_under_api_misuse_finding_i()
    {
        Assert.Contains("API misuse, finding (i)", Pattern("P08").Evidence);
        Assert.Contains("finding (i)", OneLine(Section("P08")));
        Assert.DoesNotContain("(iii)", Section("P08"));
        Assert.DoesNotContain("(iii)", SuiteSource("P08HostIteratorInGraph"));
    }

    [Fact]
    public void P06_does_not_call_host_code_from_inside_a_hybridized_step()
    {
        AntiPattern p06 = Pattern("P06");
        Assert.DoesNotContain("inside a hybridized step", p06.AntiPatternShape);
        Assert.Contains("redundant decorator", p06.AntiPatternShape);
        Assert.Contains("inlines", p06.Mechanism);
    }

    [Fact]
    public void P03s_eager_members_are_not_said_to_cost_the_same()
    {
        foreach (string text in new[] { OneLine(Section("P03")), OneLine(SuiteSource("P03ScalarRetracing")) })
        {
            Assert.DoesNotContain("both cost the same", text);
            Assert.DoesNotContain("both should cost the same", text);
            Assert.Contains("multiplies tensor by tensor", text);
        }
        Assert.DoesNotContain("eager mode: no difference", Pattern("P03").ExpectedEffect);
        Assert.Contains("0-dim tensor", Pattern("P03").ExpectedEffect);
    }

    private static AntiPattern Pattern(string id) => PatternCatalog.Find(id)!;

    /// <summary>The "## P0n ..." section of docs/patterns.md.</summary>
    private static string Section(string id)
    {
        string text = File.ReadAllText(Path.Combine(Root, "docs", "patterns.md"));
        int start = text.IndexOf($"\n## {id} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/patterns.md has no section for {id}");
        int end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static string SuiteSource(string suite) =>
        File.ReadAllText(Path.Combine(Root, "benchmarks", "BenchHarness.Benchmarks", "Patterns", suite, $"{suite}.cs"));

    // Wrapped lines and comment markers joined, so a phrase split over two lines still reads as one.
    private static string OneLine(string text) => string.Join(" ", text
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.StartsWith("///", StringComparison.Ordinal) ? line[3..].Trim() : line.TrimStart('-', ' ')));
}
