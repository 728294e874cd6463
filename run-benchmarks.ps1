#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Builds BenchHarness (Release) and runs the paired anti-pattern suites.

.DESCRIPTION
    A thin wrapper over the `benchharness` CLI: builds the CLI and the suite host in Release, runs the selection
    (`run`), writes the HTML report (`report`, unless -NoReport) and, given -Baseline, gates this build: against a
    revision with `gate` (both builds measured interleaved on this machine), or against a stored result set with
    `compare`. It prints where the result sets, the report and the gate's outputs went, and exits with the
    harness's contract: 0 pass, 1 regression, 2 bad input or a failure (a suite failed, the run was interrupted),
    3 inconclusive (with -FailOnInconclusive). A failed run is still reported, never gated.

    PowerShell comes with the repository as a local .NET tool:
        dotnet tool restore
        dotnet pwsh ./run-benchmarks.ps1 -Pattern P01,P03 -Profile smoke

.PARAMETER Pattern
    Pattern ids (P01,P03) or 'all' (every pattern that has a suite).
.PARAMETER Device
    cpu, cuda or all.
.PARAMETER Mode
    eager, graph or all.
.PARAMETER Profile
    smoke (seconds per case), default (the report: 4-7 processes per case) or gate (5-8 processes per case).
    With -Baseline a revision, the gate profile is used unless another is named.
.PARAMETER Out
    Result-set directory; default results/<run-id>. An existing, non-empty directory is refused.
.PARAMETER Threads
    Intra-op threads pinned for every measured process; default: the CLI's (one core fewer than the machine has).
.PARAMETER TorchBackend
    cpu (default) or cuda: cuda restores TorchSharp-cuda-linux and needs a GPU host with the public NuGet feed.
.PARAMETER NoBuild
    Skip the build (use the binaries from the last Release build).
.PARAMETER NoReport
    Do not write the HTML report after the run.
.PARAMETER Baseline
    A revision (commit, branch, tag; 'merge-base' for the merge-base with the default branch): build it beside this
    build and gate this build against it with `benchharness gate`, both measured interleaved on this machine. Or a
    stored result set (a directory): run, then gate the new result set against it with `benchharness compare`.
    Outputs in reports/<run-id>/gate/; the exit code is then the gate's.
.PARAMETER Threshold
    The gate's default threshold (5%, 0.5ms, or 5%|0.5ms: the larger); default: benchharness.gate.json's.
.PARAMETER FailOnInconclusive
    Exit 3 when nothing regressed but some gate verdict is inconclusive.
