using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary><c>benchharness doctor</c> on this machine (bad input: Cli/BadInput/DoctorBadInputTests).</summary>
public class DoctorCommandTests
{
    [Fact]
    public void Doctor_reports_a_healthy_cpu_setup()
    {
        ProgramRun run = BuiltPrograms.RunCli("doctor");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"ok\s+natives\s+loaded", run.StandardOutput);
        Assert.Matches(@"ok\s+TorchSharp\s+\d+\.\d+\.\d+", run.StandardOutput);
        Assert.Matches(@"\s+CUDA\s+", run.StandardOutput);
        Assert.Matches(@"ok\s+threads\s+intra-op \d+", run.StandardOutput);
        Assert.Matches(@"ok\s+disk\s+[\d.]+ [GM]iB free at .+; a run needs about 256 MiB, a gate about [\d.]+ [GM]iB", run.StandardOutput);
        Assert.DoesNotMatch(@"CUDA stack", run.StandardOutput); // a CPU build records none
    }
}
