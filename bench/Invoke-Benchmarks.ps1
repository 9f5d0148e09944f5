<#
.SYNOPSIS
    Runs the N2fSync benchmarks and writes their results table to docs/benchmarks.md.
.DESCRIPTION
    From a fresh clone, on a machine with only the .NET SDK:
        dotnet tool restore && dotnet pwsh -NoProfile -File ./bench/Invoke-Benchmarks.ps1 [-Quick]

    1. Builds the solution (Release) unless -NoBuild.
    2. End-to-end harness (bench/N2fSync.Benchmarks e2e): per size, generated Agresso SQLite + emulator state with
       controlled drift; local read/diff/plan time and peak memory in a fresh child process; API efficiency (writes
       issued / needed, reads issued / minimum, 429s) applying every scope; quota utilisation under a backlog with the
       quota window scaled to 1 s (docs/decisions.md §21).
    3. Pace against the quota floor, the product run in pwsh (bench/N2fSync.Benchmarks pace): by night
       (50 writes per 1 s window), with 3 % of answers lost, with no quota at all (writes a second), with N2F allowing
       fewer writes than the table, and a large tenant with few changes by day (reads and writes overlapping); each as
       the ratio of the time from the first to the last write to the quota's floor for the writes needed.
    4. BenchmarkDotNet hot paths (normalization, payloads, diff+plan, reading) in process, short job.
    5. Import-Module time in fresh `pwsh -NoProfile` children, and the peak working set of a whole pwsh process running
       `Sync-N2fScope -Scope users -WhatIf` on 100 000 users on both sides (docs/decisions.md §27), against the emulator process.
    -Quick: smaller and shorter (efficiency up to 10 000 users, one quota run, pace in pwsh only, quick BenchmarkDotNet
    job, 3 runs).
    -BeforeCommit: earlier commits to set beside this one (the "before" of a change): each is exported with git archive into
    the work folder and built there; its own harness measures the core's memory, this harness runs the pace scenarios
    against its module in pwsh, and the whole-pwsh -WhatIf memory is measured on it as on this one.
    -RenderOnly: writes the page again from the results kept in -WorkFolder, measuring nothing.
