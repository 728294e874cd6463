// libtorch state (thread pool, live tensor count) is process-wide, and the CLI tests start benchmark
// processes that need both cores: run the tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
