using BenchHarness.Probes;

namespace BenchHarness.Tests.Core;

/// <summary>Changes this process's DOTNET_HOST_PATH while it runs: never in parallel with tests that start .NET processes.</summary>
public sealed class DotNetHostTests
{
    [Fact]
    public void The_host_named_by_DOTNET_HOST_PATH_is_used_when_it_exists()
    {
        using var directory = new TemporaryDirectory();
        string host = directory.Combine("dotnet");
        File.WriteAllText(host, "");

        Assert.Equal(host, WithHostPath(host, () => DotNetHost.Path));
    }

    [Fact]
    public void A_DOTNET_HOST_PATH_that_names_no_file_is_ignored()
    {
        using var directory = new TemporaryDirectory();
        string missing = directory.Combine("no-such-dotnet");

        string path = WithHostPath(missing, () => DotNetHost.Path);

        Assert.NotEqual(missing, path);
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(path));
    }

    private static string WithHostPath(string value, Func<string> read)
    {
        string? original = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        try
        {
            Environment.SetEnvironmentVariable("DOTNET_HOST_PATH", value);
            return read();
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_HOST_PATH", original);
        }
    }
}
