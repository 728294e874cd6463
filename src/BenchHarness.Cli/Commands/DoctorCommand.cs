using System.CommandLine;
using System.Runtime.InteropServices;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.Text;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness doctor</c>: can this machine run the harness, and with what?</summary>
public static class DoctorCommand
{
    private enum Verdict { Ok, Info, Warning, Broken }

    private sealed record Check(string Name, Verdict Verdict, string Detail);

    public static Command Create()
    {
        var command = new Command("doctor",
            "Check .NET, TorchSharp and libtorch, native loading, CUDA, threads, free disk, chart fonts and git; exit 2 when something needed is broken.");
        command.SetAction(_ => CommandAction.Guard(() => Run(Console.Out)));
        return command;
    }

    private static int Run(TextWriter console)
    {
        var checks = new List<Check> { new(".NET", Verdict.Ok, RuntimeInformation.FrameworkDescription) };
        checks.AddRange(EngineChecks());
        checks.Add(DiskCheck());
        checks.Add(FontCheck());
        GitInfo git = GitProbe.Read(RepositoryLayout.CurrentRoot);
        checks.Add(git.Commit == GitProbe.Unknown
            ? new Check("git", Verdict.Warning, "no commit found: results will not say which code they measured")
            : new Check("git", Verdict.Ok, $"{Numbers.Commit(git.Commit)} on {git.Branch}{(git.Dirty ? " (uncommitted changes)" : "")}"));

        foreach (Check check in checks)
            console.WriteLine($"{Label(check.Verdict),-6} {check.Name,-12} {check.Detail}");
        Check? broken = checks.FirstOrDefault(c => c.Verdict == Verdict.Broken);
        if (broken is null)
            return ExitCodes.Success;
        return CommandAction.Fail($"{broken.Name}: {broken.Detail}");
    }

    private static IEnumerable<Check> EngineChecks()
    {
        SuiteHost host;
        EngineInfo engine;
        try
        {
            host = SuiteHost.Locate();
            engine = host.Probe(Environment.ProcessorCount);
        }
        catch (HarnessException e)
        {
            return [new Check("suite host", Verdict.Broken, e.Message)];
        }

        var checks = new List<Check>
        {
            new("suite host", Verdict.Ok, host.AssemblyPath),
            new(engine.Engine, Verdict.Ok, $"{engine.EngineVersion} ({engine.Backend} backend)"),
            new("libtorch", Verdict.Ok, engine.RuntimeVersion),
            engine.NativesLoaded
                ? new Check("natives", Verdict.Ok, "loaded")
                : new Check("natives", Verdict.Broken, $"{engine.Error}; rebuild with 'dotnet build BenchHarness.sln -c Release' (the build patches the wrapper for older libstdc++)"),
        };
        if (engine.NativesLoaded)
        {
            checks.Add(engine.CudaAvailable
                ? new Check("CUDA", Verdict.Ok, $"{engine.CudaDeviceCount} device(s): {string.Join("; ", engine.Gpus)}")
                : new Check("CUDA", Verdict.Info, engine.Backend == "cpu"
                    ? "not available: CPU-only TorchSharp build (use -p:TorchBackend=cuda on a GPU host)"
                    : "not available: libtorch sees no CUDA device"));
            if (engine.Cuda is { } stack)
                checks.Add(new Check("CUDA stack", Verdict.Info, stack.ToString()));
            checks.Add(new Check("threads", Verdict.Ok,
                $"intra-op {engine.IntraOpThreads}, inter-op {engine.InterOpThreads} on {Environment.ProcessorCount} logical cores (pin with run --threads)"));
        }
        return checks;
    }

    // Free space where result sets go, against what a run and a gate write (a gate builds a baseline revision: its
    // natives take as much again as this build's suite host).
    private static Check DiskCheck()
    {
        string results = NearestExisting(RepositoryLayout.ResultsRoot);
        long free;
        DiskNeeds needs;
        try
        {
            free = new DriveInfo(results).AvailableFreeSpace;
            needs = DiskNeeds.For(SuiteHostOutputBytes());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new Check("disk", Verdict.Warning, $"cannot read the free space at {results}: {e.Message}");
        }
        string detail = $"{DiskNeeds.Show(free)} free at {results}; a run needs about {DiskNeeds.Show(needs.Run)}, " +
                        $"a gate about {DiskNeeds.Show(needs.Gate)} (a baseline build beside this one)";
        return needs.Judge(free) switch
        {
            DiskVerdict.Enough => new Check("disk", Verdict.Ok, detail),
            DiskVerdict.RunOnly => new Check("disk", Verdict.Warning, $"{detail}: enough to run, not to gate"),
            _ => new Check("disk", Verdict.Broken, $"{detail}: free some space or run with --out on another disk"),
        };
    }

    private static long SuiteHostOutputBytes()
    {
        try
        {
            return DiskNeeds.SizeOf(Path.GetDirectoryName(SuiteHost.Locate().AssemblyPath)!);
        }
        catch (HarnessException)
        {
            return 0; // the engine check reports a missing suite host
        }
    }

    private static string NearestExisting(string path)
    {
        string? directory = Path.GetFullPath(path);
        while (directory is not null && !Directory.Exists(directory))
            directory = Path.GetDirectoryName(directory);
        return directory ?? Path.GetPathRoot(Path.GetFullPath(path))!;
    }

    private static Check FontCheck()
    {
        const string fonts = "/usr/share/fonts";
        bool any = Directory.Exists(fonts) && Directory.EnumerateFiles(fonts, "*.ttf", SearchOption.AllDirectories).Any();
        return any
            ? new Check("fonts", Verdict.Ok, $"TrueType fonts under {fonts} (chart text renders)")
            : new Check("fonts", Verdict.Warning, $"no TrueType fonts under {fonts}: charts would render without text; install fonts-dejavu-core");
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Ok => "ok",
        Verdict.Info => "info",
        Verdict.Warning => "warn",
        _ => "BROKEN",
    };
}
