using System.CommandLine;
using BenchHarness.Analysis.Merging;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness merge --out &lt;dir&gt; &lt;dir1&gt; &lt;dir2&gt; ...</c>: join the result sets of a sharded run.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "The merged result set (must not exist or be empty).", Required = true };
        var allowEnvMismatch = new Option<bool>("--allow-env-mismatch") { Description = "Merge result sets measured on different CPUs, OSes, versions or thread counts." };
        var sources = new Argument<string[]>("sources") { Description = "Result sets to join: every shard of one run (run --shard i/n).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Join result sets that shards of one run produced (on one machine or several) into one result set.")
        {
            output, allowEnvMismatch, sources,
        };
        command.SetAction(parsed => CommandAction.Guard(() =>
        {
            MergeResult result = ResultSetMerger.Merge(parsed.GetValue(sources)!, parsed.GetValue(output)!, parsed.GetValue(allowEnvMismatch),
                string.Join(' ', ["benchharness", .. Environment.GetCommandLineArgs().Skip(1)]));
            foreach (MergeSource source in result.Sources)
                Console.Out.WriteLine($"merged {source.RunId}{(source.Shard is null ? "" : $" (shard {source.Shard})")} from {source.Directory}: {string.Join(", ", source.Suites)}");
            foreach (IGrouping<string, SkippedLink> links in result.SkippedLinks.GroupBy(l => l.Source))
                Console.Out.WriteLine($"skipped {links.Count()} symbolic link(s) under {links.Key} ({string.Join(", ", links.Select(l => l.Path))}): merge copies files, never what a link points to");
            foreach (string difference in result.EnvironmentDifferences)
                Console.Out.WriteLine($"env: {difference} (allowed by --allow-env-mismatch)");
            Console.Out.WriteLine($"wrote {result.Manifest.RunId} ({result.Manifest.Suites.Count} suites, {result.Manifest.Status}) to {result.Directory}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
