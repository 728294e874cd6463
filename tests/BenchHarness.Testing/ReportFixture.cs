using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.Testing;

/// <summary>One report written from <see cref="ReportScenarios.Rich"/>, shared by the tests that only read it.</summary>
public sealed class ReportFixture : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public ReportFixture()
    {
        ResultsDirectory = ReportScenarios.Rich().WriteTo(temporary.Combine("results"));
        Report = ReportWriter.Write(ResultsDirectory, temporary.Combine("report"));
        Html = File.ReadAllText(Report.IndexHtml);
        Document = new HtmlParser().ParseDocument(Html);
    }

    public string ResultsDirectory { get; }
    public WrittenReport Report { get; }
    public string Html { get; }
    public IDocument Document { get; }

    public void Dispose() => temporary.Dispose();
}
