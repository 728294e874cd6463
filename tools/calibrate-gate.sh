#!/usr/bin/env bash
# Calibrates the regression gate on this machine: runs the same code N times (A/A), compares every pair of runs
# (the false-alarm rate), and plants slowdowns in copies of the current side (the smallest regression detected).
#
#   tools/calibrate-gate.sh [--runs N] [--profile smoke|default|gate] [--out DIR] [--no-build] [-- RUN OPTIONS...]
#
# Examples (docs/gate.md, "Calibration"):
#   tools/calibrate-gate.sh --runs 5 --profile smoke -- --pattern P01,P03
#   tools/calibrate-gate.sh --runs 4 --profile gate  -- --pattern P01 --mode graph
#
# Runs already complete in DIR are reused, so an interrupted calibration continues where it stopped.
# Everything after `--` goes to `benchharness run`; `--config`, `--threshold` and `--plant` can be passed to the
# comparison with CALIBRATE_OPTIONS, e.g. CALIBRATE_OPTIONS='--config benchharness.gate.json'.
set -euo pipefail

runs=5
profile=gate
out=""
build=1
run_options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --) shift; run_options=("$@"); break ;;
    *) echo "calibrate-gate: unknown option '$1' (see the header of $0)" >&2; exit 2 ;;
  esac
done
if ! [[ "$runs" =~ ^[0-9]+$ ]] || (( runs < 2 )); then
  echo "calibrate-gate: --runs must be at least 2 (an A/A comparison needs two runs)" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${out:-$root/results/calibration-$profile}"
cli="$root/src/BenchHarness.Cli/bin/Release/net10.0/linux-x64/benchharness.dll"
if (( build )); then
  dotnet build "$root/BenchHarness.sln" -c Release -v quiet -nologo >/dev/null
fi
mkdir -p "$out"

sets=()
for (( i = 1; i <= runs; i++ )); do
  set_dir="$out/run-$i"
  if [[ -f "$set_dir/manifest.json" ]] && grep -q '"status": "Complete"' "$set_dir/manifest.json"; then
    echo "calibrate-gate: reusing $set_dir"
  else
    rm -rf "$set_dir"
    echo "calibrate-gate: run $i of $runs ($profile profile) -> $set_dir"
    dotnet "$cli" run --profile "$profile" --out "$set_dir" "${run_options[@]}"
  fi
  sets+=("$set_dir")
done

# shellcheck disable=SC2086 # CALIBRATE_OPTIONS is a list of options by design
dotnet "$cli" calibrate --markdown "$out/calibration.md" ${CALIBRATE_OPTIONS:-} "${sets[@]}"
