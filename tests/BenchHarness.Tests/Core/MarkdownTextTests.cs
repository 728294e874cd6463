using AngleSharp.Html.Parser;
using BenchHarness.Text;
using Markdig;

namespace BenchHarness.Tests.Core;

/// <summary>The one markdown escaper: what it makes renders (as GitHub-flavoured markdown) as exactly the text it was given.</summary>
public class MarkdownTextTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<string> Hostile => new()
    {
        "plain-run-20261125",
        "a`b",
        "`starts and ends`",
        "``double``",
        "<img src=x onerror=alert(1)>",
        "</code><script>alert(1)</script>",
        "Foo<T>.Bar(Size: 16)",
        " spaced ",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_code_span_shows_the_text_verbatim_and_nothing_else(string text)
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml($"before {MarkdownText.Code(text)} after", Gfm));

        Assert.Equal(text, Assert.Single(document.QuerySelectorAll("code")).TextContent);
        Assert.Empty(document.QuerySelectorAll("img, script"));
    }

    [Fact]
    public void A_code_span_in_a_table_escapes_its_pipes()
    {
        // GitHub splits table cells at pipes even inside code spans and reads '\|' there as a pipe (GFM spec, tables,
        // example 200). Markdig keeps code spans whole instead, so this is checked as text, not rendered.
        Assert.Equal("`a\\|b`", MarkdownText.Code("a|b", inTable: true));
        Assert.Equal("`a|b`", MarkdownText.Code("a|b"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Inline_text_renders_as_itself(string text)
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml($"- {MarkdownText.Inline(text + " *x* [l](javascript:1) ![i](p.png)")}", Gfm));

        Assert.Equal((text + " *x* [l](javascript:1) ![i](p.png)").Trim(), document.QuerySelector("li")!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll("img, script, a, em, code"));
    }

    [Fact]
    public void A_code_block_cannot_be_closed_by_the_lines_it_holds()
    {
        string[] lines = ["benchharness run", "```", "<img src=x onerror=alert(1)>", "````"];

        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(MarkdownText.CodeBlock(lines, "bash") + "\nafter\n", Gfm));

        Assert.Equal(string.Join("\n", lines) + "\n", Assert.Single(document.QuerySelectorAll("pre code")).TextContent);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("after", document.QuerySelector("p")!.TextContent);
    }
}
