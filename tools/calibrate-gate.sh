#!/usr/bin/env bash
# Calibrates the regression gate on this machine, in one command: N interleaved gate sessions of this build against
# itself (as `benchharness gate` measures), the first A/A only, each later one with a real slowdown (a spin of known
# size) planted in the code of one benchmark per factor. Reports the A/A false-alarm rate (per verdict and per trial,
# with exact intervals), the interval width, the detection of each planted factor and the smallest one caught.
#
#   tools/calibrate-gate.sh [--trials N] [--out DIR] [--no-build] [-- CALIBRATE AND RUN OPTIONS...]
#
# Examples (docs/gate.md, "Calibration"; docs/calibration/):
#   tools/calibrate-gate.sh --trials 21 -- --pattern P01,P06 --threshold 5% --plant 1.05,1.1
#   tools/calibrate-gate.sh --trials 5  -- --pattern P01 --mode graph --profile smoke      # the pipeline, in minutes
#
# Everything after `--` goes to `benchharness calibrate --trials` (run options such as --pattern, --profile and
# --threads; gate options such as --threshold, --config and --plant). The table is also written to DIR/calibration.md.
# Calibration from stored A/A runs (every pair of them, one benchmark's times scaled at a time) stays available as
# `benchharness calibrate <run> <run> ...`.
set -euo pipefail

trials=21
out=""
build=1
options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --) shift; options=("$@"); break ;;
    *) echo "calibrate-gate: unknown option '$1' (see the header of $0)" >&2; exit 2 ;;
  esac
done
if ! [[ "$trials" =~ ^[0-9]+$ ]] || (( trials < 2 )); then
  echo "calibrate-gate: --trials must be at least 2 (the first trial is A/A only)" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${out:-$root/results/calibration-$(date -u +%Y%m%d-%H%M%S)}"
cli="$root/src/BenchHarness.Cli/bin/Release/net10.0/linux-x64/benchharness.dll"
if (( build )); then
  dotnet build "$root/BenchHarness.sln" -c Release -v quiet -nologo >/dev/null
fi
mkdir -p "$out"
dotnet "$cli" calibrate --trials "$trials" --results "$out" --markdown "$out/calibration.md" "${options[@]}"
