#!/usr/bin/env bash
# Measures the harness's own speed (load, pair analysis, report, compare, change points on 500-benchmark synthetic
# result sets: benchmarks/BenchHarness.HarnessBenchmarks) with BenchmarkDotNet, and with --baseline gates the result
# against an earlier measurement with the harness's own `benchharness compare`. docs/harness-speed.md.
#
#   tools/harness-speed.sh [--baseline DIR] [--out DIR] [--quick] [--no-build] [-- BENCHMARKDOTNET OPTIONS...]
#
# Examples:
#   tools/harness-speed.sh --out results/harness-speed-main                  # on main: the baseline
#   tools/harness-speed.sh --baseline results/harness-speed-main              # on a branch: measure, then gate
#   tools/harness-speed.sh --quick -- --filter '*ReportBenchmarks*'           # one benchmark class, a short job
#
# DIR/benchmarks is BenchmarkDotNet's artifacts folder: its results/ holds one *-report-full.json per benchmark class,
# a result set `benchharness compare` reads as it is; DIR/gate gets compare's outputs. --baseline takes an earlier
# run's DIR (or any BenchmarkDotNet artifacts folder). --quick shortens the job (3 processes of 1 warm-up + 3
# iterations: enough processes for a verdict, not for precision). Everything after `--` goes to BenchmarkDotNet
# (--filter, --launchCount, ...). Exit code: BenchmarkDotNet's failures are 2; with --baseline, compare's exit code
# (0 pass, 1 regression, 2 bad input, 3 inconclusive with --fail-on-inconclusive passed through COMPARE_OPTIONS);
# compare's config is benchmarks/BenchHarness.HarnessBenchmarks/harness-speed.gate.json (COMPARE_OPTIONS="--threshold 20%").
set -euo pipefail

baseline=""
out=""
build=1
quick=()
options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --quick) quick=(--launchCount 3 --warmupCount 1 --iterationCount 3); shift ;;
    --no-build) build=0; shift ;;
    --) shift; options=("$@"); break ;;
    *) echo "harness-speed: unknown option '$1' (see the header of $0)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -n "$baseline" && ! -d "$baseline" ]]; then
  echo "harness-speed: --baseline $baseline is not a directory (pass the --out of an earlier run)" >&2
  exit 2
fi
out="${out:-$root/results/harness-speed-$(date -u +%Y%m%d-%H%M%S)}"
if [[ -e "$out" && -n "$(ls -A "$out" 2>/dev/null)" ]]; then
  echo "harness-speed: $out exists and is not empty (pass a new --out)" >&2
  exit 2
fi
project="$root/benchmarks/BenchHarness.HarnessBenchmarks/BenchHarness.HarnessBenchmarks.csproj"
benchmarks="$root/benchmarks/BenchHarness.HarnessBenchmarks/bin/Release/net10.0/linux-x64/BenchHarness.HarnessBenchmarks.dll"
cli="$root/src/BenchHarness.Cli/bin/Release/net10.0/linux-x64/benchharness.dll"
if (( build )); then
  dotnet build "$project" -c Release -v quiet -nologo
  [[ -z "$baseline" ]] || dotnet build "$root/src/BenchHarness.Cli/BenchHarness.Cli.csproj" -c Release -v quiet -nologo
fi

[[ -z "$baseline" || ! -d "$baseline/benchmarks" ]] || baseline="$baseline/benchmarks"
filter=(--filter '*')
for option in "${options[@]}"; do
  [[ "$option" != --filter && "$option" != -f ]] || filter=()
done
mkdir -p "$out"
dotnet "$benchmarks" "${filter[@]}" --artifacts "$out/benchmarks" "${quick[@]}" "${options[@]}"
echo "harness-speed: results in $out/benchmarks/results"
if [[ -n "$baseline" ]]; then
  # shellcheck disable=SC2086 # COMPARE_OPTIONS is a list of options on purpose
  dotnet "$cli" compare --baseline "$baseline" --current "$out/benchmarks" --out "$out/gate" \
    --config "$root/benchmarks/BenchHarness.HarnessBenchmarks/harness-speed.gate.json" ${COMPARE_OPTIONS:-}
fi
