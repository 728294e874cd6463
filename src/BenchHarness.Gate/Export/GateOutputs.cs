using BenchHarness.Gate.Verdicts;
using BenchHarness.Results;

namespace BenchHarness.Gate.Export;

/// <summary>Where <c>compare</c> writes its files: each path chosen on its own, or all four under <c>--out</c>.</summary>
public sealed record GateOutputs(string? Markdown, string? Json, string? JUnit, string? Html, bool AllInMarkdown, string? OutDirectory = null)
{
    public const string MarkdownFile = "gate.md", JsonFile = "gate.json", JUnitFile = "gate.junit.xml", HtmlFile = "gate.html";

    /// <summary>Files named with an explicit option win over the ones <paramref name="directory"/> implies.</summary>
    public GateOutputs InDirectory(string? directory)
    {
        if (directory is null)
            return this;
        OutputFiles.RefuseEmpty("--out", directory, "a directory for the outputs");
        return this with { OutDirectory = directory };
    }

    /// <summary>Every file to write, with the option that named it.</summary>
    public IReadOnlyList<OutputFile> Files => Planned().Select(p => p.File).ToArray();

    /// <summary>
    /// Renders every file before any is written, so an exporter that fails leaves no partial set of outputs.
    /// <paramref name="htmlPage"/> draws gate.html: the page lives with the report's pages and charts, so that the
    /// gate's decisions need no chart library.
    /// </summary>
    public IReadOnlyList<(OutputFile File, string Content)> Render(GateReport report, Func<GateReport, string> htmlPage) =>
        Planned().Select(p => (p.File, p.Name switch
        {
            MarkdownFile => MarkdownWriter.Render(report, AllInMarkdown),
            JsonFile => JsonVerdictWriter.Render(report),
            JUnitFile => JUnitWriter.Render(report),
            _ => htmlPage(report),
        })).ToArray();

    private IEnumerable<(OutputFile File, string Name)> Planned()
    {
        (string Option, string? Path, string Name)[] kinds =
        [
            ("--markdown", Markdown, MarkdownFile),
            ("--json", Json, JsonFile),
            ("--junit", JUnit, JUnitFile),
            ("--html", Html, HtmlFile),
        ];
        foreach (var kind in kinds)
        {
            if (kind.Path is not null)
                yield return (new OutputFile(kind.Option, kind.Path), kind.Name);
            else if (OutDirectory is not null)
                yield return (new OutputFile("--out", Path.Combine(OutDirectory, kind.Name)), kind.Name);
        }
    }
}
