using System.Globalization;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Html;
using BenchHarness.Reports.Model;
using BenchHarness.Results;
using BenchHarness.Text;

namespace BenchHarness.Reports.Exporters;

/// <summary>
/// index.html: one self-contained page that answers, at a glance, what each anti-pattern costs here, whether that
/// is noise, and whether the study's finding reproduced.
/// </summary>
public static class HtmlReportExporter
{
    public const string FileName = "index.html";

    public static string Render(ReportInput input)
    {
        ResultSet set = input.ResultSet;
        IReadOnlyList<VerdictRow> verdicts = VerdictTable.Rows(input);
        IReadOnlyList<Caveat> caveats = ReportCaveats.For(input);
        CommonWarnings common = CommonWarnings.Of(set);
        var page = new HtmlPage($"BenchHarness report: {set.Name}{(set.IsIncomplete ? " (incomplete)" : "")}")
        {
            Subtitle = "Hybridization anti-patterns (Castro Vélez et al., MSR 2022): each anti-pattern against its fix, eager and graph, per device.",
            Footer = $"Generated {Numbers.Utc(input.GeneratedUtc)} by benchharness report from {set.Directory}. " +
                     "summary.md and summary.json beside this file hold the same verdicts.",
            Lead = w => Lead(w, input, verdicts, caveats),
        };
        for (int i = 0; i < caveats.Count; i++)
            page.AddBanner(caveats[i].Severity switch
            {
                CaveatSeverity.Failure => BannerKind.Failure,
                CaveatSeverity.Warning => BannerKind.Warning,
                _ => BannerKind.Info,
            }, caveats[i].Label, caveats[i].Text, CaveatId(i), CaveatLink(caveats[i]));

        page.AddSection("overview", "Run and environment", w => Overview(w, input));
        page.AddSection("reproduction", "Paper reproduction", w => Reproduction(w, verdicts));
        page.AddSection("reading", "What the numbers are", w => Reading(w, input));
        page.AddSection("speedups", "Fix vs anti-pattern speed-ups", w => Comparisons(w, input, ComparisonKind.FixVsAnti, common));
        page.AddSection("graph-vs-eager", "Graph vs eager", w => Comparisons(w, input, ComparisonKind.GraphVsEager, common));
        if (input.Pairs.CudaVsCpu.Count > 0)
            page.AddSection("cuda-vs-cpu", "CUDA vs CPU", w => Comparisons(w, input, ComparisonKind.CudaVsCpu, common));
        page.AddSection("first-call", "First call, steady state and break-even", w => FirstCall(w, input));
        page.AddSection("sweeps", "Size sweeps", w => Charts(w, ReportCharts.Sweeps(set.Benchmarks),
            "No suite swept a numeric parameter over two or more values.", grid: true));
        page.AddSection("distributions", "Per-benchmark distributions", w => Charts(w, ReportCharts.Distributions(set.Benchmarks),
            "No benchmark has measurements.", grid: false));
        page.AddSection("suites", "Suites", w => Suites(w, set));
        page.AddSection("benchmarks", "Benchmarks", w => Benchmarks(w, input, common));
        return page.Render();
    }

    /// <summary>The first screen: the outcome in one line, the caveats as badges, and the overview chart.</summary>
    private static void Lead(HtmlWriter w, ReportInput input, IReadOnlyList<VerdictRow> verdicts, IReadOnlyList<Caveat> caveats)
    {
        using (w.Open("div", ("class", "outcome"), ("id", "outcome")))
        {
            w.Element("strong", verdicts.All(v => v.Verdict == ShownVerdict.NotMeasured)
                ? "No catalog entry was measured in this result set."
                : $"Of the study's {verdicts.Count} catalog entries:");
            foreach (ShownVerdict verdict in Enum.GetValues<ShownVerdict>())
            {
                int count = verdicts.Count(v => v.Verdict == verdict);
                if (count > 0 || verdict != ShownVerdict.NotMeasured)
                    w.Element("span", $"{count} {VerdictRow.Words(verdict)}", ("class", $"badge b-{(count == 0 ? "zero" : VerdictRow.Css(verdict))}"));
            }
            for (int i = 0; i < caveats.Count; i++)
                w.Element("a", caveats[i].Label.TrimEnd('.', ':'),
                    ("class", $"badge caveat {caveats[i].Severity.ToString().ToLowerInvariant()}"), ("href", $"#{CaveatId(i)}"), ("title", caveats[i].Text));
        }
        if (ReportCharts.Overview(verdicts, input.Inference.ConfidenceLevel) is { } overview)
            w.Chart(ChartRendering.DrawAll([overview.Draw])[0], overview.Caption);
    }

