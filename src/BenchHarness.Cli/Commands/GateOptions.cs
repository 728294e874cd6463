using System.CommandLine;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Export;

namespace BenchHarness.Cli.Commands;

/// <summary>The options of the regression gate's judgement and outputs, shared by <c>compare</c> and <c>gate</c>.</summary>
public sealed class GateOptions
{
    public Option<string?> Threshold { get; } = new("--threshold", "-t")
    {
        Description = "Default threshold: relative (5%), absolute per operation (0.5ms, 500us, 250ns) or both (5%|0.5ms: the larger). " +
                      "Replaces the config's default; its per-pattern and per-benchmark overrides still apply.",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = $"Gate config (JSON, docs/gate.md). Default: {GateConfig.DefaultFileName} at the repository root when present, else built-in defaults.",
    };

    public Option<string?> Correction { get; } = new("--correction") { Description = "holm (default) or benjamini-hochberg: how p-values of the run are corrected together." };

    public Option<bool> FailOnInconclusive { get; } = new("--fail-on-inconclusive") { Description = "Exit 3 when nothing regressed but some verdict is inconclusive." };

    public Option<bool> AllowEnvironmentMismatch { get; } = new("--allow-env-mismatch")
    {
        Description = "Compare result sets from different machines, devices, threads or package versions (listed in every output).",
    };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = $"Directory for all outputs: {GateOutputs.MarkdownFile}, {GateOutputs.JsonFile}, {GateOutputs.JUnitFile}, {GateOutputs.HtmlFile}." };

    public Option<string?> Markdown { get; } = new("--markdown") { Description = "Write markdown for a PR comment or $GITHUB_STEP_SUMMARY to this file." };

    public Option<string?> Json { get; } = new("--json") { Description = "Write the verdicts as JSON to this file." };

    public Option<string?> JUnit { get; } = new("--junit") { Description = "Write JUnit XML (one test case per verdict and pair check) to this file." };

    public Option<string?> Html { get; } = new("--html") { Description = "Write the HTML comparison page to this file." };

    public Option<bool> All { get; } = new("--all") { Description = "Markdown shows every verdict, not only what changed." };

    public Option<bool> Force { get; } = CompareCommand.ForceOption();

    public IEnumerable<Option> Options => [Threshold, Config, Correction, FailOnInconclusive, AllowEnvironmentMismatch, Out, Markdown, Json, JUnit, Html, All, Force];

    public GateSettings Settings(ParseResult parsed) => CompareCommand.Settings(parsed.GetValue(Config), parsed.GetValue(Threshold), parsed.GetValue(Correction),
        parsed.GetValue(FailOnInconclusive), parsed.GetValue(AllowEnvironmentMismatch), string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]));

    /// <summary>The outputs asked for; <paramref name="defaultDirectory"/> holds all four when none is named.</summary>
    public GateOutputs Outputs(ParseResult parsed, string? defaultDirectory = null)
    {
        var outputs = new GateOutputs(parsed.GetValue(Markdown), parsed.GetValue(Json), parsed.GetValue(JUnit), parsed.GetValue(Html), parsed.GetValue(All));
        return outputs.InDirectory(parsed.GetValue(Out) ?? (outputs.Files.Count == 0 ? defaultDirectory : null));
    }
}
