using System.Runtime.InteropServices;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// Ties the suite host's life to the CLI that started it. The CLI kills the host when it stops it on purpose,
/// but a CLI killed by SIGKILL (or the OOM killer) cannot: without this, the orphaned host would go on measuring
/// and writing into a result set that a <c>run --resume</c> is completing.
/// </summary>
public static class ParentLifetime
{
    private const int PrSetParentDeathSignal = 1;
    private const int SigKill = 9;

    /// <summary>On Linux, asks the kernel to SIGKILL this process when its parent dies; elsewhere does nothing.</summary>
    /// <remarks>Strictly, when the parent's thread that started this process ends: the CLI starts hosts from its main thread.</remarks>
    public static void EndWithParent()
    {
        if (!OperatingSystem.IsLinux())
            return;
        int parent = GetParentProcessId();
        if (SetParentDeathSignal(PrSetParentDeathSignal, SigKill) != 0)
            return;
        // The parent may have died before the request took effect: then this process was already re-parented.
        if (GetParentProcessId() != parent || parent == 1)
            Environment.Exit(ExitCodes.BadInputOrFailure);
    }

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static extern int SetParentDeathSignal(int option, nuint signal);

    [DllImport("libc", EntryPoint = "getppid")]
    private static extern int GetParentProcessId();
}
