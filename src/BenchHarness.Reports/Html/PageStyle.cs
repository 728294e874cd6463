namespace BenchHarness.Reports.Html;

/// <summary>The page's only stylesheet, embedded: readable on a laptop screen, printable, no web fonts.</summary>
public static class PageStyle
{
    public const string Css = """
        :root { --text:#222; --muted:#5f5f5f; --line:#d9d9d9; --faster:#0072B2; --slower:#D55E00; --unclear:#6b6b6b;
                --warn-bg:#fff4e0; --warn-line:#e69f00; --fail-bg:#fde8e4; --fail-line:#d55e00; --info-bg:#eef5fb; --info-line:#56b4e9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--text); background: #fff; }
        header, nav, main, footer, .lead { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 20px; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.3em; margin: 32px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
        h3 { font-size: 1.05em; margin: 20px 0 6px; }
        p, li { max-width: 80ch; }
        .subtitle, .note, figcaption, caption { color: var(--muted); }
        .note { font-size: 0.92em; }
        nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; list-style: none; margin: 12px 0; }
        nav a { color: var(--faster); text-decoration: none; }
        nav a:hover { text-decoration: underline; }
        .outcome { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin: 10px 0 4px; padding: 8px 12px; background: #f4f1ea; border-radius: 4px; }
        .badge { display: inline-block; padding: 1px 10px; border-radius: 12px; font-size: 0.92em; white-space: nowrap; text-decoration: none; border: 1px solid transparent; }
        .badge.b-reproduced { background: var(--faster); color: #fff; font-weight: 600; }
        .badge.b-not-reproduced { background: var(--slower); color: #fff; font-weight: 600; }
        .badge.b-inconclusive { background: var(--unclear); color: #fff; font-weight: 600; }
        .badge.b-slower { background: var(--slower); color: #fff; font-weight: 600; }
        .badge.b-faster { background: var(--faster); color: #fff; font-weight: 600; }
        .badge.b-same { background: #fff; color: var(--text); border-color: var(--line); }
        .badge.b-not-measured { background: #fff; color: var(--muted); border-color: var(--line); }
        .badge.b-zero { background: #fff; color: var(--muted); border-color: var(--line); font-weight: normal; }
        .badge.caveat { background: #fff; color: var(--text); border-color: var(--warn-line); }
        .badge.caveat.failure { border-color: var(--fail-line); color: var(--slower); font-weight: 600; }
        .badge.caveat.info { border-color: var(--info-line); }
        .lead figure.chart { margin: 4px 0 8px; }
        details.metadata > summary { cursor: pointer; color: var(--muted); }
        .banner { max-width: 1132px; margin: 10px auto; padding: 10px 14px; border-left: 6px solid; border-radius: 3px; }
        .banner.warning { background: var(--warn-bg); border-color: var(--warn-line); }
        .banner.failure { background: var(--fail-bg); border-color: var(--fail-line); }
        .banner.info { background: var(--info-bg); border-color: var(--info-line); }
        .banner strong { margin-right: 6px; }
        .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
        table { border-collapse: collapse; font-size: 0.92em; }
        caption { text-align: left; padding: 4px 0; caption-side: top; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
        th { background: #f5f5f5; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.mono, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        figure.chart { margin: 12px 0 20px; }
        svg.chart { max-width: 100%; height: auto; display: block; }
        .chart-grid { display: flex; flex-wrap: wrap; gap: 8px 16px; }
        .chart-grid figure.chart { flex: 0 1 540px; margin: 8px 0; }
        .verdict { font-weight: 600; white-space: nowrap; }
        td.lines { white-space: pre-line; }
        table.reproduction td:nth-child(3) { min-width: 19em; }
        table.reproduction td:nth-child(2) { max-width: 14em; }
        ol.sources li { max-width: none; }
        .reproduced, .faster { color: var(--faster); }
        .not-reproduced, .slower { color: var(--slower); }
        .inconclusive, .unclear { color: var(--unclear); }
        .verdict.not-measured { color: var(--muted); font-weight: normal; font-style: italic; }
        .status-failed { color: var(--slower); font-weight: 600; }
        .status-skipped { color: var(--muted); }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        footer { margin-top: 40px; padding-bottom: 32px; color: var(--muted); font-size: 0.85em; }
        @media print { nav { display: none; } h2 { break-before: auto; } figure.chart { break-inside: avoid; } }
        """;
}
