using System.Text.Json;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.Results;

namespace BenchHarness.History.Pages;

/// <summary>
/// history.json (schema version 1): every series of the branch with its points and change points, and the series
/// that stand regressed, for tools (an issue bot, a dashboard).
/// </summary>
public static class HistoryJson
{
    public const string FileName = "history.json";
    public const int SchemaVersion = 1;

    public static string Render(HistoryReport report) => JsonSerializer.Serialize(new
    {
        schemaVersion = SchemaVersion,
        branch = report.Branch,
        store = report.StorePath,
        runs = report.Runs,
        method = HistoryPage.Method(report.Settings),
        settings = new { minimumChange = report.Settings.MinimumChange, minimumSegment = report.Settings.MinimumSegment, penalty = report.Settings.Penalty },
        standingRegressions = report.StandingRegressions.Select(x => new
        {
            machine = x.Machine.Machine.Fingerprint,
            pattern = x.Series.Series.Key.Pattern,
            kind = Kind(x.Series.Series.Key.Kind),
            name = x.Series.Series.Key.Name,
            change = Change(x.Series.Changes[^1]),
        }),
        machines = report.Machines.Select(m => new
        {
            fingerprint = m.Machine.Fingerprint,
            label = m.Machine.Label,
            profile = m.Machine.Profile,
            commits = m.Commits,
            series = m.Series.Select(s => new
            {
                pattern = s.Series.Key.Pattern,
                kind = Kind(s.Series.Key.Kind),
                name = s.Series.Key.Name,
                points = s.Series.Points.Select(p => new
                {
                    commit = p.Commit,
                    measuredUtc = p.MeasuredUtc,
                    estimate = p.Estimate,
                    lower = p.Lower,
                    upper = p.Upper,
                    logStandardError = p.LogStandardError,
                    runs = p.Runs,
                    singleProcess = p.SingleProcess,
                }),
                changes = s.Changes.Select(Change),
            }),
        }),
    }, ResultJson.Options);

    private static string Kind(SeriesKind kind) => kind == SeriesKind.Time ? "time" : "speedUp";

    private static object Change(ChangePoint change) => new
    {
        commitRange = change.CommitRange,
        lastBefore = change.LastBefore,
        firstAfter = change.FirstAfter,
        index = change.Index,
        before = change.Before,
        after = change.After,
        ratio = change.Ratio,
        lower = change.Lower,
        upper = change.Upper,
        regression = change.IsRegression,
    };
}
