namespace BenchHarness.Catalog;

/// <summary>How the study's three findings are named wherever the harness shows them (list, report, summary).</summary>
public static class StudyFindings
{
    /// <summary>Said once per report: the catalog's expected figures come from TensorFlow programs.</summary>
    public const string Magnitudes =
        "The study's magnitudes are TensorFlow's (Python dispatch, Grappler): only their directions are reproduced here.";

    /// <summary>The paper's numbering: (i), (ii), (iii).</summary>
    public static string Number(StudyFinding finding) => finding switch
    {
        StudyFinding.ApiMisuse => "(i)",
        StudyFinding.Performance => "(ii)",
        _ => "(iii)",
    };

    public static string Name(StudyFinding finding) => finding switch
    {
        StudyFinding.ApiMisuse => "API misuse",
        StudyFinding.Performance => "performance",
        _ => "incompatibility",
    };

    public static string Claim(StudyFinding finding) => finding switch
    {
        StudyFinding.ApiMisuse => "hybridization is prone to API misuse",
        StudyFinding.Performance => "hybridization can degrade performance",
        _ => "execution-mode incompatibility limits where hybridization applies",
    };

    /// <summary>What kind of evidence the harness gives for the finding's entries.</summary>
    public static string Evidence(StudyFinding finding) => finding switch
    {
        StudyFinding.ApiMisuse => "observed: results diverge, or the graph refuses calls eager code accepts",
        StudyFinding.Performance => "timed: the fix against the anti-pattern",
        _ => "observed: what graph mode refuses, with its message",
    };

    /// <summary>"Finding (i): hybridization is prone to API misuse (observed: ...)".</summary>
    public static string Heading(StudyFinding finding) => $"Finding {Number(finding)}: {Claim(finding)} ({Evidence(finding)})";
}
