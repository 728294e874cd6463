#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Builds BenchHarness (Release) and runs the paired anti-pattern suites.

.DESCRIPTION
    A thin wrapper over `benchharness run`: builds the CLI and the suite host in Release, runs the selection,
    prints where the result set went, and exits with the CLI's exit code
    (0 everything ran, 2 bad input or a suite failed).

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
    smoke (seconds per case), default (trust a 10% difference) or gate (3 processes x 15 iterations).
.PARAMETER Out
    Result-set directory; default results/<run-id>. An existing, non-empty directory is refused.
.PARAMETER Threads
    Intra-op threads pinned for every measured process; default: the logical core count.
.PARAMETER TorchBackend
    cpu (default) or cuda: cuda restores TorchSharp-cuda-linux and needs a GPU host with the public NuGet feed.
.PARAMETER NoBuild
    Skip the build (use the binaries from the last Release build).
#>
# Values are validated by the CLI, not by ValidateSet: PowerShell's own binding errors exit with 1, and the
# harness's contract is one line and exit code 2 for bad input.
param(
    [string[]] $Pattern = @('all'),
    [string] $Device = 'cpu',
    [string] $Mode = 'all',
    [string] $Profile = 'default',
    [string] $Out,
    [string] $Threads = [Environment]::ProcessorCount,
    [string] $TorchBackend = 'cpu',
    [switch] $NoBuild,
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

$arguments = @(
    'run',
    '--pattern', ($Pattern -join ','),
    '--device', $Device,
    '--mode', $Mode,
    '--profile', $Profile,
    '--threads', $Threads
)
if ($Out) { $arguments += @('--out', $Out) }

# Tee keeps the progress live while capturing the "results: <dir>" line the CLI ends with.
$cliOutput = @()
& dotnet exec $cliDll.FullName @arguments | Tee-Object -Variable cliOutput
$exitCode = $LASTEXITCODE

$resultSet = $cliOutput | Select-String -Pattern '^results: (.+)$' | Select-Object -Last 1
if ($resultSet) {
    Write-Host "result set: $($resultSet.Matches[0].Groups[1].Value)"
}
exit $exitCode