    private static string CaveatId(int index) => $"caveat-{index + 1}";

    /// <summary>Where a caveat's affected rows are, when it is about rows.</summary>
    private static BannerLink? CaveatLink(Caveat caveat) => caveat.Code is "processes-disagree" or "multimodal"
        ? new BannerLink("Their rows: the Benchmarks table.", "#benchmarks")
        : null;

    /// <summary>The run's metadata, complete but folded: the lead above answers first.</summary>
    private static void Overview(HtmlWriter w, ReportInput input)
    {
        ResultSet set = input.ResultSet;
        var facts = new List<(string, string)> { ("result set", set.Directory) };
        if (set.Manifest is { } m)
        {
            facts.Add(("run id", m.RunId));
            facts.Add(("status", m.Status.ToString()));
            facts.Add(("started", Numbers.Utc(m.StartedUtc)));
            facts.Add(("finished", m.FinishedUtc is { } end ? $"{Numbers.Utc(end)} ({(end - m.StartedUtc).TotalSeconds:0} s)" : "not finished"));
            facts.Add(("command", m.CommandLine));
            facts.Add(("profile", $"{m.Options.Profile}: {m.ProfileSettings.ProcessesText} process(es) x {m.ProfileSettings.IterationCount} iterations " +
                                  $"of {m.ProfileSettings.IterationTime.TotalMilliseconds:0} ms, {m.ProfileSettings.WarmupCount?.ToString() ?? "automatic"} warm-up"));
            facts.Add(("seed", m.Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            facts.Add(("git", $"{m.Git.Commit} on {m.Git.Branch}{(m.Git.Dirty ? " (uncommitted changes)" : "")}"));
            facts.Add(("machine", $"{m.Machine.MachineName}: {m.Machine.Cpu}, {m.Machine.LogicalCores} logical cores"));
            facts.Add(("OS / .NET", $"{m.Machine.OperatingSystem}; {m.Machine.DotNetVersion}"));
            facts.Add(("engine", $"{m.Engine.Engine} {m.Engine.EngineVersion}, libtorch {m.Engine.RuntimeVersion}, {m.Engine.Backend} backend"));
            facts.Add(("threads", $"{m.Options.Threads} pinned (intra-op {m.Engine.IntraOpThreads}, inter-op {m.Engine.InterOpThreads})"));
            facts.Add(("devices", string.Join("; ", m.Devices.Select(d => d.Used ? $"{d.Device}: used" : $"{d.Device}: skipped ({d.Reason ?? "no reason"})"))));
            if (m.Engine.Gpus.Count > 0)
                facts.Add(("GPUs", string.Join("; ", m.Engine.Gpus)));
            if (m.Engine.Cuda is { } cuda)
                facts.Add(("CUDA stack", cuda.ToString()));
        }
        else if (set.Environment is { } environment)
        {
            facts.AddRange(environment.Facts.Select(f => (f.Key, f.Value)));
        }
        facts.Add(("benchmarks", $"{set.Benchmarks.Count} measured, {set.FailedBenchmarks.Count} failed" +
                                 (set.Manifest is null ? "" : $", {set.Suites.Count} suite(s) in the manifest")));

        using (w.Open("details", ("class", "metadata")))
        {
            w.Element("summary", $"{set.Manifest?.RunId ?? set.Name}: {set.Benchmarks.Count} benchmarks; {string.Join(", ", facts.Skip(1).Select(f => f.Item1))}");
            using (w.Open("dl", ("class", "facts")))
                foreach ((string name, string value) in facts)
                {
                    w.Element("dt", name);
                    w.Element("dd", value);
                }
        }
        if (set.Notes.Count > 0)
        {
            w.Element("h3", "Notes from loading");
            using (w.Open("ul"))
                foreach (string note in set.Notes)
                    w.Element("li", note);
        }
    }

    private static void Reading(HtmlWriter w, ReportInput input)
    {
        string[] shapes = input.ResultSet.Benchmarks.Select(b => b.Shape).Distinct().Order(StringComparer.Ordinal).ToArray();
        using (w.Open("ul"))
        {
            w.Element("li", "Time: a benchmark's typical time per operation: each process's fastest measured (workload) iteration, since on a " +
                            "shared machine noise only ever slows a call, then the geometric mean over processes, so a slow process still counts. " +
                            $"Distribution charts show the iterations ({ReportLimits.DotsPerBenchmark} evenly spaced quantiles of them past {ReportLimits.DotsPerBenchmark}, " +
                            "so the page does not grow with iterations); the benchmarks table their medians and quartiles.");
            w.Element("li", "Speed-up: reference time / candidate time. For fix vs anti-pattern, anti-pattern time / fix time: above 1x the fix is faster " +
                            "(the anti-pattern costs time), below 1x the fix is slower. Graph vs eager and CUDA vs CPU read the same way (graph, CUDA faster above 1x).");
            w.Element("li", $"Interval: {Numbers.Percent(input.Inference.ConfidenceLevel)} interval. {RatioInference.Method} " +
                            "An interval that excludes 1x is a difference; one that includes 1x cannot be told from noise.");
            w.Element("li", "Verdicts: judged on the comparisons that carry the pattern's mechanism (the catalog says which mode: for most " +
                            "patterns graph mode only). A pattern is reproduced when its fix is significantly (Holm-adjusted p < 0.05 across those " +
                            "comparisons) and materially faster, its interval above 1.10x, where the study expects it, and nowhere slower; not " +
                            "reproduced when it is slower, or no interval reaches 1.10x; inconclusive when mixed, too noisy, measured in a single " +
                            "process, or when a control is biased. The full rules are in docs/analysis.md.");
            w.Element("li", $"Controls: where both members run identical code (the eager column of {EagerControls()}), the " +
                            "speed-up must be about 1.0x. A control significantly and materially away from 1.0x is flagged biased: the measurement " +
                            "favours one member, and the pattern's verdict is inconclusive.");
            w.Element("li", $"Samples (processes x iterations per benchmark): {(shapes.Length == 0 ? "none" : string.Join(", ", shapes))}.");
            w.Element("li", "Colours: blue = faster, vermillion = slower, grey = interval includes 1x (colour-blind-safe Okabe-Ito palette). " +
                            "In time charts, pink = anti-pattern, green = fix; solid line with filled marker = graph, dashed with open marker = eager.");
        }
    }

    // The catalog says which columns are controls; the text follows it.
    private static string EagerControls() => string.Join(", ", PatternCatalog.All
        .Where(p => p.Kind == PatternKind.PerformancePair && p.Modes?.Eager == ModeRole.Control)
        .Select(p => p.Id));

    private static string DeviceDependent() => string.Join(", ", PatternCatalog.All
        .Where(p => p.Direction == ExpectedDirection.FixFasterOnSomeDevices)
        .Select(p => p.Id));

    private static void Reproduction(HtmlWriter w, IReadOnlyList<VerdictRow> verdicts)
    {
        w.Element("p", "Each catalog entry under the study finding it bears on: the expected effect in brief (its figures and sources " +
                       "in the numbered notes under the tables), what this run measured where the mechanism is (the speed-up of the fix " +
                       "[interval], per mode, device and size; the first line is the comparison that decides the verdict), the verdict " +
                       $"and why, and the controls (identical code in both members, expected at 1.0x). {StudyFindings.Magnitudes} Entries " +
                       "under findings (i) and (iii) are observed, not timed: their evidence is the values or the compiler's message. " +
                       "Expected effects are the CPU's: CUDA " +
                       $"comparisons are shown but judged only where the expectation is about devices ({DeviceDependent()}); every CUDA " +
                       "expectation is to be measured (benchharness list).",
            ("class", "note"));
        // Grouped by finding, in catalog order within each; the notes are numbered in that order.
        VerdictRow[] ordered = verdicts.OrderBy(v => v.Finding).ToArray();
        foreach (var finding in ordered.Select((v, i) => (Row: v, Note: i + 1)).GroupBy(x => x.Row.Finding))
        {
            w.Element("h3", StudyFindings.Heading(finding.Key));
            w.Table(new HtmlTable(
                ["pattern", "expected (CPU)", "measured (speed-up of the fix [interval]; deciding first)", "verdict", "why", "controls (identical code: expect 1.0x)"],
                finding.Select(x => (IReadOnlyList<HtmlCell>)
                [
                    new HtmlCell($"{x.Row.PatternId} {x.Row.Name}"),
                    new HtmlCell($"{x.Row.ExpectedBrief} [{x.Note}]", Title: x.Row.Expected),
                    new HtmlCell(x.Row.Measured.Count == 0 ? "—" : string.Join("\n", x.Row.Measured), "lines"),
                    new HtmlCell(x.Row.VerdictText, $"verdict {x.Row.CssClass}"),
                    new HtmlCell(x.Row.Reason, "note"),
                    new HtmlCell(x.Row.Controls.Count == 0 ? "—" : string.Join("\n", x.Row.Controls), "lines note"),
                ]).ToArray(),
                Class: "reproduction"));
        }
        using (w.Open("ol", ("class", "sources note")))
            foreach (VerdictRow v in ordered)
                w.Element("li", $"{v.PatternId}: {v.Expected}. Source: {v.Source}.");
    }


    private static void Comparisons(HtmlWriter w, ReportInput input, ComparisonKind kind, CommonWarnings common)
    {
        Comparison[] comparisons = ReportCharts.Ordered(input.Pairs.All.Where(c => c.Key.Kind == kind)).ToArray();
        (string candidate, string reference) = ComparisonText.SidesOf(kind);
        if (comparisons.Length == 0)
        {
            w.Element("p", $"No {candidate} vs {reference} pairs in this result set.", ("class", "note"));
            return;
        }
        Charts(w, ReportCharts.Forests(comparisons, kind, input.Inference.ConfidenceLevel), "", grid: false);
        w.Table(new HtmlTable(
            ["pattern", "held equal", $"{reference} time", $"{candidate} time", $"speed-up [{Numbers.Percent(input.Inference.ConfidenceLevel)} interval]", "reading", "p", "samples",
                $"mechanism ({reference} / {candidate})", "warnings"],
            comparisons.Select(c =>
            {
                EffectDirection direction = ComparisonText.Direction(c.SpeedUp);
                return (IReadOnlyList<HtmlCell>)
                [
                    new HtmlCell(c.Key.PatternId, Title: ReportCharts.PatternTitle(c.Key.PatternId)),
                    new HtmlCell(ComparisonText.HeldEqual(c.Key)),
                    new HtmlCell(Numbers.Time(c.ReferenceTime), "num"),
                    new HtmlCell(Numbers.Time(c.CandidateTime), "num"),
                    new HtmlCell(ComparisonText.RatioWithInterval(c.SpeedUp), "num", $"Hodges-Lehmann: {Numbers.Ratio(c.HodgesLehmannSpeedUp)}"),
                    new HtmlCell(ComparisonText.DirectionWords(direction, kind), direction.ToString().ToLowerInvariant()),
                    new HtmlCell(Numbers.PValue(c.SpeedUp.PValue), "num"),
                    new HtmlCell($"{c.Reference.Shape} / {c.Candidate.Shape}", "num"),
                    new HtmlCell(MechanismText.Pair(c.Reference.Mechanism, c.Candidate.Mechanism), "note"),
                    new HtmlCell(string.Join("\n", Warnings(c, common)), "lines note", c.Warnings.Count == 0 ? null : string.Join("; ", c.Warnings)),
                ];
            }).ToArray(),
            Caption: $"{comparisons.Length} comparison(s); samples are processes x iterations, {reference} / {candidate}; " +
                     "mechanism: graph compilations and resident (native) memory growth per operation of the workload, and per process, counted outside the timed calls."));
    }

    private static IEnumerable<string> Warnings(Comparison comparison, CommonWarnings common)
    {
        if (comparison.SpeedUp.SingleProcess)
            yield return "single process: interval too narrow";
        foreach (string? warning in new[] { common.For(comparison.ReferenceModality), common.For(comparison.CandidateModality) })
            if (warning is not null)
                yield return warning;
    }

    private static void FirstCall(HtmlWriter w, ReportInput input)
    {
        IReadOnlyList<ColdStart> starts = input.Pairs.ColdStarts;
        if (starts.Count == 0)
        {
            w.Element("p", "No suite in this result set timed first calls (AntiFirstCall / FixFirstCall).", ("class", "note"));
            return;
        }
        w.Element("p", $"A first call builds the member from scratch (compile, first profiling runs) and calls it {BreakEven.FirstCallInvocations} times. " +
                       "Start-up overhead = first-call time minus the same number of steady calls. Break-even = the call count from which the " +
                       "member that is dearer cold becomes cheaper in total. On the CPU a graph's first calls are its compile, a profiling " +
                       "run and an optimisation (this libtorch has no CPU fuser); on CUDA the second call also compiles fused kernels " +
                       "(NNC via NVRTC), so CUDA first calls are not the CPU's. Each suite's log records one first use stage by stage.",
            ("class", "note"));
        w.Table(new HtmlTable(
            ["pattern", "member", "held equal", $"first {BreakEven.FirstCallInvocations} calls", "steady call", "start-up overhead", "first / steady"],
            starts.OrderBy(s => s.Steady.PatternId, StringComparer.Ordinal).ThenBy(s => s.Steady.Device).ThenBy(s => s.Steady.Mode)
                .ThenBy(s => s.Steady.Member).ThenBy(s => ReportCharts.CaseOrder(s.Steady.Case))
                .Select(s => (IReadOnlyList<HtmlCell>)
                [
                    new HtmlCell(s.Steady.PatternId),
                    new HtmlCell(s.Steady.Member.ToString()),
                    new HtmlCell($"{s.Steady.Mode} · {s.Steady.Device}{(s.Steady.Case.Length > 0 ? " · " + s.Steady.Case : "")}"),
                    new HtmlCell(Numbers.Time(s.Cost.FirstCall), "num"),
                    new HtmlCell(Numbers.Time(s.Cost.Steady), "num"),
                    new HtmlCell(Numbers.Time(s.Cost.StartupOverhead), "num"),
                    new HtmlCell(Numbers.Ratio(s.Cost.FirstCall / s.Cost.Steady), "num"),
                ]).ToArray()));
        Charts(w, ReportCharts.BreakEvens(input.Pairs.BreakEvens, input.Pairs.All), "No pair has first-call costs on both sides.", grid: true);
    }

    private static void Charts(HtmlWriter w, IEnumerable<PlannedChart> planned, string whenNone, bool grid)
    {
        PlannedChart[] charts = planned.ToArray();
        if (charts.Length == 0)
        {
            if (whenNone.Length > 0)
                w.Element("p", whenNone, ("class", "note"));
            return;
        }
        // Charts are independent: draw them in parallel, insert them in order.
        PlannedChart[] shown = charts.Take(ReportLimits.ChartsPerSection).ToArray();
        ChartSvg[] drawn = ChartRendering.DrawAll(shown.Select(c => c.Draw).ToArray());
        using (w.Open("div", ("class", grid ? "chart-grid" : "chart-list")))
            for (int i = 0; i < shown.Length; i++)
                w.Chart(drawn[i], shown[i].Caption);
        if (shown.Length < charts.Length)
            w.Element("p", $"{charts.Length - shown.Length} more chart(s) of this section are not drawn: a page draws at most {ReportLimits.ChartsPerSection} per section.",
                ("class", "note"));
    }

    private static void Suites(HtmlWriter w, ResultSet set)
    {
        if (set.Manifest is null)
        {
            w.Element("p", "No manifest: which suites ran, and how they ended, is unknown.", ("class", "note"));
            return;
        }
        w.Table(new HtmlTable(
            ["pattern", "suite", "status", "benchmarks", "failed benchmarks", "equivalence", "finding / reason"],
            set.Suites.Select(s => (IReadOnlyList<HtmlCell>)
            [
                new HtmlCell(s.PatternId, Title: ReportCharts.PatternTitle(s.PatternId)),
                new HtmlCell(s.Suite, "mono"),
                new HtmlCell(s.Status.ToString(), $"status-{s.Status.ToString().ToLowerInvariant()}"),
                new HtmlCell(s.Benchmarks.ToString(System.Globalization.CultureInfo.InvariantCulture), "num"),
                new HtmlCell(s.FailedBenchmarks.Count == 0 ? "none" : string.Join("\n", s.FailedBenchmarks), "lines mono"),
                new HtmlCell(Equivalence(s)),
                new HtmlCell(s.Finding is { } f ? $"{f.Summary}{(f.Detail is null ? "" : ": " + f.Detail)}" : s.Reason ?? "", "note"),
            ]).ToArray()));
    }

    private static string Equivalence(SuiteOutcome suite)
    {
        if (suite.Equivalence.Count == 0)
            return "—";
        EquivalenceCheck[] failed = suite.Equivalence.Where(e => !e.Equivalent).ToArray();
        return failed.Length == 0
            ? $"{suite.Equivalence.Count} checks agree"
            : $"{failed.Length} of {suite.Equivalence.Count} disagree: " +
              string.Join("; ", failed.Take(3).Select(e => $"{e.Candidate} ({e.Case}) max diff {Numbers.Plain(e.MaxAbsoluteDifference, "G3")}"));
    }

    private static void Benchmarks(HtmlWriter w, ReportInput input, CommonWarnings common)
    {
        ResultSet set = input.ResultSet;
        var unpaired = new HashSet<string>(input.Pairs.Unpaired.Select(b => b.FullName), StringComparer.Ordinal);
        int total = set.Benchmarks.Count + set.FailedBenchmarks.Count;
        w.Table(new HtmlTable(
            ["benchmark", "samples", "median", "quartiles", "process medians", "min – max", "notes", "mechanism", "paired"],
            set.Benchmarks.Take(ReportLimits.TableRows).Select(b =>
            {
                Quartiles q = Quartiles.Of(b.Pooled);
                SampleSummary summary = SampleSummary.Of(b.Processes);
                return (IReadOnlyList<HtmlCell>)
                [
                    new HtmlCell(b.FullName, "mono"),
                    new HtmlCell(b.Shape, "num"),
                    new HtmlCell(Numbers.Time(summary.Median), "num"),
                    new HtmlCell($"{Numbers.Time(q.Q1)} – {Numbers.Time(q.Q3)}", "num"),
                    new HtmlCell(string.Join(", ", summary.ProcessMedians.Select(Numbers.Time)), "num"),
                    new HtmlCell($"{Numbers.Time(summary.Min)} – {Numbers.Time(summary.Max)}", "num"),
                    new HtmlCell(common.For(summary.Modality) ?? "", "note", summary.Modality.Warning),
                    new HtmlCell(MechanismText.For(b.Mechanism), "note"),
                    new HtmlCell(unpaired.Contains(b.FullName) ? "no" : "yes"),
                ];
            }).Concat(set.FailedBenchmarks.Select(name => (IReadOnlyList<HtmlCell>)
            [
                new HtmlCell(name, "mono"), new HtmlCell("failed", "status-failed"), "—", "—", "—", "—", "", "", "no",
            ])).Take(ReportLimits.TableRows).ToArray(),
            Caption: total > ReportLimits.TableRows
                ? string.Create(CultureInfo.InvariantCulture,
                    $"The first {ReportLimits.TableRows:N0} of {total:N0} benchmarks (measured first, then failed): a page lists at most {ReportLimits.TableRows:N0}; times per operation over all measured iterations.")
                : "Every benchmark in the result set; times per operation over all measured iterations."));
    }
}
