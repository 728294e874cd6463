using System.Runtime.InteropServices;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation, instead of the runtime's immediate exit, so a run can
/// stop its suite host and record itself as interrupted. A second signal is left to the runtime, which then exits.
/// </summary>
public sealed class InterruptionSignals : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;
    private string? signal;

    public InterruptionSignals()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => source.Token;

    /// <summary>The signal that interrupted the run ("SIGINT", "SIGTERM"), or null.</summary>
    public string? Signal => Volatile.Read(ref signal);

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in registrations)
            registration.Dispose();
        source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref signal, context.Signal.ToString(), null) is not null)
            return;
        context.Cancel = true;
        source.Cancel();
    }
}
