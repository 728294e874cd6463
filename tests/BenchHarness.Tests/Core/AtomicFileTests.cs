using BenchHarness.Results;

namespace BenchHarness.Tests.Core;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    [Fact]
    public void A_write_that_fails_leaves_the_previous_file_and_no_temporary()
    {
        string path = temporary.Combine("gate.md");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["gate.md"], Directory.GetFiles(temporary.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_at_the_target_is_replaced_never_written_through()
    {
        string input = temporary.Combine(ResultSetLayout.ManifestFileName), link = temporary.Combine("gate.json");
        File.WriteAllText(input, "the input");
        File.CreateSymbolicLink(link, input);

        AtomicFile.WriteAllText(link, "the output");

        Assert.Equal("the input", File.ReadAllText(input));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal("the output", File.ReadAllText(link));
    }

    public void Dispose() => temporary.Dispose();
}
