using System.Globalization;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Reports.Charts;
using BenchHarness.Results;
using BenchHarness.Text;

namespace BenchHarness.Reports.Model;

/// <summary>A chart to draw, and the caption that says how to read it.</summary>
public sealed record PlannedChart(string Group, Func<ChartSvg> Draw, string Caption);

/// <summary>Turns the analysis into chart specifications: which charts a report has, and what each one plots.</summary>
public static class ReportCharts
{
    public static string PatternTitle(string patternId) => PatternCatalog.Find(patternId)?.Title ?? patternId;

    /// <summary>
    /// The whole catalog on one chart: each timed pattern's deciding comparison, coloured by verdict; null when no
    /// pattern was timed.
    /// </summary>
    public static PlannedChart? Overview(IReadOnlyList<VerdictRow> verdicts, double level)
    {
        VerdictRow[] decided = verdicts.Where(v => v.Deciding is not null && v.Verdict != ShownVerdict.NotMeasured).ToArray();
        if (decided.Length == 0)
            return null;
        // One device for every row (a CPU-only run) need not be named on each.
        bool oneDevice = decided.Select(v => v.Deciding!.Key.Device).Distinct().Count() == 1;
        OverviewRow[] rows = decided.Select(v => new OverviewRow(
                $"{v.PatternId} {v.Name} · {ComparisonText.HeldEqual(oneDevice ? v.Deciding!.Key with { Device = null } : v.Deciding!.Key)}",
                ComparisonText.ToChart(v.Deciding!.SpeedUp),
                VerdictRow.Words(v.Verdict),
                VerdictColor(v.Verdict)))
            .ToArray();
        var spec = new OverviewChartSpec(
            "Did the study's findings reproduce? Each pattern's deciding speed-up",
            $"speed-up of the fix = anti-pattern time / fix time, log scale; bars: {Numbers.Percent(level)} interval",
            rows,
            ReproductionRule.MaterialSpeedUp);
        string[] byBehaviour = verdicts.Where(v => v.ByBehaviour).Select(v => v.PatternId).ToArray();
        return new PlannedChart("overview", () => OverviewChart.Render(spec),
            "One row per timed pattern: the comparison that decides its verdict (the paper table lists every one). Right of the " +
            $"dashed 1x line the fix is faster; in the green region by at least {Numbers.Ratio(ReproductionRule.MaterialSpeedUp)}, as the study expects." +
            (byBehaviour.Length > 0 ? $" {InWords(byBehaviour)}: judged by behaviour, not time." : ""));
    }

