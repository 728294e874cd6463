using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using BenchHarness.Planning;
using BenchHarness.Probes;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// The CLI started as a process that a test can watch, signal and kill while it runs, with the test-only suites
/// (T01 aborts, T02 hangs) enabled for it alone.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public string StandardOutput
    {
        get { lock (output) return output.ToString(); }
    }

    public string StandardError
    {
        get { lock (error) return error.ToString(); }
    }

    public static CliProcess Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>Starts the CLI with the test suites enabled and <paramref name="environment"/> set for it alone.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotNetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["exec", BuiltPrograms.Cli, .. arguments])
            start.ArgumentList.Add(argument);
        start.Environment[TestSuites.SwitchVariable] = "1";
        foreach ((string name, string value) in environment)
            start.Environment[name] = value;

        var cli = new CliProcess(new Process { StartInfo = start });
        cli.process.OutputDataReceived += (_, e) => Append(cli.output, e.Data);
        cli.process.ErrorDataReceived += (_, e) => Append(cli.error, e.Data);
        cli.process.Start();
        cli.process.BeginOutputReadLine();
        cli.process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs the CLI with the test suites enabled, to its end.</summary>
    public static ProgramRun Run(params string[] arguments) => Run(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the CLI with the test suites enabled and <paramref name="environment"/> set, to its end.</summary>
    public static ProgramRun Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using CliProcess cli = Start(environment, arguments);
        int exitCode = cli.WaitForExit(TimeSpan.FromMinutes(5));
        return new ProgramRun(exitCode, cli.StandardOutput, cli.StandardError);
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
            throw new TimeoutException($"the CLI ran past {timeout}:\n{StandardOutput}\n{StandardError}");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test if the CLI ends or time runs out first.</summary>
    public void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited)
                throw new Xunit.Sdk.XunitException($"the CLI ended (exit {process.ExitCode}) before {what}:\n{StandardOutput}\n{StandardError}");
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"no {what} after {timeout}:\n{StandardOutput}\n{StandardError}");
            Thread.Sleep(50);
        }
    }

    /// <summary>SIGKILL to the CLI and every process below it: nothing gets to clean up.</summary>
    public void KillTree()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGKILL to the CLI alone, as the OOM killer does: its children are not told.</summary>
    public void KillAlone()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public void Signal(PosixSignal signal)
    {
        int number = signal switch
        {
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGTERM => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
        };
        if (Kill(process.Id, number) != 0)
            throw new InvalidOperationException($"kill({process.Id}, {number}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>
    /// Whether this process ignores SIGINT, as a process started in the background by a shell without job
    /// control does; children inherit an ignored signal, so the CLI would never see a SIGINT.
    /// </summary>
    public static bool InheritsIgnoredSigint
    {
        get
        {
            string? ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return ignored is not null && (Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;
        }
    }

    /// <summary>Processes whose command line contains <paramref name="text"/> (Linux: read from /proc).</summary>
    public static int[] ProcessesMentioning(string text) => Directory.EnumerateDirectories("/proc")
        .Select(d => (Id: int.TryParse(Path.GetFileName(d), out int id) ? id : 0, Directory: d))
        .Where(p => p.Id > 0 && ReadCommandLine(p.Directory).Contains(text, StringComparison.Ordinal))
        .Select(p => p.Id)
        .ToArray();

    public void Dispose()
    {
        if (!process.HasExited)
            KillTree();
        process.Dispose();
    }

    private static string ReadCommandLine(string procDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
            return;
        lock (text)
            text.AppendLine(line);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
