<#
.SYNOPSIS
    Runs N2fSync end to end on embedded defaults: the README's commands, on the sample Agresso SQLite file, against the
    local N2F emulator.
.DESCRIPTION
    Starts the N2F API emulator and the notification receiver on loopback, seeds some drift in N2F (an outdated user,
    one who left), writes a config with New-N2fSyncConfig that points at them, then runs every PowerShell block of
    README.md marked <!-- demo -->, statement by statement, as an admin would type them. A statement whose line says
    "# your values" (the import, your server, your secrets) is shown and skipped: the demo has its own. It ends by
    running the full sync once more, to show that nothing is written twice.

    Prompts are answered as in a scheduled job ($ConfirmPreference = 'None'), and the quota window is scaled to one
    second, so the demo lasts seconds instead of the hours real quotas would take.

    Exit code 0 when every statement ran without an error and the last sync wrote nothing; 1 otherwise.
    Called by ./build.ps1 -Demo after a build; tests/pester/Readme.Tests.ps1 runs it with -RecordPath.
.PARAMETER WorkFolder
    Where the demo writes its config, store and files (emptied first). Default: out/demo.
.PARAMETER RecordPath
    Writes what was run (block, line, statement, Ran/Skipped/Failed, errors) as JSON to this file.
#>
param([string] $Configuration = 'Release', [string] $RecordPath, [string] $WorkFolder)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $root 'tests/tools/N2fEmulator.psm1') -Force
Import-Module (Join-Path $root 'tests/tools/NotifyReceiver.psm1') -Force
Import-Module (Join-Path $root 'out/N2fSync/N2fSync.psd1') -Force

function Show([string] $Title) { Write-Host ''; Write-Host "== $Title" -ForegroundColor Cyan }

function Get-ReadmeDemoBlock([string] $Path) {
    <# The PowerShell blocks of the README that follow a <!-- demo --> line: their first line and their text. #>
    $lines = Get-Content -LiteralPath $Path -Encoding utf8
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i].Trim() -ne '<!-- demo -->') { continue }
        if ($i + 1 -ge $lines.Count -or $lines[$i + 1].Trim() -ne '```powershell') { throw "README.md line $($i + 1): <!-- demo --> must precede a powershell block." }
        $end = $i + 2
        while ($end -lt $lines.Count -and $lines[$end].Trim() -ne '```') { $end++ }
        [pscustomobject]@{ Line = $i + 3; Text = ($lines[($i + 2)..($end - 1)] -join "`n") }
        $i = $end
    }
}

function Invoke-ReadmeStatement($Block) {
    <# Runs one block's statements in order; returns one record per statement. #>
    $tokens = $null; $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Block.Text, [ref] $tokens, [ref] $parseErrors)
    if ($parseErrors) { throw "README.md block at line $($Block.Line) does not parse: $($parseErrors[0].Message)" }
    $yours = @($tokens | Where-Object { $_.Kind -eq 'Comment' -and $_.Text -match '#\s*your values' } | ForEach-Object { $_.Extent.StartLineNumber })
    foreach ($statement in $ast.EndBlock.Statements) {
        $text = $statement.Extent.Text
        $line = $Block.Line + $statement.Extent.StartLineNumber - 1
        $record = [ordered]@{ Line = $line; Statement = $text; Status = 'Ran'; Errors = @() }
        Write-Host ''
        Write-Host "PS> $text" -ForegroundColor Yellow
        if ($yours | Where-Object { $_ -ge $statement.Extent.StartLineNumber -and $_ -le $statement.Extent.EndLineNumber }) {
            Write-Host '    (your values: skipped; the demo has its own)' -ForegroundColor DarkGray
            $record.Status = 'Skipped'
        }
        else {
            $errors = [System.Collections.Generic.List[string]]::new()
            try {
                . ([scriptblock]::Create($text)) 2>&1 | ForEach-Object {
                    if ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add("$_"); Write-Host "    error: $_" -ForegroundColor Red }
                    else { $_ }
                } | Out-Host
            }
            catch { $errors.Add("$_"); Write-Host "    error: $_" -ForegroundColor Red }
            if ($errors.Count) { $record.Status = 'Failed'; $record.Errors = @($errors) }
        }
        [pscustomobject]$record
    }
}

$emulator = Start-N2fEmulator -SeedReference
$receiver = Start-NotifyReceiver
$work = if ($WorkFolder) { $WorkFolder } else { Join-Path $root 'out/demo' }
if (Test-Path $work) { Remove-Item $work -Recurse -Force }
New-Item -ItemType Directory -Path $work -Force | Out-Null
$savedEnv = 'N2F_CLIENT_ID', 'N2F_CLIENT_SECRET', 'N2FSYNC_CONFIG', 'N2FSYNC_WEBHOOK_URL', 'SMTP_PASSWORD' |
    ForEach-Object -Begin { $h = @{} } -Process { $h[$_] = [Environment]::GetEnvironmentVariable($_) } -End { $h }
