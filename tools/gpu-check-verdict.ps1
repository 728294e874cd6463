# Part of tools/gpu-check.sh: reads a smoke run's manifest and prints, per suite, whether it ran and on which
# devices, then one line "VERDICT=..." saying whether CUDA worked.
param([Parameter(Mandatory)][string] $Manifest)

$m = Get-Content -Raw $Manifest | ConvertFrom-Json
$cuda = $m.devices | Where-Object { $_.device -eq 'Cuda' }
$succeeded = @($m.suites | Where-Object { $_.status -eq 'Succeeded' })
$failed = @($m.suites | Where-Object { $_.status -eq 'Failed' })
$skipped = @($m.suites | Where-Object { $_.status -eq 'Skipped' })
$onCuda = @($succeeded | Where-Object { $_.devices -contains 'Cuda' })

'  {0,-10} {1} succeeded, {2} failed, {3} skipped; {4} measured on CUDA' -f 'suites', $succeeded.Count, $failed.Count, $skipped.Count, $onCuda.Count
foreach ($s in $m.suites) {
    $first = if ($s.reason) { ': ' + ("$($s.reason)" -split "`n")[0] } else { '' }
    '    {0} {1} on {2}{3}' -f $s.patternId, $s.status.ToLowerInvariant(), ($s.devices -join ', '), $first
}

if (-not $cuda -or -not $cuda.used) {
    $why = if ($cuda -and $cuda.reason) { $cuda.reason } else { 'the manifest records no CUDA device' }
    "VERDICT=no CUDA device: $why. The CPU pipeline ran; nothing ran on a GPU."
}
elseif ($failed.Count -gt 0) {
    "VERDICT=CUDA loaded, but $($failed.Count) suite(s) failed: see run.log and run/logs/"
}
else {
    "VERDICT=CUDA works: $($onCuda.Count) suite(s) measured on CUDA"
}
