using System.Text.Json;
using BenchHarness;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Results;
using BenchHarness.Planning;

// The suite host: started by the `benchharness` CLI, once per suite to prepare it and once per measured process,
// so that a crashing or hanging suite costs only itself. Not meant to be run by hand, but it can be:
//   BenchHarness.Benchmarks probe [--threads N]
//   BenchHarness.Benchmarks prepare-suite <request.json>
//   BenchHarness.Benchmarks measure <launch.json>
//   BenchHarness.Benchmarks check-scripts
return args switch
{
    [SuiteHostProtocol.Probe, ..] => Probe(args),
    [SuiteHostProtocol.PrepareSuite, string requestFile] => PrepareSuite(requestFile),
    [SuiteHostProtocol.Measure, string launchFile] => Measure(launchFile),
    [SuiteHostProtocol.CheckScripts, .. var names] => CheckScripts(names),
    _ => Usage(),
};

// Compiles the named embedded TorchScript files, or every one meant to compile. A semantic error aborts this
// process inside libtorch, which is why callers (tests, P12) run this verb in a child process: a broken script
// fails a test, not the test host.
static int CheckScripts(string[] names)
{
    int failures = 0;
    foreach (string name in names.Length > 0 ? names : TorchScriptSource.Embedded())
    {
        try
        {
            using GraphModule graph = GraphModule.Compile(TorchScriptSource.Load(name));
            Console.WriteLine($"ok {name}: {string.Join(", ", graph.Source.Functions.Order())}");
        }
        catch (System.Runtime.InteropServices.ExternalException e)
        {
            failures++;
            Console.WriteLine($"error {name}: {e.Message.Split('\n')[0]}");
        }
    }
    return failures == 0 ? ExitCodes.Success : ExitCodes.BadInputOrFailure;
}

static int Probe(string[] args)
{
    int threads = args is [_, "--threads", string n] && int.TryParse(n, out int t) ? t : TorchSettings.FromEnvironment().Threads;
    EngineInfo info = TorchEngineProbe.Read(threads);
    Console.WriteLine(JsonSerializer.Serialize(info, ResultJson.Options));
    return info.NativesLoaded ? ExitCodes.Success : ExitCodes.BadInputOrFailure;
}

static int PrepareSuite(string requestFile) =>
    Serve<SuiteRequest>(requestFile, "request", request => ResultJson.WriteAtomically(request.OutcomeFile, SuiteRunner.Prepare(request)));

static int Measure(string launchFile) =>
    Serve<LaunchRequest>(launchFile, "launch", request => ResultJson.WriteAtomically(request.OutcomeFile, LaunchRunner.Run(request)));

// One protocol for every verb the CLI sends a file to: end with the parent, read the request, answer in its outcome file.
static int Serve<TRequest>(string file, string what, Action<TRequest> answer)
{
    ParentLifetime.EndWithParent();
    TRequest request;
    try
    {
        request = ResultJson.Read<TRequest>(file);
    }
    catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"suite host: cannot read {what} {file}: {e.Message}");
        return SuiteHostProtocol.BadRequest;
    }

    answer(request);
    return SuiteHostProtocol.OutcomeWritten;
}

static int Usage()
{
    Console.Error.WriteLine(
        "usage: BenchHarness.Benchmarks probe [--threads N] | prepare-suite <request.json> | measure <launch.json> | check-scripts [resource...]  (normally started by `benchharness`)");
    return SuiteHostProtocol.BadRequest;
}
