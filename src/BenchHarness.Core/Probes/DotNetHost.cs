namespace BenchHarness.Probes;

/// <summary>The <c>dotnet</c> executable that child .NET processes (the suite host, builds, helpers) are started with.</summary>
public static class DotNetHost
{
    /// <summary>
    /// The muxer named by <c>DOTNET_HOST_PATH</c> (the SDK sets it for the processes it starts), else the one running
    /// this process, else <c>dotnet</c> on the PATH: a child then runs on the same .NET as its parent.
    /// </summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? self
                : "dotnet";
}
