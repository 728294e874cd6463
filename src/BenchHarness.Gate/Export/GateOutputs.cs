using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Export;

/// <summary>Where <c>compare</c> writes its files: each path chosen on its own, or all four under <c>--out</c>.</summary>
public sealed record GateOutputs(string? Markdown, string? Json, string? JUnit, string? Html, bool AllInMarkdown)
{
    public const string MarkdownFile = "gate.md", JsonFile = "gate.json", JUnitFile = "gate.junit.xml", HtmlFile = "gate.html";

    /// <summary>Files named with an explicit option win over the ones <paramref name="directory"/> implies.</summary>
    public GateOutputs InDirectory(string? directory) => directory is null ? this : new(
        Markdown ?? Path.Combine(directory, MarkdownFile),
        Json ?? Path.Combine(directory, JsonFile),
        JUnit ?? Path.Combine(directory, JUnitFile),
        Html ?? Path.Combine(directory, HtmlFile),
        AllInMarkdown);

    public IReadOnlyList<string> Write(GateReport report)
    {
        var written = new List<string>();
        void Save(string? path, Func<string> render)
        {
            if (path is null)
                return;
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
                Directory.CreateDirectory(folder);
            File.WriteAllText(path, render());
            written.Add(path);
        }

        Save(Markdown, () => MarkdownWriter.Render(report, AllInMarkdown));
        Save(Json, () => JsonVerdictWriter.Render(report));
        Save(JUnit, () => JUnitWriter.Render(report));
        Save(Html, () => HtmlPageWriter.Render(report));
        return written;
    }
}
