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
        yield return new Metric(CompilesPerOperation.Descriptor, mechanism.Compiles / (double)mechanism.Operations);
        yield return new Metric(NativeGrowthPerOperation.Descriptor, mechanism.NativeGrowthBytes / (double)mechanism.Operations);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private sealed class CompilesPerOperation : IMetricDescriptor
    {
        public static readonly IMetricDescriptor Descriptor = new CompilesPerOperation();

        public string Id => "CompilesPerOperation";
        public string DisplayName => "Compiles/op";
        public string Legend => "Graph compilations per operation during the measured iterations";
        public string NumberFormat => "0.00";
        public UnitType UnitType => UnitType.Dimensionless;
        public string Unit => "";
        public bool TheGreaterTheBetter => false;
        public int PriorityInCategory => 0;
        public bool GetIsAvailable(Metric metric) => true;
    }

    private sealed class NativeGrowthPerOperation : IMetricDescriptor
    {
        public static readonly IMetricDescriptor Descriptor = new NativeGrowthPerOperation();

        public string Id => "NativeGrowthPerOperation";
        public string DisplayName => "Native/op";
        public string Legend => "Resident (native) memory growth per operation during the measured iterations; compilation units are never freed";
        public string NumberFormat => "0.##";
        public UnitType UnitType => UnitType.Size;
        public string Unit => "B";
        public bool TheGreaterTheBetter => false;
        public int PriorityInCategory => 1;
        public bool GetIsAvailable(Metric metric) => true;
    }
}
