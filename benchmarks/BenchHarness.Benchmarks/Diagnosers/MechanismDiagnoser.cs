using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace BenchHarness.Benchmarks.Diagnosers;

/// <summary>
/// Counts the workload's mechanism around the measured iterations (<see cref="WorkloadMechanism"/>): BenchmarkDotNet's
/// engine signals before and after its actual run, outside every timed iteration, and the counts become its summary
/// columns "Compiles/op" and "Native/op", so that BenchmarkDotNet's own table says why an anti-pattern is slow.
/// </summary>
public sealed class MechanismDiagnoser : IDiagnoser
{
    public static readonly MechanismDiagnoser Default = new();

    private MechanismDiagnoser()
    {
    }

    public IEnumerable<string> Ids => [nameof(MechanismDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public bool RequiresBlockingAcknowledgments(BenchmarkCase benchmarkCase) => false;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        if (signal == HostSignal.BeforeActualRun)
            WorkloadMechanism.Start();
        else if (signal == HostSignal.AfterActualRun)
            WorkloadMechanism.Stop();
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (WorkloadMechanism.Of(WorkloadMechanism.MeasuredOperations(results.Measurements)) is not { } mechanism)
            yield break;
        yield return new Metric(CompilesPerOperation, mechanism.Compiles / (double)mechanism.Operations);
        yield return new Metric(NativeGrowthPerOperation, mechanism.NativeGrowthBytes / (double)mechanism.Operations);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private static readonly IMetricDescriptor CompilesPerOperation = new Descriptor(
        "CompilesPerOperation", "Compiles/op", "Graph compilations per operation during the measured iterations", "0.00", UnitType.Dimensionless, "", 0);

    private static readonly IMetricDescriptor NativeGrowthPerOperation = new Descriptor(
        "NativeGrowthPerOperation", "Native/op",
        "Resident (native) memory growth per operation during the measured iterations; compilation units are never freed",
        "0.##", UnitType.Size, "B", 1);

    private sealed record Descriptor(string Id, string DisplayName, string Legend, string NumberFormat, UnitType UnitType, string Unit,
        int PriorityInCategory) : IMetricDescriptor
    {
        public bool TheGreaterTheBetter => false;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
