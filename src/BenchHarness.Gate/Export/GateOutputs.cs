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

    /// <summary>Renders every file before any is written, so an exporter that fails leaves no partial set of outputs.</summary>
    public IReadOnlyList<(OutputFile File, string Content)> Render(GateReport report) =>
        Planned().Select(p => (p.File, p.Render(report))).ToArray();

    private IEnumerable<(OutputFile File, Func<GateReport, string> Render)> Planned()
    {
        (string Option, string? Path, string Name, Func<GateReport, string> Render)[] kinds =
        [
            ("--markdown", Markdown, MarkdownFile, report => MarkdownWriter.Render(report, AllInMarkdown)),
            ("--json", Json, JsonFile, JsonVerdictWriter.Render),
            ("--junit", JUnit, JUnitFile, JUnitWriter.Render),
            ("--html", Html, HtmlFile, HtmlPageWriter.Render),
        ];
        foreach (var kind in kinds)
        {
            if (kind.Path is not null)
                yield return (new OutputFile(kind.Option, kind.Path), kind.Render);
            else if (OutDirectory is not null)
                yield return (new OutputFile("--out", Path.Combine(OutDirectory, kind.Name)), kind.Render);
        }
    }
}
