using BenchHarness.Results;

namespace BenchHarness.Tests.Core;

public sealed class RealPathTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    [Fact]
    public void Resolves_links_before_the_dotdot_that_follows_them_as_the_kernel_does()
    {
        string set = temporary.Combine("set");
        Directory.CreateDirectory(Path.Combine(set, "sub"));
        Directory.CreateSymbolicLink(temporary.Combine("link"), Path.Combine(set, "sub"));

        Assert.Equal(Path.Combine(set, "out.json"), RealPath.Of(temporary.Combine("link", "..", "out.json")));
        Assert.True(RealPath.IsWithin(temporary.Combine("link", "..", "out.json"), set));
        Assert.False(RealPath.IsWithin(temporary.Combine("elsewhere", "..", "out.json"), set));
    }

    [Fact]
    public void Keeps_the_part_that_does_not_exist_yet_and_resolves_relative_links_from_their_folder()
    {
        string set = temporary.Combine("set");
        Directory.CreateDirectory(set);
        Directory.CreateSymbolicLink(temporary.Combine("relative"), "set");

        Assert.Equal(Path.Combine(set, "new", "gate.md"), RealPath.Of(temporary.Combine("relative", "new", ".", "gate.md")));
    }

    [Fact]
    public void A_directory_contains_itself_and_what_is_below_it_but_not_a_sibling_that_extends_its_name()
    {
        Assert.True(RealPath.IsWithinResolved("/r/set", "/r/set"));
        Assert.True(RealPath.IsWithinResolved("/r/set/a/b", "/r/set/"));
        Assert.False(RealPath.IsWithinResolved("/r/set-gate/gate.md", "/r/set"));
        Assert.True(RealPath.IsWithinResolved("/anything", "/"));
    }

    [Fact]
    public void A_link_loop_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(temporary.Combine("a"), temporary.Combine("b"));
        File.CreateSymbolicLink(temporary.Combine("b"), temporary.Combine("a"));

        var error = Assert.Throws<HarnessException>(() => RealPath.Of(temporary.Combine("a", "x")));
        Assert.Contains("too many levels of symbolic links", error.Message);
    }

    public void Dispose() => temporary.Dispose();
}
