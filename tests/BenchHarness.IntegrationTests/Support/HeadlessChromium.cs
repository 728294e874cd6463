using System.Diagnostics;

namespace BenchHarness.IntegrationTests.Support;

/// <param name="ConsoleMessages">Lines the page wrote to the browser console (errors, CSP violations, logs).</param>
public sealed record ChromiumRun(int ExitCode, IReadOnlyList<string> ConsoleMessages, string StandardError);

/// <summary>
/// Debian's Chromium, headless, as platform-notes describes it: a fresh profile and XDG folders per run, no sandbox
/// (CI runs as root), console messages logged to stderr where the test can read them.
/// </summary>
public static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    public const string Missing = "chromium is not installed: the browser test needs it ('apt-get install -y chromium'; .ci/run installs it)";

    /// <summary>
    /// Skips the calling test on a developer machine without Chromium, saying how to install it; under CI (where
    /// .ci/run installs it) a missing browser fails the test instead, so the check can never silently vanish there.
    /// </summary>
    public static void RequireInstalled()
    {
        if (Executable is not null)
            return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new Xunit.Sdk.XunitException(Missing);
        Assert.Skip(Missing);
    }

    public static ChromiumRun Screenshot(string page, string png, int width, int height)
    {
        string executable = Executable ?? throw new Xunit.Sdk.XunitException(Missing);
        using var profile = new TemporaryDirectory();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
                 {
                     "--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", $"--user-data-dir={profile.Combine("profile")}",
                     "--enable-logging=stderr", "--v=0", $"--window-size={width},{height}", $"--screenshot={png}",
                     new Uri(Path.GetFullPath(page)).AbsoluteUri,
                 })
            start.ArgumentList.Add(argument);
        start.Environment["XDG_CONFIG_HOME"] = profile.Combine("config");
        start.Environment["XDG_CACHE_HOME"] = profile.Combine("cache");

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish rendering {page} in 90 s");
        }
        process.WaitForExit();
        string stderr = error.Result + output.Result;
        string[] console = stderr.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToArray();
        return new ChromiumRun(process.ExitCode, console, stderr);
    }
}
