<#
.SYNOPSIS
    Runs N2fSync end to end on embedded defaults: the sample Agresso SQLite file and the local N2F emulator.
.DESCRIPTION
    Starts the N2F API emulator on a free loopback port, seeds some drift (an outdated user, one who left),
    writes a config with New-N2fSyncConfig, shows the plan, syncs, then syncs again to show that nothing is
    written twice. Called by ./build.ps1 -Demo after a build.
#>
param([string] $Configuration = 'Release')
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $root 'tests/tools/N2fEmulator.psm1') -Force
Import-Module (Join-Path $root 'out/N2fSync/N2fSync.psd1') -Force

function Show([string] $Title) { Write-Host ''; Write-Host "== $Title" -ForegroundColor Cyan }

$emulator = Start-N2fEmulator -SeedReference
$work = Join-Path $root 'out/demo'
New-Item -ItemType Directory -Path $work -Force | Out-Null
$saved = @{ Id = $env:N2F_CLIENT_ID; Secret = $env:N2F_CLIENT_SECRET }
try {
    Show "N2F emulator listening on $($emulator.BaseUrl)"
    # Drift the sync must correct: Ann's record is outdated, and someone who left is still in N2F.
    Invoke-N2fEmulatorApi $emulator -Path users -Method POST -Body @{
        mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters'; company = 'c-1'; role = 'Gebruiker'; structure = 'L1' } | Out-Null
    Invoke-N2fEmulatorApi $emulator -Path users -Method POST -Body @{
        mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs'; company = 'c-1' } | Out-Null
    Clear-N2fEmulatorRequests $emulator

    $config = Join-Path $work 'n2fsync.yaml'
    New-N2fSyncConfig -Path $config -SqlitePath (Join-Path $root 'samples/agresso-sample.db') -BaseUrl $emulator.BaseUrl -Force | Out-Null
    # The real quotas (10 writes a minute by day) would make the demo last minutes: scale the window to one second.
    (Get-Content $config -Raw) -replace '(?m)^(\s*)windowSeconds:.*$', '$1windowSeconds: 1' | Set-Content $config -Encoding utf8
    $env:N2F_CLIENT_ID = 'test-client'
    $env:N2F_CLIENT_SECRET = 'test-secret'
    Show "Config written by New-N2fSyncConfig: $config"

    Show 'Get-AgressoEntity -Scope users (the sample Agresso SQLite file)'
    $users = Get-AgressoEntity -Scope users -ConfigPath $config -WarningAction SilentlyContinue
    $users | Select-Object -First 8 | Format-Table | Out-Host
    Write-Host "$($users.Count) users read."

    Show 'Get-AgressoEntity -Scope users | Compare-N2fPayload   (the plan; nothing is written)'
    $plan = $users | Compare-N2fPayload -ConfigPath $config
    $plan | Group-Object Action | Select-Object Name, Count | Format-Table | Out-Host
    $plan | Where-Object Action -ne Create | Format-Table | Out-Host
    ($plan | Where-Object Key -eq 'ann.peeters@example.be').Differences | Format-Table | Out-Host

    Show 'Sync-N2fScope -Scope users -Delete -Confirm:$false'
    $results = Sync-N2fScope -Scope users -ConfigPath $config -Delete -Confirm:$false -WarningAction SilentlyContinue
    $results | Group-Object Outcome | Select-Object Name, Count | Format-Table | Out-Host
    $results | Where-Object Outcome -ne Created | Format-Table | Out-Host
    $log = Get-N2fEmulatorRequests $emulator
    Write-Host "N2F saw $($log.writes) writes, $($log.reads) reads, $($log.status429) answers 429, at most $($log.maxConcurrency) call in flight."

    Show 'Second run: the same command again'
    Clear-N2fEmulatorRequests $emulator
    $again = Sync-N2fScope -Scope users -ConfigPath $config -Delete -Confirm:$false -WarningAction SilentlyContinue
    $log = Get-N2fEmulatorRequests $emulator
    Write-Host "$(@($again).Count) changes, $($log.writes) writes: N2F is in step with Agresso."
}
finally {
    $emulator | Stop-N2fEmulator
    $env:N2F_CLIENT_ID = $saved.Id
    $env:N2F_CLIENT_SECRET = $saved.Secret
}
