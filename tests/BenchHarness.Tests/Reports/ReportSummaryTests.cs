using System.Text.Json;
using BenchHarness.Catalog;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.Tests.Reports;

/// <summary>summary.md and summary.json carry the same verdicts as the page, escaped and versioned.</summary>
public class ReportSummaryTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Summary_json_has_a_schema_version_verdicts_and_comparisons()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(fixture.Report.SummaryJson));
        JsonElement root = json.RootElement;
        Assert.Equal(JsonSummaryExporter.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        JsonElement[] verdicts = root.GetProperty("verdicts").EnumerateArray().ToArray();
        Assert.Equal(PatternCatalog.All.Select(p => p.Id), verdicts.Select(v => v.GetProperty("pattern").GetString()));
        Assert.All(verdicts, v => Assert.Contains(v.GetProperty("verdict").GetString(), new[] { "reproduced", "not-reproduced", "inconclusive", "not-measured" }));
        JsonElement[] p01Controls = verdicts[0].GetProperty("controls").EnumerateArray().ToArray();
        Assert.Equal(3, p01Controls.Length);
        Assert.All(p01Controls, c => Assert.Equal("Eager", c.GetProperty("mode").GetString()));
        Assert.All(p01Controls, c => Assert.Contains(c.GetProperty("outcome").GetString(), new[] { "about-one", "too-noisy" }));

        JsonElement first = root.GetProperty("comparisons").EnumerateArray().First();
        Assert.Equal("FixVsAnti", first.GetProperty("kind").GetString());
        double speedUp = first.GetProperty("speedUp").GetDouble();
        Assert.InRange(speedUp, first.GetProperty("lower").GetDouble(), first.GetProperty("upper").GetDouble());
        Assert.Equal(0.95, root.GetProperty("method").GetProperty("confidenceLevel").GetDouble());
        Assert.False(root.GetProperty("run").GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public void Summary_markdown_groups_the_table_by_the_studys_findings_and_says_once_that_magnitudes_are_tensorflows()
    {
        string markdown = File.ReadAllText(fixture.Report.SummaryMarkdown);
        string[] headings = markdown.Split('\n').Where(line => line.StartsWith("### Finding ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enum.GetValues<StudyFinding>().Select(f => $"### {StudyFindings.Heading(f)}"), headings);
        Assert.Single(markdown.Split(StudyFindings.Magnitudes)[1..]);
        int misuse = markdown.IndexOf(headings[0], StringComparison.Ordinal), performance = markdown.IndexOf(headings[1], StringComparison.Ordinal);
        Assert.InRange(markdown.IndexOf("| P14 mistyped-scalar-parameter |", StringComparison.Ordinal), misuse, performance);
        Assert.True(markdown.IndexOf("| P21 host-object-argument |", StringComparison.Ordinal) > markdown.IndexOf(headings[2], StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_json_keeps_the_hostile_name_as_data()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(fixture.Report.SummaryJson));
        Assert.Contains(json.RootElement.GetProperty("comparisons").EnumerateArray(),
            c => c.GetProperty("case").GetString() == $"Tag={ReportScenarios.HostileTag}");
    }

    [Fact]
    public void Summary_markdown_has_the_verdict_table_with_markup_escaped()
    {
        string markdown = File.ReadAllText(fixture.Report.SummaryMarkdown);
        Assert.Contains("| pattern | expected (source) | measured: speed-up of the fix [interval] | verdict | controls: identical code, expect 1.0x |", markdown);
        foreach (AntiPattern pattern in PatternCatalog.All)
            Assert.Contains($"| {pattern.Id} {pattern.Name.Replace("_", "\\_", StringComparison.Ordinal)} |", markdown);
        Assert.DoesNotContain("<svg", markdown);
        Assert.Contains("&lt;svg onload=alert(1)&gt;", markdown);
    }

    [Fact]
    public void Markdown_escaping_neutralises_html_tables_and_line_breaks()
    {
        string text = BenchHarness.Text.MarkdownText.Inline("a|b <script>x</script> *c*\n# d");
        Assert.Equal("a\\|b &lt;script&gt;x&lt;/script&gt; \\*c\\* \\# d", text);
    }
}
