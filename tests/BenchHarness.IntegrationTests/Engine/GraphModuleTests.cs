using System.Runtime.InteropServices;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.IntegrationTests.Support;
using TorchSharp;

namespace BenchHarness.IntegrationTests.Engine;

public class GraphModuleTests
{
    private static readonly TorchScriptSource AddOne = new("test/add_one", """
        def add_one(x: Tensor) -> Tensor:
            return x + 1.0

        def twice(x: Tensor) -> Tensor:
            return add_one(add_one(x))
        """);

    [Fact]
    public void Lists_only_top_level_functions()
    {
        var source = new TorchScriptSource("test", "def f(x: Tensor) -> Tensor:\n    return x\n\n  def g(x):\n    pass\n");
        Assert.Equal(["f"], source.Functions);
    }

    [Fact]
    public void Invokes_a_compiled_function()
    {
        using GraphModule graph = GraphModule.Compile(AddOne);
        using torch.Tensor input = torch.zeros(3);
        using torch.Tensor output = graph.Invoke("twice", input);
        Assert.Equal([2f, 2f, 2f], output.data<float>().ToArray());
    }

    [Fact]
    public void Refuses_an_unknown_function_before_it_reaches_native_code()
    {
        // Without the guard TorchSharp 0.107 segfaults here and takes the test host with it.
        using GraphModule graph = GraphModule.Compile(AddOne);
        using torch.Tensor input = torch.zeros(3);
        var error = Assert.Throws<ArgumentException>(() => graph.Invoke("add_two", input));
        Assert.Contains("add_one, twice", error.Message);
    }

    [Fact]
    public void A_syntax_error_is_an_ordinary_exception()
    {
        Assert.ThrowsAny<ExternalException>(() => GraphModule.Compile(new TorchScriptSource("broken", "def broken(x: Tensor) -> Tensor\n    return x\n")));
    }

    [Fact]
    public void A_missing_script_names_the_embedded_ones()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TorchScriptSource.Load("P99Nothing/none.torchscript"));
        Assert.Contains("P01MissingHybridization/mlp_step.torchscript", error.Message);
    }

    [Fact]
    public void Every_embedded_script_compiles_in_a_child_process()
    {
        string[] embedded = TorchScriptSource.Embedded().ToArray();
        Assert.NotEmpty(embedded);

        ProgramRun run = BuiltPrograms.RunSuiteHost("check-scripts");

        Assert.True(run.ExitCode == 0, $"check-scripts exited {run.ExitCode}: {run.StandardOutput}{run.StandardError}");
        foreach (string name in embedded)
            Assert.Contains($"ok {name}:", run.StandardOutput);
    }
}