#>
# Values are validated by the CLI, not by ValidateSet: PowerShell's own binding errors exit with 1, and the
# harness's contract is one line and exit code 2 for bad input.
param(
    [string[]] $Pattern = @('all'),
    [string] $Device = 'cpu',
    [string] $Mode = 'all',
    [string] $Profile,
    [string] $Out,
    [string] $Threads,
    [string] $TorchBackend = 'cpu',
    [switch] $NoBuild,
    [switch] $NoReport,
    [string] $Baseline,
    [string] $Threshold,
    [switch] $FailOnInconclusive,
    [Parameter(ValueFromRemainingArguments)] [string[]] $Unexpected
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Stop-WithBadInput([string] $message) {
    [Console]::Error.WriteLine("run-benchmarks.ps1: $message")
    exit 2
}

if ($Unexpected) { Stop-WithBadInput "unknown argument(s): $($Unexpected -join ' ') (see Get-Help ./run-benchmarks.ps1)" }
if ($TorchBackend -notin @('cpu', 'cuda')) { Stop-WithBadInput "-TorchBackend must be cpu or cuda, not '$TorchBackend'" }
$gateRevision = $Baseline -and -not (Test-Path -LiteralPath $Baseline -PathType Container)
if (-not $Profile) { $Profile = $(if ($gateRevision) { 'gate' } else { 'default' }) }

$root = $PSScriptRoot
$cli = Join-Path $root 'src/BenchHarness.Cli/BenchHarness.Cli.csproj'

if (-not $NoBuild) {
    Write-Host "building BenchHarness (Release, $TorchBackend backend)..."
    & dotnet build $cli -c Release "-p:TorchBackend=$TorchBackend" -nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { Stop-WithBadInput "build failed (exit $LASTEXITCODE); run 'dotnet build BenchHarness.sln -c Release' to see why" }
}

$cliDll = Get-ChildItem -Path (Join-Path $root 'src/BenchHarness.Cli/bin/Release') -Recurse -Filter 'benchharness.dll' |
    Sort-Object LastWriteTime -Descending | Select-Object -First 1
if (-not $cliDll) { Stop-WithBadInput "benchharness.dll not found under src/BenchHarness.Cli/bin/Release: build first (drop -NoBuild)" }

$selection = @('--pattern', ($Pattern -join ','), '--device', $Device, '--mode', $Mode, '--profile', $Profile)
if ($Threads) { $selection += @('--threads', $Threads) }
$gateOptions = @()
if ($Threshold) { $gateOptions += @('--threshold', $Threshold) }
if ($FailOnInconclusive) { $gateOptions += '--fail-on-inconclusive' }

# Runs the CLI with live output; returns its exit code and the value of its last "<label>: <value>" line.
function Invoke-Harness([string[]] $arguments, [string] $label) {
    $output = @()
    & dotnet exec $cliDll.FullName @arguments | Tee-Object -Variable output | Out-Host
    $code = $LASTEXITCODE
    $line = $output | Select-String -Pattern "^${label}: (.+)$" | Select-Object -Last 1
    return @{ ExitCode = $code; Value = $(if ($line) { $line.Matches[0].Groups[1].Value } else { $null }) }
}

if ($gateRevision) {
    # One job on this machine: the baseline revision built beside this build, both measured interleaved.
    $sessionName = "gate-$((Get-Date).ToUniversalTime().ToString('yyyyMMdd-HHmmss'))"
    $results = $(if ($Out) { $Out } else { Join-Path (Join-Path $root 'results') $sessionName })
    $gateDirectory = Join-Path (Join-Path (Join-Path $root 'reports') (Split-Path -Leaf $results)) 'gate'
    $revision = $(if ($Baseline -eq 'merge-base') { @() } else { @('--base', $Baseline) })
    $gate = Invoke-Harness (@('gate') + $revision + $selection + $gateOptions + @('--results', $results, '--out', $gateDirectory)) 'wrote'
    # Exit 2: the CLI has said in one line why nothing was judged.
    if ($gate.ExitCode -eq 2) { exit 2 }
    $head = Join-Path $results 'head'
    if (-not $NoReport -and (Test-Path -LiteralPath (Join-Path $head 'manifest.json'))) {
        $null = Invoke-Harness @('report', $head, '--out', (Split-Path -Parent $gateDirectory)) 'report'
    }
    Write-Host "gate: exit $($gate.ExitCode) (0 pass, 1 regression, 2 bad input, 3 inconclusive); outputs in $gateDirectory"
    exit $gate.ExitCode
}

$arguments = @('run') + $selection
if ($Out) { $arguments += @('--out', $Out) }
$run = Invoke-Harness $arguments 'results'
$exitCode = $run.ExitCode
$resultSet = $run.Value
if (-not $resultSet) { exit $exitCode }
Write-Host "result set: $resultSet"

$reportDirectory = Join-Path (Join-Path $root 'reports') (Split-Path -Leaf $resultSet)
if (-not $NoReport) {
    # The report of a failed run is still written: it shows which suites failed and keeps what succeeded.
    $report = Invoke-Harness @('report', $resultSet, '--out', $reportDirectory) 'report'
    if ($report.ExitCode -ne 0 -and $exitCode -eq 0) { $exitCode = $report.ExitCode }
}

if ($Baseline) {
    if ($exitCode -ne 0) {
        [Console]::Error.WriteLine("run-benchmarks.ps1: not gating: the run did not complete (exit $exitCode); see $resultSet/manifest.json")
        exit $exitCode
    }
    $gate = Invoke-Harness (@('compare', '--baseline', $Baseline, '--current', $resultSet, '--out', (Join-Path $reportDirectory 'gate')) + $gateOptions) 'gate'
    Write-Host "gate: exit $($gate.ExitCode) (0 pass, 1 regression, 2 bad input, 3 inconclusive); outputs in $(Join-Path $reportDirectory 'gate')"
    $exitCode = $gate.ExitCode
}
exit $exitCode
