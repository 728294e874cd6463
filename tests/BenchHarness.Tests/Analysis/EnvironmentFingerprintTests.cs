using BenchHarness.Analysis.Loading;
using BenchHarness.Results;

namespace BenchHarness.Tests.Analysis;

/// <summary>
/// A foreign set's BenchmarkDotNet host facts are read as the manifest's facts (os, cpu, cores, .NET, BenchmarkDotNet),
/// so the environment guard compares them with a harness result set instead of comparing nothing.
/// </summary>
public sealed class EnvironmentFingerprintTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    private static string SmokeA => Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a");

    /// <summary>smoke-a's BenchmarkDotNet files without its manifest: the same run, read as a foreign set.</summary>
    private string SmokeAWithoutManifest()
    {
        string directory = temporary.Combine("smoke-a-foreign");
        Directory.CreateDirectory(directory);
        foreach (string file in Directory.GetFiles(SmokeA, "*" + ResultSetLayout.FullReportEnding))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        return directory;
    }

    private static readonly Dictionary<string, string> WindowsDesktop = new()
    {
        ["BenchmarkDotNetVersion"] = "0.13.10",
        ["OsVersion"] = "Windows 10 (10.0.19045.3693/22H2/2022Update)",
        ["ProcessorName"] = "Intel Core i7-8700 CPU 3.20GHz (Coffee Lake)",
        ["PhysicalCoreCount"] = "6",
        ["LogicalCoreCount"] = "12",
        ["RuntimeVersion"] = ".NET 8.0.0 (8.0.23.53103)",
        ["Architecture"] = "X64",
        ["Configuration"] = "RELEASE",
    };

    [Fact]
    public void BenchmarkDotNet_host_facts_become_the_manifest_facts()
    {
        EnvironmentFingerprint host = EnvironmentFingerprint.FromBenchmarkDotNetHost(WindowsDesktop);

        Assert.Equal("Windows 10 (10.0.19045.3693/22H2/2022Update) (X64)", host.Facts["os"]);
        Assert.Equal("Intel Core i7-8700 CPU 3.20GHz (Coffee Lake)", host.Facts["cpu"]);
        Assert.Equal("12", host.Facts["logical-cores"]);
        Assert.Equal(".NET 8.0.0 (8.0.23.53103)", host.Facts["dotnet"]);
        Assert.Equal("0.13.10", host.Facts["package:BenchmarkDotNet"]);
        Assert.Equal("RELEASE", host.Facts["bdn:Configuration"]); // no manifest counterpart: compared with other foreign sets only
        Assert.True(host.IsPartial);
    }

    [Fact]
    public void BenchmarkDotNet_before_0_11_names_its_logical_cores_ProcessorCount() =>
        Assert.Equal("8", EnvironmentFingerprint.FromBenchmarkDotNetHost(new Dictionary<string, string> { ["ProcessorCount"] = "8" }).Facts["logical-cores"]);

    [Fact]
    public void A_run_read_without_its_manifest_matches_its_manifest()
    {
        // The same smoke run: BenchmarkDotNet spells the facts its own way ("Intel Xeon Processor" for
        // "Intel(R) Xeon(R) Processor", ".NET 10.0.12 (10.0.12, ...)" for ".NET 10.0.12"), and that is no difference.
        ResultSet own = ResultSetLoader.Load(SmokeA), foreign = ResultSetLoader.Load(SmokeAWithoutManifest());

        Assert.Empty(own.Environment!.DifferencesFrom(foreign.Environment!));
        Assert.Empty(foreign.Environment!.DifferencesFrom(own.Environment!));
    }

    [Fact]
    public void Another_machine_differs_in_every_fact_it_shares()
    {
        ResultSet own = ResultSetLoader.Load(SmokeA);

        string[] differences = [.. EnvironmentFingerprint.FromBenchmarkDotNetHost(WindowsDesktop).DifferencesFrom(own.Environment!).Select(d => d.Fact)];

        Assert.Equal(["cpu", "dotnet", "logical-cores", "os", "package:BenchmarkDotNet"], differences);
    }

    [Theory]
    [InlineData("Linux Ubuntu 22.04.3 LTS (Jammy Jellyfish) (X64)", "Ubuntu 22.04.3 LTS (X64)", true)]
    [InlineData("Linux Ubuntu 24.04 LTS (Noble Numbat) (X64)", "Ubuntu 22.04.3 LTS (X64)", false)]
    [InlineData("Windows 10 (10.0.19045.3693/22H2/2022Update) (X64)", "Microsoft Windows 10.0.19045 (X64)", true)]
    [InlineData("Linux Debian GNU/Linux 12 (bookworm) (Arm64)", "Debian GNU/Linux 12 (bookworm) (X64)", false)]
    public void Operating_systems_compare_word_by_word(string benchmarkDotNet, string manifest, bool same)
    {
        var host = EnvironmentFingerprint.FromBenchmarkDotNetHost(new Dictionary<string, string> { ["OsVersion"] = benchmarkDotNet });
        var own = new EnvironmentFingerprint(new Dictionary<string, string> { ["os"] = manifest }, IsPartial: false);

        Assert.Equal(same, own.DifferencesFrom(host).Count == 0);
    }

    [Fact]
    public void Two_harness_manifests_still_compare_exactly()
    {
        var a = new EnvironmentFingerprint(new Dictionary<string, string> { ["cpu"] = "Intel(R) Xeon(R) Processor" }, IsPartial: false);
        var b = new EnvironmentFingerprint(new Dictionary<string, string> { ["cpu"] = "Intel Xeon Processor" }, IsPartial: false);

        Assert.Single(a.DifferencesFrom(b));
    }

    public void Dispose() => temporary.Dispose();
}