#>
[CmdletBinding()]
param(
    [switch] $Quick,
    [switch] $NoBuild,
    [string] $OutFile,
    [string] $WorkFolder,
    [string[]] $BeforeCommit = @(),
    [switch] $RenderOnly
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = Split-Path $PSScriptRoot -Parent
if (-not $OutFile) { $OutFile = Join-Path $root 'docs/benchmarks.md' }
if ($RenderOnly -and -not $WorkFolder) { throw '-RenderOnly needs the -WorkFolder of an earlier run.' }
if (-not $WorkFolder) { $WorkFolder = Join-Path ([IO.Path]::GetTempPath()) "n2fsync-bench-$([guid]::NewGuid().ToString('N').Substring(0, 8))" }
New-Item -ItemType Directory -Path $WorkFolder -Force | Out-Null
$started = Get-Date
$clock = [Diagnostics.Stopwatch]::StartNew()
$harness = Join-Path $root 'bench/N2fSync.Benchmarks/bin/Release/net10.0/N2fSync.Benchmarks.dll'
$emulatorDll = Join-Path $root 'tests/N2fSync.Emulator/bin/Release/net10.0/N2fSync.Emulator.dll'
$manifest = Join-Path $root 'out/N2fSync/N2fSync.psd1'
$pwsh = & (Join-Path $root 'tests/tools/Get-PwshPath.ps1')
$runs = if ($Quick) { 3 } else { 5 }

function Invoke-Native([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

function Get-LoadAverage {
    if (Test-Path /proc/loadavg) { ((Get-Content /proc/loadavg -Raw) -split ' ')[0..2] -join ' ' } else { 'n/a' }
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    if ($sorted.Count % 2) { return $sorted[[int][math]::Floor($sorted.Count / 2)] }
    ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2
}

function Start-Child([string] $File, [string[]] $Arguments) {
    # A child process with its output read to the end; returns its output, exit code and wall time as seen from here.
    $info = [Diagnostics.ProcessStartInfo]::new($File)
    foreach ($a in $Arguments) { $info.ArgumentList.Add($a) }
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $errors = $process.StandardError.ReadToEndAsync()
    $output = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    $watch.Stop()
    [pscustomobject]@{ Output = $output; Errors = $errors.Result; ExitCode = $process.ExitCode; Seconds = $watch.Elapsed.TotalSeconds }
}

if (-not $RenderOnly) {
    $loadBefore = Get-LoadAverage
    if (-not $NoBuild) {
        Write-Host 'Building (Release)...'
        Invoke-Native 'dotnet build' { dotnet build (Join-Path $root 'N2fSync.slnx') -c Release --nologo -v:q -clp:ErrorsOnly }
    }

    # --- Earlier commits, built apart (never in this tree) -----------------------------------------------------------
    $befores = @(foreach ($commit in $BeforeCommit) {
        $sha = (git -C $root rev-parse --short $commit).Trim()
        $tree = Join-Path $WorkFolder "before-$sha"
        Write-Host "Building $sha apart in $tree..."
        New-Item -ItemType Directory -Path $tree -Force | Out-Null
        Invoke-Native "git archive $sha" { git -C $root archive --format=tar -o (Join-Path $WorkFolder "before-$sha.tar") $commit }
        Invoke-Native "tar" { tar -xf (Join-Path $WorkFolder "before-$sha.tar") -C $tree }
        # To the host: inside this foreach, output would become items of $befores.
        Invoke-Native "dotnet build $sha" { dotnet build (Join-Path $tree 'N2fSync.slnx') -c Release --nologo -v:q -clp:ErrorsOnly } | Out-Host
        [pscustomobject]@{
            Commit = $sha; Subject = (git -C $root log -1 --format=%s $commit).Trim()
            Module = Join-Path $tree 'out/N2fSync/N2fSync.psd1'
            Harness = Join-Path $tree 'bench/N2fSync.Benchmarks/bin/Release/net10.0/N2fSync.Benchmarks.dll'
        }
    })

    # --- End-to-end harness -------------------------------------------------------------------------------------------
    $e2eJson = Join-Path $WorkFolder 'e2e.json'
    $e2eArgs = @('e2e', '--sizes', '1000,10000,100000', '--axis-values', '10000', '--windows', '30', '--work', $WorkFolder, '--out', $e2eJson)
    $e2eArgs += if ($Quick) { @('--quota', '10', '--efficiency-up-to', '10000') } else { @('--quota', '10,50,10@20,10@50') }
    Write-Host "End-to-end harness: $($e2eArgs -join ' ')"
    Invoke-Native 'the end-to-end harness' { dotnet $harness @e2eArgs }

    # --- Pace against the quota floor: the product in pwsh (and the core alone, for comparison, in a full run) --------
    $paceJson = Join-Path $WorkFolder 'pace.json'
    $paceArgs = @('pace', '--pwsh', $pwsh, '--module', $manifest, '--work', (Join-Path $WorkFolder 'pace'), '--out', $paceJson)
    $paceArgs += if ($Quick) { @('--via', 'pwsh', '--creates', '500') } else { @('--via', 'pwsh,core', '--creates', '1000') }
    Write-Host "Pace: $($paceArgs -join ' ')"
    Invoke-Native 'the pace scenarios' { dotnet $harness @paceArgs }
    foreach ($before in $befores) {
        # The same scenarios, this harness, the earlier commit's module in pwsh; its core's memory by its own harness.
        $beforeArgs = @('pace', '--via', 'pwsh', '--pwsh', $pwsh, '--module', $before.Module, '--creates', $(if ($Quick) { '500' } else { '1000' }),
            '--work', (Join-Path $WorkFolder "pace-$($before.Commit)"), '--out', (Join-Path $WorkFolder "pace-$($before.Commit).json"))
        Write-Host "Pace of $($before.Commit): $($beforeArgs -join ' ')"
        Invoke-Native "the pace scenarios of $($before.Commit)" { dotnet $harness @beforeArgs }
        $localArgs = @('e2e', '--sizes', '100000', '--axis-values', '10000', '--local-only', '--work', (Join-Path $WorkFolder "e2e-$($before.Commit)"),
            '--out', (Join-Path $WorkFolder "e2e-$($before.Commit).json"))
        Write-Host "Core memory of $($before.Commit): $($localArgs -join ' ')"
        Invoke-Native "the local run of $($before.Commit)" { dotnet $before.Harness @localArgs }
    }

    # --- BenchmarkDotNet ------------------------------------------------------------------------------------------------
    $bdn = Join-Path $WorkFolder 'bdn'
    $microArgs = @('micro', '--artifacts', $bdn)
    if ($Quick) { $microArgs += '--quick' }
    Write-Host "BenchmarkDotNet: $($microArgs -join ' ')"
    Invoke-Native 'BenchmarkDotNet' { dotnet $harness @microArgs | Out-Host }

    # --- Import-Module time -------------------------------------------------------------------------------------------
    Write-Host "Import-Module time, $runs fresh pwsh -NoProfile children..."
    $probe = '$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module ''{0}''; $ms = $w.Elapsed.TotalMilliseconds; ' +
        '$p = [Diagnostics.Process]::GetCurrentProcess(); ''IMPORT;{{0}};{{1}}'' -f $ms, $p.PeakWorkingSet64'
    $importMs = @(); $importWall = @(); $bareWall = @(); $importPeak = @()
    Start-Child $pwsh @('-NoProfile', '-NonInteractive', '-Command', 'exit 0') | Out-Null   # warm the disk cache
    for ($i = 0; $i -lt $runs; $i++) {
        $bare = Start-Child $pwsh @('-NoProfile', '-NonInteractive', '-Command', 'exit 0')
        $bareWall += $bare.Seconds
        $run = Start-Child $pwsh @('-NoProfile', '-NonInteractive', '-Command', ($probe -f $manifest))
        $line = ($run.Output -split "`n" | Where-Object { $_ -like 'IMPORT;*' } | Select-Object -Last 1)
        if (-not $line) { throw "Import-Module probe failed: $($run.Output) $($run.Errors)" }
        $parts = $line.Trim() -split ';'
        $importMs += [double]::Parse($parts[1], [Globalization.CultureInfo]::InvariantCulture)
        $importPeak += [double]$parts[2] / 1MB
        $importWall += $run.Seconds
    }

    # --- Whole pwsh process: Sync-N2fScope -Scope users -WhatIf on 100 000 users ---------------------------------------
    $psUsers = 100000
    Write-Host "pwsh Sync-N2fScope -Scope users -WhatIf on $psUsers users on both sides ($runs runs)..."
    $psData = Join-Path $WorkFolder 'pwsh-100k'
    Invoke-Native 'generate' { dotnet $harness generate --users $psUsers --axis-values 0 --out $psData | Out-Host }
    $urlFile = Join-Path $WorkFolder 'emulator.url'
    $emulatorInfo = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($emulatorDll, '--state', (Join-Path $psData 'n2f-state.json'), '--url-file', $urlFile, '--parent-pid', $PID)) {
        $emulatorInfo.ArgumentList.Add([string]$a)
    }
    $emulatorInfo.UseShellExecute = $false
    $emulatorInfo.RedirectStandardOutput = $true
    $emulatorInfo.RedirectStandardError = $true
    $emulator = [Diagnostics.Process]::Start($emulatorInfo)
    $whatIf = @()
    try {
        $deadline = (Get-Date).AddMinutes(3)
        while (-not (Test-Path $urlFile)) {
            if ($emulator.HasExited) { throw "The emulator exited: $($emulator.StandardError.ReadToEnd())" }
            if ((Get-Date) -gt $deadline) { throw 'The emulator did not start within 3 minutes.' }
            Start-Sleep -Milliseconds 200
        }
        $baseUrl = (Get-Content $urlFile -Raw).Trim()
        $script = Join-Path $WorkFolder 'whatif.ps1'
        Set-Content -Path $script -Encoding utf8 -Value @'
param($Module, $Db, $BaseUrl, $Folder)
$ErrorActionPreference = 'Stop'
Import-Module $Module
$config = Join-Path $Folder 'n2fsync.yaml'
New-N2fSyncConfig -Path $config -SqlitePath $Db -BaseUrl $BaseUrl -Force | Out-Null
$text = Get-Content $config -Raw
# The quota window scaled to 1 s and its limits out of the way: this measures memory, not pacing.
$text = $text -replace '(?m)^(\s*)windowSeconds:.*$', '$1windowSeconds: 1'
$text = $text -replace '(?m)^(\s*)# path: \./n2fsync\.db\s*$', '$1path: ./n2fsync.db'
$text = $text -replace '(?m)^(\s*)(day|night):\s*\{.*\}\s*$', '$1$2: { reads: 100000, writes: 100000 }'
# The drift deletes more than the default guard lets through; the guard's report is not what is measured.
$text = $text -replace '(?m)^(\s*)maxDeleteCount:.*$', '$1maxDeleteCount: 1000000'
$text = $text -replace '(?m)^(\s*)maxDeletePercent:.*$', '$1maxDeletePercent: 100'
Set-Content -Path $config -Value $text -Encoding utf8
$env:N2F_CLIENT_ID = 'test-client'; $env:N2F_CLIENT_SECRET = 'test-secret'
$me = [Diagnostics.Process]::GetCurrentProcess()
$cpu = $me.TotalProcessorTime
$watch = [Diagnostics.Stopwatch]::StartNew()
Sync-N2fScope -Scope users -WhatIf -ConfigPath $config 6>$null | Out-Null
$seconds = $watch.Elapsed.TotalSeconds
$me.Refresh()
'WHATIF;{0};{1};{2}' -f $me.PeakWorkingSet64, $seconds, ($me.TotalProcessorTime - $cpu).TotalSeconds
'@
        # This commit's module, then each earlier commit's (3 runs each), against the same emulator and data.
        $modules = @([pscustomobject]@{ Commit = ''; Module = $manifest; Runs = $runs }) +
            @($befores | ForEach-Object { [pscustomobject]@{ Commit = $_.Commit; Module = $_.Module; Runs = 3 } })
        foreach ($probe in $modules) {
            for ($i = 0; $i -lt $probe.Runs; $i++) {
                $folder = Join-Path $WorkFolder "whatif-$($probe.Commit)$i"
                New-Item -ItemType Directory -Path $folder -Force | Out-Null
                $run = Start-Child $pwsh @('-NoProfile', '-NonInteractive', '-File', $script, $probe.Module, (Join-Path $psData 'agresso.db'), $baseUrl, $folder)
                $line = ($run.Output -split "`n" | Where-Object { $_ -like 'WHATIF;*' } | Select-Object -Last 1)
                if (-not $line) { throw "The -WhatIf run failed: $($run.Errors)" }
                $parts = $line.Trim() -split ';'
                $c = [Globalization.CultureInfo]::InvariantCulture
                $whatIf += [pscustomobject]@{
                    Commit = $probe.Commit
                    PeakMb = [double]$parts[1] / 1MB; Seconds = [double]::Parse($parts[2], $c); Cpu = [double]::Parse($parts[3], $c)
                    WhatIfLines = @($run.Output -split "`n" | Where-Object { $_ -like 'What if:*' }).Count
                }
            }
        }
    } finally {
        if (-not $emulator.HasExited) { $emulator.Kill(); $emulator.WaitForExit(5000) | Out-Null }
    }
    $loadAfter = Get-LoadAverage
    $clock.Stop()
    [pscustomobject]@{
        Quick = [bool]$Quick; Started = $started.ToUniversalTime().ToString('o'); Minutes = $clock.Elapsed.TotalMinutes
        LoadBefore = $loadBefore; LoadAfter = $loadAfter; Runs = $runs; PsUsers = $psUsers
        Commit = (git -C $root rev-parse --short HEAD 2>$null)
        # Figures of a tree with uncommitted changes describe no commit: the page says so.
        Dirty = [bool](git -C $root status --porcelain --untracked-files=no 2>$null)
        Free = if (Get-Command free -ErrorAction SilentlyContinue) { (free -h | Out-String).TrimEnd() } else { 'n/a' }
        ImportMs = $importMs; ImportWall = $importWall; BareWall = $bareWall; ImportPeak = $importPeak; WhatIf = $whatIf
        Befores = @($befores | Select-Object Commit, Subject)
    } | ConvertTo-Json -Depth 4 | Set-Content (Join-Path $WorkFolder 'pwsh.json') -Encoding utf8
}

# Everything below reads only what the work folder keeps, so -RenderOnly can write the page again.
$e2e = Get-Content (Join-Path $WorkFolder 'e2e.json') -Raw | ConvertFrom-Json
$pacePath = Join-Path $WorkFolder 'pace.json'
$pace = if (Test-Path $pacePath) { Get-Content $pacePath -Raw | ConvertFrom-Json } else { $null }
$saved = Get-Content (Join-Path $WorkFolder 'pwsh.json') -Raw | ConvertFrom-Json
$Quick = [switch]$saved.Quick; $runs = $saved.Runs; $psUsers = $saved.PsUsers
$started = [DateTime]::Parse($saved.Started, [Globalization.CultureInfo]::InvariantCulture, 'RoundtripKind')
$minutes = [double]$saved.Minutes; $loadBefore = $saved.LoadBefore; $loadAfter = $saved.LoadAfter
$importMs = [double[]]$saved.ImportMs; $importWall = [double[]]$saved.ImportWall; $bareWall = [double[]]$saved.BareWall
$importPeak = [double[]]$saved.ImportPeak
# This commit's -WhatIf runs; the earlier commits' are set beside them in the before-and-after section.
$allWhatIf = @($saved.WhatIf)
$whatIf = @($allWhatIf | Where-Object { -not $_.PSObject.Properties['Commit'] -or -not $_.Commit })
$befores = @(if ($saved.PSObject.Properties['Befores']) { $saved.Befores })
$bdn = Join-Path $WorkFolder 'bdn'
$microTables = Get-ChildItem (Join-Path $bdn 'results') -Filter '*-report-github.md' | Sort-Object Name | ForEach-Object {
    $lines = Get-Content $_.FullName
    # Keep the table; the environment block is the same for all and printed once below.
    $title = ($_.BaseName -replace '-report-github$', '') -replace '^N2fSync\.Benchmarks\.Micro\.', ''
    $table = $lines | Where-Object { $_ -like '|*' }
    "#### $title`n`n" + (($table -join "`n") -replace '&#39;', "'") + "`n"
}
$bdnEnvironment = (Get-ChildItem (Join-Path $bdn 'results') -Filter '*-report-github.md' | Select-Object -First 1 |
    ForEach-Object { Get-Content $_.FullName | Select-Object -Skip 1 -First 8 }) -join "`n"

# --- docs/benchmarks.md ---------------------------------------------------------------------------------------------
$c = [Globalization.CultureInfo]::InvariantCulture
function F([double] $Value, [string] $Format = '0.00') { $Value.ToString($Format, $c) }
$sizes = @($e2e.Sizes)
$withEfficiency = @($sizes | Where-Object { $_.PSObject.Properties['Efficiency'] })
$needed = ($withEfficiency | ForEach-Object { $_.Efficiency.Scopes } | Measure-Object -Property WritesNeeded -Sum).Sum
$issued = ($withEfficiency | ForEach-Object { $_.Efficiency.Scopes } | Measure-Object -Property WritesIssued -Sum).Sum
$readsIssued = ($withEfficiency | ForEach-Object { $_.Efficiency.Scopes } | Measure-Object -Property ReadsIssued -Sum).Sum
$readsMinimum = ($withEfficiency | ForEach-Object { $_.Efficiency.Scopes } | Measure-Object -Property ReadsMinimum -Sum).Sum
$failed = ($withEfficiency | ForEach-Object { $_.Efficiency.Scopes } | Measure-Object -Property Failed -Sum).Sum
$status429 = 0
foreach ($s in $withEfficiency) { $status429 += $s.Efficiency.Status429 }
foreach ($q in $e2e.Quota) { $status429 += $q.Status429 }
$headline = @($e2e.Quota | Where-Object { $_.ResponseDelayMs -eq 0 } | Sort-Object WritesPerWindow)[0]
$largest = $sizes | Sort-Object Size | Select-Object -Last 1
$cachePresent = @($withEfficiency | Where-Object { $_.Efficiency.CachePresent }).Count -gt 0
$cacheText = if ($cachePresent) {
    $first = ($withEfficiency[-1].Efficiency.Scopes | Measure-Object -Property ReadsIssued -Sum).Sum
    '{0} % ({1} reads on the second run vs {2})' -f (F (100 * (1 - $withEfficiency[-1].Efficiency.SecondRunReads / $first)) '0'), $withEfficiency[-1].Efficiency.SecondRunReads, $first
} else { 'n/a: this build has no read cache, a second run reads as much as the first' }
$whatIfPeak = Get-Median ($whatIf | ForEach-Object PeakMb)
$mark = { param([bool] $Ok) if ($Ok) { 'yes' } else { '**no**' } }
$freeText = $saved.Free

$md = [Text.StringBuilder]::new()
$null = $md.AppendLine('# Benchmarks')
$null = $md.AppendLine()
$dirty = $saved.PSObject.Properties['Dirty'] -and $saved.Dirty
$null = $md.AppendLine("**These figures describe commit $($saved.Commit)$(if ($dirty) { ' with uncommitted changes' }), measured $($started.ToUniversalTime().ToString('yyyy-MM-dd', $c)).** Code committed after it is not measured here: when the commit above is not the latest, this page is out of date until the command below is run again.")
# Rendered later (-RenderOnly) on a newer commit: say whether what was measured changed since.
$head = (git -C $root rev-parse --short HEAD 2>$null)
if ($head -and $saved.Commit -and -not "$head".StartsWith("$($saved.Commit)") -and -not "$($saved.Commit)".StartsWith("$head")) {
    git -C $root diff --quiet $saved.Commit HEAD -- src bench/N2fSync.Benchmarks tests/N2fSync.Emulator 2>$null
    $same = $LASTEXITCODE -eq 0
    $null = $md.AppendLine()
    $null = $md.AppendLine("Written on commit $head, which $(if ($same) { 'changes nothing' } else { '**changes code**' }) under ``src/``, ``bench/N2fSync.Benchmarks/`` or the emulator since $($saved.Commit).")
}
$null = $md.AppendLine()
$null = $md.AppendLine('Generated by `bench/Invoke-Benchmarks.ps1`; do not edit by hand, run it again. What each figure means and')
$null = $md.AppendLine('how it is measured is in `bench/README.md`.')
$null = $md.AppendLine()
$beforeText = if ($befores.Count -gt 0) { ' -BeforeCommit ' + (($befores | ForEach-Object Commit) -join ',') } else { '' }
$null = $md.AppendLine("- **Command:** ``dotnet tool restore && dotnet pwsh -NoProfile -File ./bench/Invoke-Benchmarks.ps1$(if ($Quick) { ' -Quick' })$beforeText``")
$null = $md.AppendLine("- **Date:** $($started.ToUniversalTime().ToString('yyyy-MM-dd HH:mm', $c)) UTC; took $(F $minutes '0.0') min; commit $($saved.Commit)")
$null = $md.AppendLine("- **Machine:** $([Environment]::ProcessorCount) logical CPUs (nproc), $([Runtime.InteropServices.RuntimeInformation]::OSDescription), .NET $([Environment]::Version), PowerShell $($PSVersionTable.PSVersion)")
$null = $md.AppendLine("- **Load average** before / after: $loadBefore / $loadAfter (a shared machine: CPU seconds are given beside wall seconds)")
$null = $md.AppendLine()
$null = $md.AppendLine('```')
$null = $md.AppendLine($freeText)
$null = $md.AppendLine('```')
$null = $md.AppendLine()
$null = $md.AppendLine('## Results against the targets')
$null = $md.AppendLine()
$null = $md.AppendLine('| measure | target | measured | met |')
$null = $md.AppendLine('|---|---|---|---|')
$null = $md.AppendLine("| writes issued ÷ writes needed (no faults; $($withEfficiency.Size -join ', ') users + 10 000 axis values) | 1.00 | $(F ($issued / $needed)) ($issued / $needed) | $(& $mark ($issued -eq $needed)) |")
$null = $md.AppendLine("| reads issued ÷ minimum (pages + lookups) | 1.00 | $(F ($readsIssued / $readsMinimum)) ($readsIssued / $readsMinimum) | $(& $mark ($readsIssued -eq $readsMinimum)) |")
$null = $md.AppendLine("| 429 answers provoked | 0 | $status429 | $(& $mark ($status429 -eq 0)) |")
$null = $md.AppendLine("| quota utilisation under a backlog ($($headline.WritesPerWindow) writes / 1 s window, $(F $headline.WindowsSpanned '0') windows) | ≥ 0.95 | $(F $headline.Utilisation '0.000') | $(& $mark ($headline.Utilisation -ge 0.95)) |")
$null = $md.AppendLine("| diff+plan of $($largest.Size) users (both sides in memory, median of 3) | < 1 s | $(F $largest.Local.PlanSeconds '0.00') s (CPU $(F $largest.Local.PlanCpuSeconds '0.00') s) | $(& $mark ($largest.Local.PlanSeconds -lt 1)) |")
$null = $md.AppendLine("| peak memory, core alone in the harness, $($largest.Size) users on both sides | < 200 MB | $(F $largest.Local.PeakWorkingSetMb '0') MB | $(& $mark ($largest.Local.PeakWorkingSetMb -lt 200)) |")
$null = $md.AppendLine("| peak working set, whole pwsh running ``Sync-N2fScope -Scope users -WhatIf``, $psUsers users on both sides (median of $runs) | ≤ 300 MB (docs/decisions.md §27) | $(F $whatIfPeak '0') MB | $(& $mark ($whatIfPeak -le 300)) |")
if ($pace) {
    $night = @($pace.Results | Where-Object { $_.Scenario -eq 'night' -and $_.Via -eq 'pwsh' })[0]
    $lost = @($pace.Results | Where-Object { $_.Scenario -eq 'lost answers' -and $_.Via -eq 'pwsh' })[0]
    $free = @($pace.Results | Where-Object { $_.Scenario -eq 'unthrottled' -and $_.Via -eq 'pwsh' })[0]
    $null = $md.AppendLine("| by night (50 writes / 1 s window), $($night.WritesNeeded) writes needed: first to last write ÷ the quota's floor | ≤ 1.05 | $(F $night.Ratio) ($(F $night.SpanSeconds '0.0') s for $(F $night.FloorSeconds '0.0') s) | $(& $mark ($night.Ratio -le 1.05)) |")
    $null = $md.AppendLine("| 3 % of answers lost: writes applied ÷ writes needed | 1.00 | $(F $lost.AppliedPerNeeded) ($($lost.WritesApplied) / $($lost.WritesNeeded)) | $(& $mark ($lost.WritesApplied -eq $lost.WritesNeeded)) |")
    $null = $md.AppendLine("| 3 % of answers lost: 429 answers | 0 | $($lost.Status429) | $(& $mark ($lost.Status429 -eq 0)) |")
    $null = $md.AppendLine("| no quota: writes a second the client sends (the night quota needs 50) | ≥ 50 | $(F $free.WritesPerSecond '0.0') | $(& $mark ($free.WritesPerSecond -ge 50)) |")
    $tenant = @($pace.Results | Where-Object { $_.Scenario -eq 'large tenant, few changes' -and $_.Via -eq 'pwsh' })[0]
    $strict = @($pace.Results | Where-Object { $_.Scenario -eq 'stricter N2F' -and $_.Via -eq 'pwsh' })[0]
    if ($tenant) {
        $null = $md.AppendLine("| large tenant, few changes by day (100 000 users, 200 updates): N2F's span from the first call to the last write ÷ the larger of the read and write floors | ≤ 1.10 | $(F $tenant.SpanOverLargerFloor) ($(F $tenant.N2fSpanSeconds '0.0') s; floors: reads $(F $tenant.ReadFloorSeconds '0.0') s, writes $(F $tenant.FloorSeconds '0.0') s) | $(& $mark ($tenant.SpanOverLargerFloor -le 1.10)) |")
    }
    if ($strict) {
        $null = $md.AppendLine("| N2F stricter than the table (30 writes a window, not 50): the summary says how the run paced itself | yes | $(if ($strict.PacingNote) { 'yes' } else { 'no' }) ($($strict.Status429) × 429) | $(& $mark ([bool]$strict.PacingNote)) |")
    }
}
$null = $md.AppendLine("| ``Import-Module`` in a fresh ``pwsh -NoProfile`` (median of $runs) | — | $(F (Get-Median $importMs) '0') ms | |")
$null = $md.AppendLine()
$null = $md.AppendLine("The earlier tool's published targets, side by side:")
$null = $md.AppendLine()
$null = $md.AppendLine('| earlier tool target | N2fSync |')
$null = $md.AppendLine('|---|---|')
$null = $md.AppendLine("| < 512 MB RAM | $(F $whatIfPeak '0') MB peak working set of the whole pwsh process (100 000 users on both sides, -WhatIf); $(F $largest.Local.PeakWorkingSetMb '0') MB for the core alone |")
$null = $md.AppendLine("| > 15 % cache hit rate | $cacheText. By design: the lists a run diffs against are read fresh every time (docs/decisions.md §29), so a second run reads them again; the cache answers the reference lists, the company and axis lookups, and ``Get-N2fEntity`` / ``Compare-N2fPayload -UseCache`` |")
$null = $md.AppendLine("| < 1 % error rate | $(F (100 * $failed / [math]::Max(1, $issued)) '0.0') % of the $issued writes failed (no faults injected) |")
$null = $md.AppendLine()
$null = $md.AppendLine('## Per size: API efficiency and local work')
$null = $md.AppendLine()
$null = $md.AppendLine('Drift of the N2F side: 1 % of the source missing (creates), 2 % changed in one field (updates), 0.5 % extra (deletes); the same for the 10 000 axis values (projects, plates, subposts over 4 companies). Every scope synced with deletes; then a second run plans again.')
$null = $md.AppendLine()
$null = $md.AppendLine('| users | writes needed | writes issued | ratio | reads issued | reads minimum | ratio | 2nd run: writes planned / reads | source read s (CPU) | N2F read + diff + plan, streamed s (CPU) | diff+plan in memory s (CPU) | peak MB after source | peak MB | live MB after plan |')
$null = $md.AppendLine('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
foreach ($s in $sizes) {
    $l = $s.Local
    $eff = if ($s.PSObject.Properties['Efficiency']) {
        $sc = $s.Efficiency.Scopes
        $n = ($sc | Measure-Object WritesNeeded -Sum).Sum; $w = ($sc | Measure-Object WritesIssued -Sum).Sum
        $r = ($sc | Measure-Object ReadsIssued -Sum).Sum; $m = ($sc | Measure-Object ReadsMinimum -Sum).Sum
        "$n | $w | $(F ($w / $n)) | $r | $m | $(F ($r / $m)) | $($s.Efficiency.SecondRunWrites) / $($s.Efficiency.SecondRunReads)"
    } else { '— | — | — | — | — | — | (skipped by -Quick)' }
    $null = $md.AppendLine("| $($s.Size) | $eff | $(F $l.SourceSeconds) ($(F $l.SourceCpuSeconds)) | $(F $l.StreamedPlanSeconds) ($(F $l.StreamedPlanCpuSeconds)) | $(F $l.PlanSeconds) ($(F $l.PlanCpuSeconds)) | $(F $l.PeakAfterSourceMb '0') | $(F $l.PeakWorkingSetMb '0') | $(F $l.LiveManagedMb '0') |")
}
$null = $md.AppendLine()
if ($withEfficiency.Count -gt 0) {
    $big = $withEfficiency[-1]
    $null = $md.AppendLine("Per scope at $($big.Size) users:")
    $null = $md.AppendLine()
    $null = $md.AppendLine('| scope | writes needed | writes issued | failed | reads issued | reads minimum |')
    $null = $md.AppendLine('|---|---|---|---|---|---|')
    foreach ($sc in $big.Efficiency.Scopes) {
        $null = $md.AppendLine("| $($sc.Scope) | $($sc.WritesNeeded) | $($sc.WritesIssued) | $($sc.Failed) | $($sc.ReadsIssued) | $($sc.ReadsMinimum) |")
    }
    $null = $md.AppendLine()
}
$null = $md.AppendLine('## Quota utilisation under a backlog')
$null = $md.AppendLine()
$null = $md.AppendLine('Emulator and client on the same quota, window scaled to 1 s; utilisation = (N−Q)/Q × W/(t[N−Q]−t[0]) on the server''s stamps (1.00: not a moment lost; above 1 only if the quota were exceeded). The client counts a call until its answer plus one window, so each window costs one answer''s latency L: the bound is W/(W+L), which at N2F''s 60 s window is above 0.99 even for L = 500 ms.')
$null = $md.AppendLine()
$null = $md.AppendLine('| writes / window | server latency | backlog | windows spanned | utilisation | bound W/(W+L) | most writes in any 1 s | 429s | seconds |')
$null = $md.AppendLine('|---|---|---|---|---|---|---|---|---|')
foreach ($q in $e2e.Quota) {
    $bound = 1 / (1 + $q.ResponseDelayMs / 1000 / $q.WindowSeconds)
    $null = $md.AppendLine("| $($q.WritesPerWindow) | $($q.ResponseDelayMs) ms + loopback | $($q.Backlog) | $(F $q.WindowsSpanned '0.0') | $(F $q.Utilisation '0.000') | $(F $bound '0.000') | $($q.MaxInAnyWindow) | $($q.Status429) | $(F $q.Seconds '0') |")
}
$null = $md.AppendLine()
if ($pace) {
    $null = $md.AppendLine('## Pace against the quota floor')
    $null = $md.AppendLine()
    $null = $md.AppendLine("A whole sync (every scope, deletes allowed) of $($pace.Spec) (unless said otherwise below), against the emulator with the quota minute scaled to 1 s and the client configured alike; ``pwsh`` is ``Sync-N2fScope`` in a child process over the built module, ``core`` the core alone in the harness. The floor is what the quota allows for the writes needed: no window of W may hold more than Q writes, so the last of N writes comes at least ⌊(N − 1) ÷ Q⌋ × W after the first (for ``unthrottled``: at the night quota). Writes applied counts the writes that changed N2F (a lost answer is applied; a delete sent again finds nothing).")
    $null = $md.AppendLine()
    $null = $md.AppendLine('| scenario | via | writes needed | sent | applied | lost answers | 429s | first to last write s | floor s | ratio | writes / s | reads sent / needed | read floor s | N2F span s | ÷ larger floor | run s | 2nd run writes |')
    $null = $md.AppendLine('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    foreach ($r in $pace.Results) {
        $null = $md.AppendLine("| $($r.Scenario) | $($r.Via) | $($r.WritesNeeded) | $($r.WritesSent) | $($r.WritesApplied) | $($r.LostAnswers) | $($r.Status429) | $(F $r.SpanSeconds '0.0') | $(F $r.FloorSeconds '0.0') | $(F $r.Ratio) | $(F $r.WritesPerSecond '0.0') | $($r.ReadsSent) / $($r.ReadsNeeded) | $(F $r.ReadFloorSeconds '0.0') | $(F $r.N2fSpanSeconds '0.0') | $(F $r.SpanOverLargerFloor) | $(F $r.RunSeconds '0.0') | $($r.SecondRunWrites) |")
    }
    $null = $md.AppendLine()
    $null = $md.AppendLine('`stricter N2F` is the night data set with N2F allowing 30 writes a window while the configuration says 50: its floor is at 30. `large tenant, few changes` has its own data (100 000 users, 0.2 % changed: 200 updates) by day, 60 reads and 10 writes a window: reading takes about 7 windows, writing 19; its N2F span runs from the first call to N2F (after the source is read) to the last write. Reads sent above those needed are the read-backs that settle lost answers. At 1 s windows each window also costs one answer''s latency (see the quota utilisation above) and a write waits for the page being read when its turn comes: both shrink sixty-fold at N2F''s 60 s window.')
    $null = $md.AppendLine()
    . (Join-Path $PSScriptRoot 'BeforeAfter.ps1')
    $null = $md.AppendLine((Get-BeforeAfterSection -WorkFolder $WorkFolder -Pace $pace -Befores $befores -Commit "$($saved.Commit)" `
        -CorePeakMb $largest.Local.PeakWorkingSetMb -WhatIf $allWhatIf))
}
$null = $md.AppendLine('## Whole PowerShell process')
$null = $md.AppendLine()
$null = $md.AppendLine("| measure | median | min | max |")
$null = $md.AppendLine('|---|---|---|---|')
$null = $md.AppendLine("| ``Import-Module`` ms (inside a fresh pwsh -NoProfile) | $(F (Get-Median $importMs) '0') | $(F ($importMs | Measure-Object -Minimum).Minimum '0') | $(F ($importMs | Measure-Object -Maximum).Maximum '0') |")
$null = $md.AppendLine("| pwsh start + Import-Module, wall s | $(F (Get-Median $importWall)) | $(F ($importWall | Measure-Object -Minimum).Minimum) | $(F ($importWall | Measure-Object -Maximum).Maximum) |")
$null = $md.AppendLine("| pwsh start alone, wall s | $(F (Get-Median $bareWall)) | $(F ($bareWall | Measure-Object -Minimum).Minimum) | $(F ($bareWall | Measure-Object -Maximum).Maximum) |")
$null = $md.AppendLine("| peak working set after Import-Module, MB | $(F (Get-Median $importPeak) '0') | $(F ($importPeak | Measure-Object -Minimum).Minimum '0') | $(F ($importPeak | Measure-Object -Maximum).Maximum '0') |")
$null = $md.AppendLine("| ``Sync-N2fScope -Scope users -WhatIf``, $psUsers users: peak working set MB | $(F $whatIfPeak '0') | $(F ($whatIf.PeakMb | Measure-Object -Minimum).Minimum '0') | $(F ($whatIf.PeakMb | Measure-Object -Maximum).Maximum '0') |")
$null = $md.AppendLine("| same: seconds of the cmdlet call (wall) | $(F (Get-Median ($whatIf | ForEach-Object Seconds))) | $(F ($whatIf.Seconds | Measure-Object -Minimum).Minimum) | $(F ($whatIf.Seconds | Measure-Object -Maximum).Maximum) |")
$null = $md.AppendLine("| same: CPU seconds of the process during the call | $(F (Get-Median ($whatIf | ForEach-Object Cpu))) | $(F ($whatIf.Cpu | Measure-Object -Minimum).Minimum) | $(F ($whatIf.Cpu | Measure-Object -Maximum).Maximum) |")
$null = $md.AppendLine()
$null = $md.AppendLine("The -WhatIf run printed $($whatIf[0].WhatIfLines) ``What if:`` lines (the drift of $psUsers users). The N2F read goes through the emulator process on loopback with the quota window scaled: by real quotas 500 pages take about 2.5 minutes at night, 8.5 minutes by day.")
$null = $md.AppendLine()
$null = $md.AppendLine('## Hot paths (BenchmarkDotNet)')
$null = $md.AppendLine()
$null = $md.AppendLine('```')
$null = $md.AppendLine($bdnEnvironment)
$null = $md.AppendLine('```')
$null = $md.AppendLine()
foreach ($t in $microTables) { $null = $md.AppendLine($t) }
$null = $md.AppendLine((Get-Content (Join-Path $PSScriptRoot 'optimizations.md') -Raw).TrimEnd())
Set-Content -Path $OutFile -Value $md.ToString().TrimEnd() -Encoding utf8
Write-Host "Wrote $OutFile (measuring took $(F $minutes '0.0') min; work folder: $WorkFolder)."
