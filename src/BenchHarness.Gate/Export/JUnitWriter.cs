using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Text;

namespace BenchHarness.Gate.Export;

/// <summary>
/// JUnit XML for CI test views: one test case per benchmark verdict and per pair check; slower benchmarks and failed
/// checks are failures, inconclusive and not-measured ones are skipped, each with the rule as its message.
/// </summary>
public static class JUnitWriter
{
    public static string Render(GateReport report)
    {
        XElement benchmarks = Suite("benchmarks", report.Benchmarks.Select(b => Case(
            ClassName(b.Name), MethodName(b.Name),
            b.Verdict switch
            {
                ChangeVerdict.Slower => Failure("slower", b.Rule, b.Advice),
                ChangeVerdict.Inconclusive => Skipped(b.Rule, b.Advice),
                _ => null,
            },
            $"{VerdictText.VerdictWord(b.Verdict)}: ratio {VerdictText.RatioWithInterval(b.Estimate)}, threshold {b.Threshold} ({b.ThresholdOrigin}), " +
            $"p adj {Numbers.PValue(b.Estimate.AdjustedPValue)}, {b.Samples}; {b.Rule}")));
        XElement[] checks = Enum.GetValues<PairCheckKind>().Select(kind => Suite(
            kind == PairCheckKind.Contract ? "contracts" : "erosion",
            report.PairChecks.Where(c => c.Kind == kind).Select(c => Case(
                $"{VerdictText.CheckKindWord(kind)}.{c.Subject.Split(' ')[0]}", $"{c.Subject}: {c.Rule}",
                c.Outcome switch
                {
                    CheckOutcome.Fails => Failure(kind == PairCheckKind.Contract ? "contract breached" : "speed-up eroded", c.Explanation, c.Advice),
                    CheckOutcome.Inconclusive or CheckOutcome.NotMeasured => Skipped(c.Explanation, c.Advice),
                    _ => null,
                },
                $"{VerdictText.CheckOutcomeWord(c.Outcome)}: {c.Explanation}")))).ToArray();

        var root = new XElement("testsuites",
            new XAttribute("name", $"benchharness gate: {report.Current.RunId} vs {report.Baseline.RunId}"),
            new XAttribute("tests", Sum(checks.Prepend(benchmarks), "tests")),
            new XAttribute("failures", Sum(checks.Prepend(benchmarks), "failures")),
            new XAttribute("skipped", Sum(checks.Prepend(benchmarks), "skipped")),
            benchmarks, checks);
        EscapeWhatXmlCannotCarry(root);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + Environment.NewLine + root;
    }

    /// <summary>
    /// XML 1.0 cannot carry most control characters, lone surrogates or U+FFFE/U+FFFF, even as references: names and
    /// reasons from result sets may hold them, so each becomes a visible \uXXXX in every attribute and text.
    /// </summary>
    private static void EscapeWhatXmlCannotCarry(XElement root)
    {
        foreach (XAttribute attribute in root.DescendantsAndSelf().Attributes())
            attribute.Value = Escape(attribute.Value);
        foreach (XText text in root.DescendantNodes().OfType<XText>())
            text.Value = Escape(text.Value);
    }

    private static string Escape(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                escaped.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                escaped.Append(text[i]).Append(text[++i]);
            else
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
        }
        return escaped.ToString();
    }

    private static XElement Suite(string name, IEnumerable<XElement> cases)
    {
        XElement[] all = cases.ToArray();
        return new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", all.Length),
            new XAttribute("failures", all.Count(c => c.Element("failure") is not null)),
            new XAttribute("skipped", all.Count(c => c.Element("skipped") is not null)),
            all);
    }

    private static XElement Case(string className, string name, XElement? outcome, string output) =>
        new("testcase", new XAttribute("classname", className), new XAttribute("name", name), new XAttribute("time", "0"),
            outcome, new XElement("system-out", output));

    private static XElement Failure(string type, string rule, string? advice) =>
        new("failure", new XAttribute("type", type), new XAttribute("message", rule), advice ?? rule);

    private static XElement Skipped(string rule, string? advice) =>
        new("skipped", new XAttribute("message", advice is null ? rule : $"{rule}; {advice}"));

    private static string Sum(IEnumerable<XElement> suites, string attribute) =>
        suites.Sum(s => int.Parse(s.Attribute(attribute)!.Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);

    /// <summary>"P01MissingHybridization" of "P01MissingHybridization.Fix(Size: 16, ...)".</summary>
    private static string ClassName(string name)
    {
        int parenthesis = name.IndexOf('(');
        int dot = name.LastIndexOf('.', parenthesis < 0 ? name.Length - 1 : parenthesis);
        return dot < 0 ? "benchmarks" : name[..dot];
    }

    private static string MethodName(string name)
    {
        int parenthesis = name.IndexOf('(');
        int dot = name.LastIndexOf('.', parenthesis < 0 ? name.Length - 1 : parenthesis);
        return dot < 0 ? name : name[(dot + 1)..];
    }
}