$records = [System.Collections.Generic.List[object]]::new()
$writesAtTheEnd = -1
try {
    Show "N2F emulator listening on $($emulator.BaseUrl); alerts received on $($receiver.HooksUrl) and SMTP port $($receiver.SmtpPort)"
    # Drift the sync must correct: Ann's record is outdated, and someone who left is still in N2F.
    Invoke-N2fEmulatorApi $emulator -Path users -Method POST -Body @{
        mail = 'ann.peeters@example.be'; firstname = 'Anne'; lastname = 'Peeters'; company = 'c-1'; role = 'Gebruiker'; structure = 'L1' } | Out-Null
    Invoke-N2fEmulatorApi $emulator -Path users -Method POST -Body @{
        mail = 'parti.ailleurs@example.be'; firstname = 'Parti'; lastname = 'Ailleurs'; company = 'c-1' } | Out-Null
    Clear-N2fEmulatorRequests $emulator

    # The config the README's step 1 would write for a real server, here for the sample file and the emulator.
    $config = Join-Path $work 'n2fsync.yaml'
    New-N2fSyncConfig -Path $config -SqlitePath (Join-Path $root 'samples/agresso-sample.db') -BaseUrl $emulator.BaseUrl -Force | Out-Null
    $yaml = Get-Content $config -Raw
    # The real quotas (10 writes a minute by day) would make the demo last minutes: scale the window to one second.
    $yaml = $yaml -replace '(?m)^(\s*)windowSeconds:.*$', '$1windowSeconds: 1'
    # A store of the demo's own, so each demo starts from an empty history.
    $yaml = $yaml -replace '(?m)^store:\s*$', "store:`n  path: '$(Join-Path $work 'store.db')'"
    $yaml += @"

notify:
  on: [Failed, PartialFailure, Stopped, Held]
  webhook:
    url: `${N2FSYNC_WEBHOOK_URL}
    format: json
  mail:
    smtpServer: 127.0.0.1
    port: $($receiver.SmtpPort)
    from: n2fsync@example.be
    to: [it-ops@example.be]
    user: $($receiver.SmtpUser)
    password: `${SMTP_PASSWORD}
"@
    Set-Content -LiteralPath $config -Value $yaml -Encoding utf8
    $env:N2F_CLIENT_ID = 'test-client'
    $env:N2F_CLIENT_SECRET = 'test-secret'
    $env:N2FSYNC_WEBHOOK_URL = $receiver.HooksUrl + 'demo'
    $env:SMTP_PASSWORD = $receiver.SmtpPassword
    $env:N2FSYNC_CONFIG = $null
    Show "Config written by New-N2fSyncConfig: $config (the sample Agresso SQLite file, the emulator, alerts to the receiver)"

    # As in a scheduled job: nothing prompts. Deletes still need -Delete and pass the delete guard.
    $ConfirmPreference = 'None'
    Push-Location $work
    try {
        foreach ($block in Get-ReadmeDemoBlock (Join-Path $root 'README.md')) {
            Show "README.md, the block at line $($block.Line)"
            Invoke-ReadmeStatement $block | ForEach-Object { $records.Add($_) }
        }
    }
    finally { Pop-Location }

    Show 'Once more: Sync-N2fScope -Scope all -Delete (N2F is in step with Agresso, so nothing should be written)'
    Clear-N2fEmulatorRequests $emulator
    $again = Sync-N2fScope -Scope all -ConfigPath $config -Delete -WarningAction SilentlyContinue
    $log = Get-N2fEmulatorRequests $emulator
    $writesAtTheEnd = [int]$log.writes
    Write-Host "$(@($again).Count) changes, $writesAtTheEnd writes, $($log.reads) reads, at most $($log.maxConcurrency) call in flight."
    $received = Get-NotifyReceived $receiver
    Write-Host "The receiver got $(@($received.webhooks).Count) webhook call(s) and $(@($received.mails).Count) mail(s)."
}
finally {
    $emulator | Stop-N2fEmulator
    $receiver | Stop-NotifyReceiver
    foreach ($name in $savedEnv.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnv[$name]) }
}

$failed = @($records | Where-Object Status -eq 'Failed')
$ran = @($records | Where-Object Status -eq 'Ran')
Show "$($ran.Count) README statements ran, $(@($records | Where-Object Status -eq 'Skipped').Count) skipped (your values), $($failed.Count) failed"
if ($RecordPath) {
    [pscustomobject]@{ Statements = $records; WritesAtTheEnd = $writesAtTheEnd } |
        ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $RecordPath -Encoding utf8
}
if ($failed.Count -or $writesAtTheEnd -ne 0) { exit 1 }
