using BenchHarness.Analysis.Merging;
using BenchHarness.Results;

namespace BenchHarness.Tests.Analysis.Merging;

public sealed class StagedDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    [Fact]
    public void A_build_that_fails_leaves_nothing_at_the_target_nor_beside_it()
    {
        string target = temporary.Combine("new", "deeper", "merged");

        using (StagedDirectory staged = StagedDirectory.Begin(target))
        {
            File.WriteAllText(Path.Combine(staged.Path, "half.json"), "{");
            Assert.Equal(temporary.Combine("new", "deeper"), Path.GetDirectoryName(staged.Path));
        } // disposed without Commit: what a failure does

        Assert.Empty(Directory.GetFileSystemEntries(temporary.Path)); // the folders it created for the target are gone too
    }

    [Fact]
    public void Commit_renames_the_whole_directory_into_place_over_an_empty_one()
    {
        string target = temporary.Combine("merged");
        Directory.CreateDirectory(target);

        using (StagedDirectory staged = StagedDirectory.Begin(target))
        {
            File.WriteAllText(ResultSetLayout.ManifestIn(staged.Path), "{}");
            Assert.False(File.Exists(ResultSetLayout.ManifestIn(target)));
            staged.Commit();
        }

        Assert.Equal("{}", File.ReadAllText(ResultSetLayout.ManifestIn(target)));
        Assert.Equal([target], Directory.GetFileSystemEntries(temporary.Path));
    }

    public void Dispose() => temporary.Dispose();
}
