#!/usr/bin/env bash
# The first thing to run on a GPU box after cloning: builds the CUDA flavour of the harness, runs `benchharness
# doctor`, a smoke run of every suite on every device (CUDA where it works, CPU beside it) and the report, then prints
# a one-screen verdict of what worked and packs the files to send back.
#
#   tools/gpu-check.sh [--backend auto|cuda|cpu] [--pattern all|P01,P11,...] [--out DIR] [--no-build]
#
#   --backend   auto (default): the CUDA build when nvidia-smi lists a GPU, else the CPU build; cuda or cpu to force one
#   --pattern   the suites of the smoke run (default: all)
#   --out       where everything goes (default: results/gpu-check-<UTC stamp>/; must not exist or be empty)
#   --no-build  use the build already in the tree (its backend is what `doctor` reports)
#
# Needs the .NET 10 SDK, git and, for the CUDA build, the public NuGet feed (TorchSharp-cuda-linux, about 5.5 GiB of
# natives, is not served by every registry). Exit 0 when every step worked (on a machine without a GPU the verdict
# then says "no CUDA device": the CPU pipeline worked and nothing ran on a GPU); 2 when a step failed or for bad input.
set -uo pipefail

fail() { echo "gpu-check: $1" >&2; exit 2; }

backend=auto
pattern=all
out=""
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backend) [[ $# -ge 2 ]] || fail "--backend needs a value: auto, cuda or cpu"; backend="$2"; shift 2 ;;
    --pattern) [[ $# -ge 2 ]] || fail "--pattern needs a value: all or pattern ids such as P01,P11"; pattern="$2"; shift 2 ;;
    --out) [[ $# -ge 2 ]] || fail "--out needs a directory"; out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) fail "unknown option '$1' (see the header of $0)" ;;
  esac
done
[[ "$backend" =~ ^(auto|cuda|cpu)$ ]] || fail "--backend must be auto, cuda or cpu, not '$backend'"
[[ "$pattern" =~ ^(all|P[0-9]{2}(,P[0-9]{2})*)$ ]] || fail "--pattern must be all or pattern ids such as P01,P11, not '$pattern'"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/src/BenchHarness.Cli/bin/Release/net10.0/linux-x64/benchharness.dll"
(( build )) || [[ -f "$cli" ]] || fail "--no-build but $cli is not built: drop --no-build"
stamp="$(date -u +%Y%m%d-%H%M%S)"
out="${out:-$root/results/gpu-check-$stamp}"
if [[ -e "$out" && -n "$(ls -A "$out" 2>/dev/null)" ]]; then
  fail "--out $out exists and is not empty: name a new directory"
fi
mkdir -p "$out" || fail "cannot create --out $out"
out="$(cd "$out" && pwd)"

# One line per step for the verdict: "<step>|<ok|info|FAILED|skipped>|<detail>".
steps=()
step() { steps+=("$1|$2|$3"); echo "gpu-check: $1: $2${3:+ ($3)}"; }

# 1. What the driver sees.
gpus=""
if command -v nvidia-smi >/dev/null 2>&1; then
  gpus="$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>"$out/nvidia-smi.txt" | sed 's/, / (driver /; s/$/)/' | paste -sd ';' -)"
  nvidia-smi >>"$out/nvidia-smi.txt" 2>&1 || true
fi
if [[ -n "$gpus" ]]; then
  step "GPU" ok "$gpus"
else
  step "GPU" info "no CUDA device: nvidia-smi $(command -v nvidia-smi >/dev/null 2>&1 && echo "lists no GPU" || echo "is not installed")"
fi
if [[ "$backend" == auto ]]; then
  backend=$([[ -n "$gpus" ]] && echo cuda || echo cpu)
fi

# 2. The build of that backend.
built=1
if (( build )); then
  echo "gpu-check: building the $backend backend (the CUDA one restores about 5.5 GiB of natives the first time; log: $out/build.log)"
  if (cd "$root" && dotnet tool restore && dotnet build BenchHarness.sln -c Release "-p:TorchBackend=$backend" -nologo) >"$out/build.log" 2>&1; then
    step "build" ok "$backend backend"
  else
    built=0
    step "build" FAILED "$backend backend: $(grep -m1 -E 'error|Unable to find' "$out/build.log" | sed 's/^ *//' | cut -c1-160)"
  fi
else
  step "build" info "--no-build: the tree's existing build"
fi

# 3. doctor, the smoke run, the report.
doctor=1; run_ok=0; report_ok=0
if (( built )); then
  if dotnet "$cli" doctor >"$out/doctor.txt" 2>&1; then
    step "doctor" ok "$(grep -m1 -E '^(ok|info) +CUDA ' "$out/doctor.txt" | sed -E 's/^(ok|info) +CUDA +//')"
  else
    doctor=0
    step "doctor" FAILED "$(tail -n 1 "$out/doctor.txt")"
  fi
  if (( doctor )); then
    echo "gpu-check: smoke run of $pattern on every device (log: $out/run.log)"
    dotnet "$cli" run --profile smoke --device all --pattern "$pattern" --out "$out/run" >"$out/run.log" 2>&1 && run_ok=1
    step "smoke run" "$( ((run_ok)) && echo ok || echo FAILED)" "$(tail -n 1 "$out/run.log")"
    if [[ -f "$out/run/manifest.json" ]]; then
      dotnet "$cli" report "$out/run" --out "$out/report" >"$out/report.log" 2>&1 && report_ok=1
      step "report" "$( ((report_ok)) && echo ok || echo FAILED)" "$( ((report_ok)) && echo "$out/report/index.html" || tail -n 1 "$out/report.log")"
    else
      step "report" skipped "no result set"
    fi
  else
    step "smoke run" skipped "doctor found something broken"
  fi
else
  step "doctor" skipped "no build"
fi

# 4. The verdict: one screen.
echo
echo "gpu-check verdict ($stamp UTC, $(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo "no git commit"))"
for line in "${steps[@]}"; do
  IFS='|' read -r name status detail <<<"$line"
  printf '  %-10s %-8s %s\n' "$name" "$status" "$detail"
done
cuda_verdict=""
if [[ -f "$out/run/manifest.json" ]]; then
  # PowerShell (a tool of this repository, restored with `dotnet tool restore`) reads the manifest's JSON.
  summary="$(cd "$root" && dotnet pwsh -NoProfile -File tools/gpu-check-verdict.ps1 -Manifest "$out/run/manifest.json" 2>&1)"
  grep -v '^VERDICT=' <<<"$summary"
  cuda_verdict="$(grep -m1 '^VERDICT=' <<<"$summary" | cut -d= -f2-)"
fi
[[ -n "$cuda_verdict" ]] || cuda_verdict=$([[ -n "$gpus" ]] && echo "CUDA not checked: an earlier step failed" || echo "no CUDA device: nothing ran on a GPU")

(cd "$out" && tar czf "$out/gpu-check-$stamp.tar.gz" --exclude='*.tar.gz' . 2>/dev/null) || true
echo
echo "verdict: $cuda_verdict"
echo "send back: $out/gpu-check-$stamp.tar.gz (nvidia-smi.txt, build.log, doctor.txt, run.log, run/, report/)"
for line in "${steps[@]}"; do
  [[ "$line" == *"|FAILED|"* ]] && exit 2
done
exit 0
