using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchHarness.HarnessBenchmarks;

// BenchmarkDotNet's own command line (--filter, --job, --artifacts, ...) over every benchmark of this assembly.
// Run reports no failure by throwing: a validation error or a failed benchmark becomes exit code 2 here.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(HarnessSpeedConfig).Assembly).Run(args, HarnessSpeedConfig.Create());
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 2 : 0;