    /// <summary>"P08", "P08 and P12", "P08, P12 and P14".</summary>
    private static string InWords(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    public static ScottPlot.Color VerdictColor(ShownVerdict verdict) => verdict switch
    {
        ShownVerdict.Reproduced => ChartColors.Faster,
        ShownVerdict.NotReproduced => ChartColors.Slower,
        _ => ChartColors.Unclear,
    };

    /// <summary>One forest plot per pattern for a comparison kind; series by member when the kind holds mode fixed.</summary>
    public static IEnumerable<PlannedChart> Forests(IEnumerable<Comparison> comparisons, ComparisonKind kind, double level)
    {
        (string candidate, string reference) = ComparisonText.SidesOf(kind);
        foreach (var pattern in comparisons.Where(c => c.Key.Kind == kind).GroupBy(c => c.Key.PatternId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            bool bySeries = kind != ComparisonKind.FixVsAnti;
            Comparison[] ordered = Ordered(pattern).ToArray();
            ForestPoint[] points = ordered.Take(ReportLimits.RowsPerChart)
                .Select(c => new ForestPoint(
                    ComparisonText.HeldEqual(bySeries ? c.Key with { Member = null } : c.Key),
                    ComparisonText.ToChart(c.SpeedUp),
                    bySeries ? c.Key.Member?.ToString() ?? "" : ""))
                .ToArray();
            var spec = new ForestChartSpec(
                $"{PatternTitle(pattern.Key)}: {candidate} vs {reference}",
                candidate,
                $"speed-up = {reference} time / {candidate} time, log scale; bars: {Numbers.Percent(level)} interval",
                points);
            yield return new PlannedChart(pattern.Key, () => ForestChart.Render(spec),
                $"{PatternTitle(pattern.Key)}: right of the dashed 1x line the {candidate} is faster, left of it slower." +
                ReportLimits.PartNote(points.Length, ordered.Length, "comparisons", "the table below lists them"));
        }
    }

    /// <param name="comparisons">Steady-state comparisons, to say when a break-even rests on a difference within noise.</param>
    public static IEnumerable<PlannedChart> BreakEvens(IEnumerable<ColdStartBreakEven> breakEvens, IEnumerable<Comparison> comparisons)
    {
        var steady = comparisons.Where(c => c.Key.Phase == CallPhase.Steady).ToDictionary(c => c.Key);
        foreach (ColdStartBreakEven breakEven in breakEvens
                     .OrderBy(b => b.Key.PatternId, StringComparer.Ordinal).ThenBy(b => b.Key.Kind).ThenBy(b => b.Key.Device)
                     .ThenBy(b => b.Key.Mode).ThenBy(b => b.Key.Member).ThenBy(b => CaseOrder(b.Key.Case)))
        {
            CostCurve reference = Curve(breakEven.Reference);
            CostCurve candidate = Curve(breakEven.Candidate);
            (string c, string r) = ComparisonText.SidesOf(breakEven.Key.Kind);
            ComparisonKey steadyKey = breakEven.Key with { Phase = CallPhase.Steady };
            bool noisy = steady.TryGetValue(steadyKey, out Comparison? warm) && !warm.Significant
                         && breakEven.Result.Kind == BreakEvenKind.AfterCalls;
            var spec = new BreakEvenChartSpec(
                $"{breakEven.Key.PatternId} · {ComparisonText.HeldEqual(steadyKey)}",
                [reference, candidate],
                breakEven.Result.Kind == BreakEvenKind.AfterCalls ? breakEven.Result.Calls : null);
            yield return new PlannedChart(breakEven.Key.PatternId, () => BreakEvenChart.Render(spec),
                $"{PatternTitle(breakEven.Key.PatternId)}, {c} vs {r}: {BreakEvenText(breakEven)}" +
                (noisy ? " Their steady-state times do not differ beyond noise, so this break-even is not reliable." : ""));
        }
    }

    public static string BreakEvenText(ColdStartBreakEven breakEven)
    {
        (string candidate, string reference) = ComparisonText.SidesOf(breakEven.Key.Kind);
        string cold = breakEven.Result.CheaperCold == CostSide.A ? reference : candidate;
        string other = breakEven.Result.CheaperCold == CostSide.A ? candidate : reference;
        return breakEven.Result.Kind == BreakEvenKind.AfterCalls && breakEven.Result.Calls is { } calls
            ? $"the {cold} is cheaper for the first calls; the {other} is cheaper in total from {calls.ToString("N0", CultureInfo.InvariantCulture)} calls on."
            : $"the {cold} is cheaper cold and no slower warm: the {other} never catches up.";
    }

    /// <summary>Time against the swept parameter, per pattern, device and phase, when the suite sweeps a numeric parameter.</summary>
    public static IEnumerable<PlannedChart> Sweeps(IEnumerable<BenchmarkSamples> benchmarks)
    {
        var swept = benchmarks
            .Where(b => b.Identity is not null)
            .Select(b => (Benchmark: b, Identity: b.Identity!, Parameter: SweptParameter(b.Identity!)))
            .Where(x => x.Parameter is not null)
            .GroupBy(x => (x.Identity.PatternId, x.Identity.Device, x.Identity.Phase, x.Parameter!.Value.Name))
            .OrderBy(g => g.Key.PatternId, StringComparer.Ordinal).ThenBy(g => g.Key.Device).ThenBy(g => g.Key.Phase);
        foreach (var group in swept)
        {
            if (group.Select(x => x.Parameter!.Value.Value).Distinct().Count() < 2)
                continue;
            SweepLine[] lines = group
                .GroupBy(x => (x.Identity.Member, x.Identity.Mode))
                .OrderBy(g => g.Key.Member).ThenBy(g => g.Key.Mode)
                .Select(line => new SweepLine(
                    SeriesStyle.Name(line.Key.Member, line.Key.Mode),
                    SeriesStyle.For(line.Key.Member, line.Key.Mode),
                    line.Select(x =>
                    {
                        Quartiles summary = Quartiles.Of(x.Benchmark.Pooled);
                        return new SweepPoint(x.Parameter!.Value.Value, summary.Median, summary.Q1, summary.Q3);
                    }).ToArray(),
                    Group: line.Key.Mode.ToString()))
                .ToArray();
            string phase = group.Key.Phase.Words() is { } words ? $" · {words}" : "";
            var spec = new SweepChartSpec($"{group.Key.PatternId} · {group.Key.Device}{phase}", group.Key.Name, lines);
            yield return new PlannedChart(group.Key.PatternId, () => SweepChart.Render(spec),
                $"{PatternTitle(group.Key.PatternId)} on {group.Key.Device}{phase}: median per operation, bars from the first to the third quartile; X marks where anti-pattern and fix swap order in one mode (by more than 5% on both sides).");
        }
    }

    /// <summary>
    /// One strip chart per results file (suite): every iteration of every benchmark, up to
    /// <see cref="ReportLimits.RowsPerChart"/> benchmarks of <see cref="ReportLimits.DotsPerBenchmark"/> dots each.
    /// </summary>
    public static IEnumerable<PlannedChart> Distributions(IEnumerable<BenchmarkSamples> benchmarks)
    {
        foreach (var suite in benchmarks.GroupBy(b => b.SourceFile).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            BenchmarkSamples[] ordered = suite
                .OrderBy(b => b.Identity?.Phase).ThenBy(b => b.Identity?.Device).ThenBy(b => b.Identity?.Case, StringComparer.Ordinal)
                .ThenBy(b => b.Identity?.Mode).ThenBy(b => b.Identity?.Member)
                .ToArray();
            BenchmarkSamples[] shown = ordered.Take(ReportLimits.RowsPerChart).ToArray();
            DistributionRow[] rows = shown
                .Select(b => new DistributionRow(
                    BenchmarkLabel(b),
                    b.Identity is { } id ? SeriesStyle.For(id.Member, id.Mode) : new SeriesStyle(ChartColors.Unclear, ScottPlot.LinePattern.Solid, ScottPlot.MarkerShape.FilledCircle),
                    ReportLimits.Dots(b.Pooled),
                    Quartiles.Of(b.Pooled).Median))
                .ToArray();
            string name = SuiteName(suite.Key);
            var spec = new DistributionChartSpec(name, rows);
            bool summarised = shown.Any(b => b.IterationCount > ReportLimits.DotsPerBenchmark);
            yield return new PlannedChart(name, () => DistributionChart.Render(spec),
                $"{name}: each dot is one measured iteration (time per operation), the bar its median; a wide or split cloud means a noisy or bimodal benchmark." +
                (summarised
                    ? $" A benchmark of more than {ReportLimits.DotsPerBenchmark} iterations shows {ReportLimits.DotsPerBenchmark} evenly spaced quantiles of them, fastest to slowest, instead of every iteration."
                    : "") +
                ReportLimits.PartNote(shown.Length, ordered.Length, "benchmarks of this suite", "the Benchmarks table lists them"));
        }
    }

    /// <summary>"Anti graph · Cpu · Size=16" for harness names, the full name otherwise.</summary>
    public static string BenchmarkLabel(BenchmarkSamples benchmark) => benchmark.Identity is { } id
        ? string.Join(" · ", new[] { SeriesStyle.Name(id.Member, id.Mode), id.Device.ToString(), id.Case, id.Phase.Words() ?? "" }
            .Where(p => p.Length > 0))
        : benchmark.FullName;

    public static string SuiteName(string resultsFile)
    {
        string file = Path.GetFileName(resultsFile);
        foreach (string ending in ResultSetLayout.BenchmarkDotNetReportEndings)
            if (file.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                return file[..^ending.Length];
        return file;
    }

    /// <summary>Comparisons in reading order: steady before first call, then device, mode, member and case.</summary>
    public static IEnumerable<Comparison> Ordered(IEnumerable<Comparison> comparisons) => comparisons
        .OrderBy(c => c.Key.PatternId, StringComparer.Ordinal).ThenBy(c => c.Key.Phase).ThenBy(c => c.Key.Device).ThenBy(c => c.Key.Mode)
        .ThenBy(c => c.Key.Member).ThenBy(c => CaseOrder(c.Key.Case)).ThenBy(c => c.Key.Case, StringComparer.Ordinal);

    /// <summary>The numeric value of a one-parameter case ("Size=16" is 16), so sweeps sort 16 before 256.</summary>
    public static double CaseOrder(string @case) =>
        @case.Split('=') is [_, var value] && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : 0;

    private static (string Name, double Value)? SweptParameter(BenchmarkIdentity identity)
    {
        var others = identity.Parameters.Where(p => p.Key is not (nameof(BenchmarkIdentity.Mode) or nameof(BenchmarkIdentity.Device))).ToArray();
        return others is [var only] && double.TryParse(only.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0
            ? (only.Key, value)
            : null;
    }

    private static CostCurve Curve(ColdStart start) => new(
        SeriesStyle.Name(start.Steady.Member, start.Steady.Mode),
        SeriesStyle.For(start.Steady.Member, start.Steady.Mode),
        start.Cost.FirstCall,
        BreakEven.FirstCallInvocations,
        start.Cost.Steady);
}
