using BenchHarness.Cli.Orchestration;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary>
/// tools/gpu-check.sh, the first run on a GPU box: here, with no GPU, it runs end to end on the CPU build and says
/// plainly that there is no CUDA device; bad input is one line and exit code 2.
/// </summary>
public sealed class GpuCheckScriptTests : IDisposable
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    private readonly TemporaryDirectory temporary = new();

    private static ProcessResult RunScript(params string[] arguments) =>
        ChildProcess.Run("bash", ["tools/gpu-check.sh", .. arguments], TimeSpan.FromMinutes(8), Root);

    [Theory]
    [InlineData("--backend", "rocm", "--backend must be auto, cuda or cpu, not 'rocm'")]
    [InlineData("--pattern", "P1", "--pattern must be all or pattern ids such as P01,P11, not 'P1'")]
    [InlineData("--frobnicate", "", "unknown option '--frobnicate'")]
    public void Bad_input_exits_2_with_one_line(string option, string value, string message)
    {
        ProcessResult result = value.Length == 0 ? RunScript(option) : RunScript(option, value);

        Assert.Equal(ExitCodes.BadInputOrFailure, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        Assert.Equal($"gpu-check: {message}", Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split(" (see")[0]);
    }

    [Fact]
    public void On_a_machine_without_a_gpu_it_runs_end_to_end_and_says_no_cuda_device()
    {
        string output = temporary.Combine("check");

        ProcessResult result = RunScript("--no-build", "--backend", "cpu", "--pattern", "P11", "--out", output);

        string screen = result.StandardOutput + result.StandardError;
        Assert.True(result.ExitCode == ExitCodes.Success, screen);
        Assert.Matches(@"doctor\s+ok", screen);
        Assert.Matches(@"smoke run\s+ok", screen);
        Assert.Matches(@"report\s+ok", screen);
        Assert.Contains("P11 succeeded on Cpu", screen);
        Assert.Contains("verdict: no CUDA device: this build uses the CPU-only TorchSharp package", screen);
        Assert.Contains("nothing ran on a GPU", screen);
        Assert.True(File.Exists(ResultSetLayout.ManifestIn(Path.Combine(output, "run"))));
        Assert.True(File.Exists(Path.Combine(output, "report", "index.html")));
        string archive = Assert.Single(Directory.GetFiles(output, "gpu-check-*.tar.gz"));
        Assert.Contains($"send back: {archive}", screen);
    }

    public void Dispose() => temporary.Dispose();
}
